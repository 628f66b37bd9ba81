import { PARTNER_COLUMNS } from './partner-list-search';
import type { PartnerColumn } from './partners.queries';

/** A disclosure with a checkbox per column; the name column always shows (it links to the partner). */
export function ColumnChooser({ columns, onChange }: { columns: PartnerColumn[]; onChange: (columns: PartnerColumn[]) => void }) {
  const toggle = (id: PartnerColumn, on: boolean) => onChange(PARTNER_COLUMNS.map((c) => c.id).filter((c) => (c === id ? on : columns.includes(c))));
  return (
    <details className="disclosure">
      <summary>Columns</summary>
      <fieldset className="disclosure__body">
        <legend className="visually-hidden">Columns to show</legend>
        {PARTNER_COLUMNS.map((c) => (
          <div className="checkbox" key={c.id}>
            <input
              id={`column-${c.id}`}
              type="checkbox"
              checked={columns.includes(c.id)}
              disabled={c.id === 'name'}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            <label htmlFor={`column-${c.id}`}>{c.label}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
