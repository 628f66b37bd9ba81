import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { STATUS_LABELS, type Editing, type ProgressUpdate } from './plan.queries';

/** The activity's progress, latest first; withdrawn and corrected updates stay, struck through, with why. */
export function ProgressTimeline({ updates, canEdit, onEdit }: { updates: ProgressUpdate[]; canEdit: boolean; onEdit: (editing: Editing) => void }) {
  const format = useFormatters();
  return (
    <ol className="progress-timeline" aria-label="Progress updates, latest first">
      {updates.map((u) => {
        const withdrawn = u.withdrawnAt !== null;
        const when = format.date(u.reportedOn);
        return (
          <li key={u.id} className={withdrawn ? 'progress-timeline__item progress-timeline__item--withdrawn' : 'progress-timeline__item'}>
            <p>
              <strong>{when}</strong> · <span className={`rag rag--${u.status}`}>{STATUS_LABELS[u.status]}</span>
              {u.correctsId && <span className="meta"> · a correction</span>}
            </p>
            {withdrawn ? <del>{u.summary}</del> : <p>{u.summary}</p>}
            {withdrawn && u.withdrawnAt && (
              <p className="meta">
                {u.correctedById ? 'Corrected' : 'Withdrawn'} on {format.date(u.withdrawnAt)}: {u.withdrawalReason}
              </p>
            )}
            {!withdrawn && canEdit && (
              <div className="button-row">
                <Button variant="secondary" onClick={() => onEdit({ mode: 'correct', update: u })}>
                  Correct<span className="visually-hidden"> the update of {when}</span>
                </Button>
                <Button variant="secondary" onClick={() => onEdit({ mode: 'withdraw', update: u })}>
                  Withdraw<span className="visually-hidden"> the update of {when}</span>
                </Button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
