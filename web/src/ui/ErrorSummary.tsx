import { useEffect, useRef } from 'react';
import { fieldId } from './fields';

export interface SummaryEntry {
  /** The field's name (its input's id is fieldId(name)); none for a problem with the whole form. */
  field?: string;
  message: string;
}

/**
 * "There is a problem" above a form (GOV.UK): takes focus when it appears so screen readers announce
 * it, and each entry is a link that moves focus to its field.
 */
export function ErrorSummary({ entries, title = 'There is a problem' }: { entries: SummaryEntry[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = entries.map((e) => `${e.field ?? ''}:${e.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
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
