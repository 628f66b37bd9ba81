/**
 * Writes CSV that is safe to open in a spreadsheet. A cell a spreadsheet could evaluate as a formula is
 * prefixed with a single quote, as OWASP's CSV-injection guidance advises; cells holding commas, quotes or
 * line breaks are quoted. "Could evaluate" is wider than OWASP's first character (=, +, -, @, tab, CR):
 * spreadsheets trim leading spaces (NBSP and other Unicode spaces too) and line breaks on import, some split
 * cells on `;`, and some read the full-width signs (＝ ＋ － ＠) as their ASCII ones. So a cell is guarded when,
 * after any run of those, its first character is a formula sign; or when it starts with a tab, CR or LF.
 */
const FILLER = '\\s\\u00A0\\u1680\\u2000-\\u200D\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF;,';
const SIGNS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B\\u2212';
const FORMULA_START = new RegExp(`^(?:[\\t\\r\\n]|[${FILLER}]*[${SIGNS}])`, 'u');
const NEEDS_QUOTES = /[",\r\n]/;

/** Whether a spreadsheet might run this text as a formula (see above). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 specifies. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * Undoes csvCell's formula guard, so a file exported here imports back unchanged. Only a quote
 * followed by what looksLikeFormula catches is removed; any other leading quote is kept.
 */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && looksLikeFormula(value.slice(1)) ? value.slice(1) : value;
}
