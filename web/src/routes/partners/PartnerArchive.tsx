import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { LoadFailed, Notice } from '../../ui/states';
import { useArchivePartner, type Partner } from './partner-page.queries';

/**
 * Archive (hidden from lists, kept for history) with an optional reason, or restore. An archived
 * partner says so at the top of its page, with restore beside it.
 */
export function PartnerArchive({ partner, canWrite }: { partner: Partner; canWrite: boolean }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const change = useArchivePartner(partner.id);
  const format = useFormatters();
  const submit = (archive: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    setDone(null);
    change.mutate(
      { archive, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setAsking(false);
          setReason('');
          setDone(archive ? `${partner.name} is archived.` : `${partner.name} is restored.`);
        },
      },
    );
  };
  return (
    <>
      {done && <Notice tone="success">{done}</Notice>}
      {change.isError && <LoadFailed error={change.error} />}
      {partner.archivedAt && (
        <div className="notice notice--warning" role="status">
          <p>
            <strong>Archived</strong> on {format.date(partner.archivedAt)}: hidden from lists and reminders, kept for its history.
            {partner.mergedIntoId && (
              <>
                {' '}
                It was merged into{' '}
                <Link to="/partners/$partnerId" params={{ partnerId: partner.mergedIntoId }}>
                  the record kept
                </Link>
                .
              </>
            )}
          </p>
          {canWrite && !partner.mergedIntoId && (
            <Button variant="secondary" busy={change.isPending} busyLabel="Restoring…" onClick={() => submit(false)()}>
              Restore partner
            </Button>
          )}
        </div>
      )}
      {!partner.archivedAt && canWrite && !asking && (
        <div className="button-row button-row--tight">
          <Button variant="secondary" onClick={() => { setDone(null); setAsking(true); }}>
            Archive partner
          </Button>
        </div>
      )}
      {asking && (
        <form className="card" aria-label="Archive partner" noValidate onSubmit={submit(true)}>
          <p>Archiving hides {partner.name} from lists and stops its reminders. Nothing is deleted, and it can be restored.</p>
          <TextField name="archive-reason" label="Reason (optional)" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="button-row">
            <Button type="submit" variant="danger" busy={change.isPending} busyLabel="Archiving…">
              Archive {partner.name}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
