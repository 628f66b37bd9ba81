/**
 * What one chart shows, as the table beside it shows it: a row per category (area, month, owner…) and a
 * column per measure. The chart, its table and its CSV are all drawn from this one shape.
 */
export interface Dataset {
  /** The chart's title; also the CSV's and image's file name. */
  title: string;
  /** The header of the first column (what each row is). */
  rowHeader: string;
  columns: string[];
  rows: { label: string; values: number[] }[];
}

/** A cell as a spreadsheet should take it: quoted when needed, and never read as a formula. */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The dataset as CSV (RFC 4180, CRLF line ends), its header row first. */
export function toCsv(dataset: Dataset): string {
  const lines = [[dataset.rowHeader, ...dataset.columns], ...dataset.rows.map((row) => [row.label, ...row.values])];
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "New partners per month" → "new-partners-per-month". */
export const fileName = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
