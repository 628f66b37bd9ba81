import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useReferenceLabel } from '../../api/queries';
import { useFormatters } from '../../app/format';
import { PARTNER_COLUMNS, type PartnerSort } from './partner-list-search';
import { usePartnerListName, type PartnerColumn, type PartnerSummary } from './partners.queries';

export const PARTNER_STATUS_LABELS = { prospect: 'Prospect', active: 'Active', paused: 'Paused', ended: 'Ended' } as const;

/** The columns the API can sort by, by the sort key's name. */
const SORTABLE: Partial<Record<PartnerColumn, 'name' | 'createdAt' | 'updatedAt'>> = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' };

interface Props {
  partners: PartnerSummary[];
  columns: PartnerColumn[];
  sort: PartnerSort;
  onSort: (sort: PartnerSort) => void;
  /** Officers and admins select rows for bulk changes; viewers do not. */
  selectable: boolean;
  selected: ReadonlyMap<string, unknown>;
  onSelect: (partner: PartnerSummary, selected: boolean) => void;
  onSelectPage: (selected: boolean) => void;
  busy: boolean;
}

/** The partner table: chosen columns, sortable headings (aria-sort), a checkbox per row for bulk changes. */
export function PartnerTable({ partners, columns, sort, onSort, selectable, selected, onSelect, onSelectPage, busy }: Props) {
  const cell = useCells();
  const allSelected = partners.every((p) => selected.has(p.id));
  return (
    <table className="table" aria-busy={busy || undefined}>
      <caption className="visually-hidden">Partners</caption>
      <thead>
        <tr>
          {selectable && (
            <th scope="col" className="table__select">
              <input type="checkbox" aria-label="Select all partners on this page" checked={allSelected} onChange={(e) => onSelectPage(e.target.checked)} />
            </th>
          )}
          {columns.map((id) => (
            <ColumnHeading key={id} column={id} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.id}>
            {selectable && (
              <td className="table__select">
                <input type="checkbox" aria-label={`Select ${p.name}`} checked={selected.has(p.id)} onChange={(e) => onSelect(p, e.target.checked)} />
              </td>
            )}
            {columns.map((id) => (
              <td key={id}>{cell(id, p)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ColumnHeading({ column, sort, onSort }: { column: PartnerColumn; sort: PartnerSort; onSort: (sort: PartnerSort) => void }) {
  const label = PARTNER_COLUMNS.find((c) => c.id === column)?.label ?? column;
  const key = SORTABLE[column];
  if (!key) return <th scope="col">{label}</th>;
  const direction = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
  const next: PartnerSort = direction === 'ascending' ? `-${key}` : key;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}</span>
      </button>
    </th>
  );
}

/** What each column shows for a partner: labels, never codes. */
function useCells(): (column: PartnerColumn, partner: PartnerSummary) => ReactNode {
  const format = useFormatters();
  const listName = usePartnerListName();
  const priorityArea = useReferenceLabel('priority-area');
  const theme = useReferenceLabel('theme');
  return (column, p) => {
    switch (column) {
      case 'name':
        return (
          <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
            {p.name}
          </Link>
        );
      case 'kind':
        return p.kind.label;
      case 'area':
        return p.area.label;
      case 'status':
        return `${PARTNER_STATUS_LABELS[p.status]}${p.archivedAt ? ' (archived)' : ''}`;
      case 'owner':
        return p.owner?.displayName ?? 'Nobody';
      case 'lists':
        return p.lists.map(listName).join(', ');
      case 'tags':
        return p.tags.join(', ');
      case 'priorityAreas':
        return p.priorityAreas.map(priorityArea).join(', ');
      case 'themes':
        return p.themes.map(theme).join(', ');
      case 'createdAt':
        return format.date(p.createdAt);
      case 'updatedAt':
        return format.date(p.updatedAt);
    }
  };
}
