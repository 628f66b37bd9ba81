import { CsvSyntaxError, readCsv } from '../../common/csv/csv-reader.js';
import {
  isPartnerCsvColumn,
  normaliseCsvHeader,
  PARTNER_CSV_COLUMNS,
  REQUIRED_PARTNER_CSV_COLUMNS,
  type PartnerCsvCells,
  type PartnerCsvColumn,
} from '../../partners/partner-csv-columns.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import {
  ImportCsvSyntaxError,
  ImportEmptyFileError,
  ImportHeaderError,
  ImportInvalidTextError,
  ImportNotUtf8Error,
  ImportTooManyRowsError,
} from '../partner-imports.errors.js';

/** Longer than any field allows (the longest, description, takes 5,000): kept cut, and the row refused. */
export const MAX_CELL_LENGTH = 10_000;

export interface UploadedRow {
  /** As a spreadsheet numbers rows: the header is row 1. */
  rowNumber: number;
  line: number;
  cells: PartnerCsvCells;
  /** Problems visible in the file itself (ragged row, overlong cell): the row is an error from the start. */
  errors: ImportRowProblem[];
}

export interface ImportFile {
  columns: PartnerCsvColumn[];
  rows: UploadedRow[];
}

/**
 * Reads an uploaded partner CSV: UTF-8 (a byte-order mark is fine), RFC 4180, a header row naming
 * known columns (leniently: `Legal Name` is legal_name) with the required ones present. Problems
 * with the file as a whole are thrown as 4xx errors; problems of one row are kept with the row, so
 * a dry run can report them all at once. Blank lines are skipped but keep their row numbers.
 */
export function readImportFile(content: Buffer, maxRows: number): ImportFile {
  const text = decodeUtf8(content);
  const records = readCsv(text);
  try {
    const header = records.next();
    if (header.done || header.value.cells.every((c) => c.trim() === '')) throw new ImportEmptyFileError();
    const columns = checkHeader(header.value.cells);
    const rows: UploadedRow[] = [];
    let rowNumber = 1;
    for (const record of records) {
      rowNumber++;
      if (record.cells.every((c) => c.trim() === '')) continue;
      if (rows.length === maxRows) throw new ImportTooManyRowsError(maxRows);
      rows.push(toRow(columns, record.cells, rowNumber, record.line));
    }
    if (rows.length === 0) throw new ImportEmptyFileError();
    return { columns, rows };
  } catch (error: unknown) {
    if (error instanceof CsvSyntaxError) throw new ImportCsvSyntaxError(error.message, error.line);
    throw error;
  }
}

function decodeUtf8(content: Buffer): string {
  if (content.length === 0) throw new ImportEmptyFileError();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ImportNotUtf8Error();
  }
  // PostgreSQL text cannot hold NUL; a UTF-16 file read as UTF-8 is full of them.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new ImportInvalidTextError(lineOf(text, nul));
  return text;
}

function lineOf(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function checkHeader(cells: string[]): PartnerCsvColumn[] {
  const names = cells.map(normaliseCsvHeader);
  const unknown = names.filter((n) => !isPartnerCsvColumn(n)).map((n) => n || '(blank)');
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  const missing = REQUIRED_PARTNER_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (unknown.length > 0 || repeated.length > 0 || missing.length > 0) {
    throw new ImportHeaderError({ unknown, missing: [...missing], repeated }, PARTNER_CSV_COLUMNS);
  }
  return names as PartnerCsvColumn[];
}

function toRow(columns: PartnerCsvColumn[], values: string[], rowNumber: number, line: number): UploadedRow {
  const errors: ImportRowProblem[] = [];
  if (values.length !== columns.length) {
    errors.push({ column: null, messages: [`the row has ${values.length} cells but the header has ${columns.length} columns`] });
  }
  const cells: PartnerCsvCells = {};
  columns.forEach((column, i) => {
    const value = values[i] ?? '';
    if (value.length > MAX_CELL_LENGTH) {
      errors.push({ column, messages: [`${column} is longer than ${MAX_CELL_LENGTH} characters`] });
      cells[column] = value.slice(0, MAX_CELL_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
    } else {
      cells[column] = value;
    }
  });
  return { rowNumber, line, cells, errors };
}
