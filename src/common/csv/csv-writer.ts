/**
 * Writes CSV that is safe to open in a spreadsheet. A cell a spreadsheet would evaluate as a
 * formula (it starts with =, +, -, @, tab or carriage return) is prefixed with a single quote, as
 * OWASP's CSV-injection guidance advises; cells holding commas, quotes or line breaks are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 specifies. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * Undoes csvCell's formula guard, so a file exported here imports back unchanged. Only a quote
 * followed by a formula character is removed; any other leading quote is kept.
 */
export function unguardFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}
