import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { useReferenceLabel } from '../../api/queries';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { CheckboxField, TextAreaField } from '../../ui/fields';
import { ScrollArea } from '../../ui/ScrollArea';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { STATUS_LABELS, STATUSES } from '../plan/plan.queries';
import { useFreezeQuarter, useQuarterPreview, type QuarterPreview } from './quarters.queries';

/** What freezing the quarter would record, the choices freezing takes, and a confirmation before it happens. */
export function QuarterPreviewSection({ quarter, onDone }: { quarter: string; onDone: () => void }) {
  const preview = useQuarterPreview(quarter);
  if (preview.isPending) return <Loading label={`Working out what freezing ${quarter} would record…`} />;
  if (preview.isError) return <LoadFailed error={preview.error} retry={() => void preview.refetch()} />;
  return (
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading">What freezing {quarter} would record</h3>
      {preview.data.frozen ? <Notice tone="warning">{quarter} is already frozen; a frozen quarter never changes.</Notice> : <FreezeForm preview={preview.data} onDone={onDone} />}
      <PreviewContents preview={preview.data} />
    </section>
  );
}

function FreezeForm({ preview, onDone }: { preview: QuarterPreview; onDone: () => void }) {
  const format = useFormatters();
  const freeze = useFreezeQuarter();
  const [early, setEarly] = useState(false);
  const [reason, setReason] = useState('');
  const [showStaffNames, setShowStaffNames] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  const q = preview.quarter;
  const ask = () => {
    if (!preview.ended && early && !reason.trim()) return setReasonError('Say why the quarter is frozen before it ends.');
    setReasonError(undefined);
    setConfirming(true);
  };
  const confirm = () =>
    freeze.mutate(
      { quarter: q, showStaffNames, early: !preview.ended, ...(preview.ended ? {} : { earlyReason: reason.trim() }) },
      { onSuccess: onDone, onError: (error) => error instanceof ApiProblem && error.fieldErrors.earlyReason && setReasonError('Say why, in 1,000 characters or fewer.') },
    );
  const canFreeze = preview.ended || early;
  return (
    <>
      {!preview.ended && (
        <Notice tone="warning">
          {q} runs until {format.date(preview.periodEnd)}. Freeze it after that, or freeze it early and say why: the report will show it.
        </Notice>
      )}
      {!preview.ended && <CheckboxField label={`Freeze ${q} early, before it ends`} checked={early} onChange={(e) => setEarly(e.target.checked)} />}
      {!preview.ended && early && <TextAreaField name="earlyReason" label="Why freeze it early" value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />}
      <CheckboxField label="Name the staff who own activities in the public report" checked={showStaffNames} onChange={(e) => setShowStaffNames(e.target.checked)} />
      {!confirming && (
        <div className="button-row">
          <Button onClick={ask} disabled={!canFreeze}>
            Freeze {q}…
          </Button>
        </div>
      )}
      {confirming && (
        <div className="notice notice--warning" role="group" aria-labelledby="confirm-freeze-heading">
          <h4 id="confirm-freeze-heading" ref={confirmHeading} tabIndex={-1}>
            Freeze {q} for good?
          </h4>
          <p>
            {preview.activities.length} activities and the figures below are recorded as they are now, and can never be changed.
            {showStaffNames ? ' The public report will name activity owners.' : ' The public report will not name staff.'}
          </p>
          {freeze.isError && <p className="field__error">{problemSentence(freeze.error)}</p>}
          <div className="button-row">
            <Button variant="danger" busy={freeze.isPending} busyLabel="Freezing…" onClick={confirm}>
              Yes, freeze {q}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

function PreviewContents({ preview }: { preview: QuarterPreview }) {
  const format = useFormatters();
  const theme = useReferenceLabel('theme');
  const f = preview.figures;
  const headlines: [string, number][] = [
    ['Partners', f.partners],
    ['New partners', f.newPartners],
    ['New signatories', f.newSignatories],
    ['Meetings held', f.meetingsHeld],
    ['Partners engaged', f.partnersEngaged],
    ['Renewals due', f.renewalsDue],
  ];
  return (
    <>
      <p>
        {format.date(preview.periodStart)} to {format.date(preview.periodEnd)}.
      </p>
      <h4>Headline figures</h4>
      <dl className="figures">
        {headlines.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="count">{value}</dd>
          </div>
        ))}
      </dl>
      <h4>Activities by status</h4>
      <ul className="chips">
        {STATUSES.map((s) => (
          <li key={s}>
            {STATUS_LABELS[s]}: <span className="count">{preview.ragSummary[s] ?? 0}</span>
          </li>
        ))}
      </ul>
      <ScrollArea label="Activities as they stood at the end of the quarter">
        <table className="table">
          <caption>Activities as they stood at the end of the quarter</caption>
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Theme</th>
              <th scope="col">Status</th>
              <th scope="col">Latest progress</th>
            </tr>
          </thead>
          <tbody>
            {preview.activities.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.title}</th>
                <td>{theme(a.theme)}</td>
                <td>{STATUS_LABELS[a.status]}</td>
                <td>{a.latestProgress ? `${format.date(a.latestProgress.reportedOn)}: ${a.latestProgress.summary}` : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}
