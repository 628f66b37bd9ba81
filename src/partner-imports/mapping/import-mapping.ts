import { CSV_LIST_SEPARATOR, PARTNER_CSV_COLUMNS, type PartnerCsvCells, type PartnerCsvColumn } from '../../partners/partner-csv-columns.js';

/** The partner columns whose cells are codes from a list: file values are mapped to those codes. */
export const VALUE_MAPPED_COLUMNS = ['kind', 'area', 'status', 'lists', 'priority_areas', 'themes'] as const;
export type ValueMappedColumn = (typeof VALUE_MAPPED_COLUMNS)[number];
const MULTI_VALUED: ReadonlySet<ValueMappedColumn> = new Set(['lists', 'priority_areas', 'themes']);

/**
 * How an uploaded file is read as partners: each file column's partner column (null: not imported),
 * and for the coded columns, file values (as written, trimmed) → codes. Values not listed pass as written.
 */
export interface ImportMapping {
  columns: Record<string, PartnerCsvColumn | null>;
  values: Partial<Record<ValueMappedColumn, Record<string, string>>>;
}

export const isValueMappedColumn = (column: string): column is ValueMappedColumn => (VALUE_MAPPED_COLUMNS as readonly string[]).includes(column);

/** A file already in the product's columns maps each column to itself. */
export function identityMapping(columns: readonly string[]): ImportMapping {
  return { columns: Object.fromEntries(columns.map((c) => [c, c as PartnerCsvColumn])), values: {} };
}

/** The file values of a cell as the value mapping keys them: one, or each of a list. */
export function cellValues(column: ValueMappedColumn, cell: string): string[] {
  const value = cell.trim();
  if (!MULTI_VALUED.has(column)) return value === '' ? [] : [value];
  return value
    .split(CSV_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A row's cells (keyed by the file's columns) as partner CSV cells. */
export function applyMapping(mapping: ImportMapping, raw: Record<string, string>): PartnerCsvCells {
  const cells: PartnerCsvCells = {};
  for (const [fileColumn, target] of Object.entries(mapping.columns)) {
    if (target === null) continue;
    const cell = raw[fileColumn] ?? '';
    const values = isValueMappedColumn(target) ? mapping.values[target] : undefined;
    cells[target] = values && isValueMappedColumn(target) ? mapCell(target, cell, values) : cell;
  }
  return cells;
}

function mapCell(column: ValueMappedColumn, cell: string, values: Record<string, string>): string {
  const mapped = cellValues(column, cell).map((v) => (Object.hasOwn(values, v) ? values[v] : v));
  return MULTI_VALUED.has(column) ? mapped.join(CSV_LIST_SEPARATOR) : (mapped[0] ?? cell);
}

/** The file column a partner column is read from, for reporting a problem where the user sees it. */
export function fileColumnOf(mapping: ImportMapping, column: string | null): string | null {
  if (column === null) return null;
  return Object.entries(mapping.columns).find(([, target]) => target === column)?.[0] ?? column;
}

/** The file columns that feed `targets` (the in-file index reads only those). */
export function fileColumnsFor(mapping: ImportMapping, targets: readonly string[]): string[] {
  return Object.entries(mapping.columns)
    .filter(([, target]) => target !== null && targets.includes(target))
    .map(([fileColumn]) => fileColumn);
}

export const PARTNER_FIELDS: readonly PartnerCsvColumn[] = PARTNER_CSV_COLUMNS;
