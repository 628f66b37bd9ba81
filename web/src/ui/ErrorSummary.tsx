import { useEffect, useRef } from 'react';
import { fieldId } from './fields';

export interface SummaryEntry {
  /** The field's name (its input's id is fieldId(name)); none for a problem with the whole form. */
  field?: string;
  message: string;
}

/**
 * "There is a problem" above a form (GOV.UK): takes focus after a failed submit so screen readers
 * announce it, and each entry is a link that moves focus to its field.
 */
export function ErrorSummary({ entries, focusKey, title = 'There is a problem' }: { entries: SummaryEntry[]; focusKey: number; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<number | null>(null);
  const shown = entries.length > 0;
  // Focus once per submit (focusKey = the form's submit count), never while the person is typing a correction.
  useEffect(() => {
    if (shown && focusedFor.current !== focusKey) {
      focusedFor.current = focusKey;
      ref.current?.focus();
    }
  }, [shown, focusKey]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.field ?? ''}${entry.message}`}>
            {entry.field ? (
              <a
                href={`#${fieldId(entry.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(entry.field ?? ''))?.focus();
                }}
              >
                {entry.message}
              </a>
            ) : (
              entry.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
