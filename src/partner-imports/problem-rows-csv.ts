import { csvLine } from '../common/csv/csv-writer.js';
import type { ImportRowProblem } from './partner-import-row.entity.js';

export interface ProblemRow {
  rowNumber: number;
  cells: Record<string, string>;
  outcome: string;
  result: string | null;
  errors: ImportRowProblem[];
  candidates: { name: string; matchedOn: string[] }[];
  duplicateRows: number[];
}

export const PROBLEM_COLUMN = 'import_problem';

/** What is wrong with a row, in a sentence per problem: what a person fixes before uploading it again. */
export function problemOf(row: ProblemRow): string {
  const errors = row.errors.map((e) => (e.column ? `${e.column}: ${e.messages.join('; ')}` : e.messages.join('; ')));
  if (row.outcome === 'duplicate' && row.result !== 'created' && row.result !== 'updated') {
    const partners = row.candidates.map((c) => `"${c.name}" (${c.matchedOn.join(', ')})`);
    const rows = row.duplicateRows.map((n) => `row ${n}`);
    errors.push(`looks like ${[...partners, ...rows].join(', ')}`);
  }
  return errors.join(' | ');
}

/** The problem rows in the file's own columns, with what is wrong in a last column; UTF-8 with a byte-order mark. */
export function problemRowsCsv(columns: readonly string[], rows: readonly ProblemRow[]): string {
  const header = columns.includes(PROBLEM_COLUMN) ? [...columns, `${PROBLEM_COLUMN}_2`] : [...columns, PROBLEM_COLUMN];
  return `\uFEFF${csvLine(header)}${rows.map((row) => csvLine([...columns.map((c) => row.cells[c] ?? ''), problemOf(row)])).join('')}`;
}
