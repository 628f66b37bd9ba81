import { CsvSyntaxError, readCsv } from '../../common/csv/csv-reader.js';
import { isPartnerCsvColumn, normaliseCsvHeader, REQUIRED_PARTNER_CSV_COLUMNS } from '../../partners/partner-csv-columns.js';
import type { ImportEncoding } from '../partner-import.entity.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import { ImportCsvSyntaxError, ImportEmptyFileError, ImportTooManyRowsError } from '../partner-imports.errors.js';
import { decodeImportText, detectDelimiter } from './import-text.js';

/** Longer than any field allows (the longest, description, takes 5,000): kept cut, and the row refused. */
export const MAX_CELL_LENGTH = 10_000;

export interface UploadedRow {
  /** As a spreadsheet numbers rows: the header is row 1. */
  rowNumber: number;
  line: number;
  /** File column → cell text. */
  cells: Record<string, string>;
  /** Problems visible in the file itself (ragged row, overlong cell): the row is an error from the start. */
  errors: ImportRowProblem[];
}

export interface ImportFile {
  /** The file's columns in its order: the product's names when the header is the product's own, else as written. */
  columns: string[];
  rows: UploadedRow[];
  encoding: ImportEncoding;
  delimiter: string;
  /** Whether the header names the product's columns (each once, the required ones present): it maps itself. */
  ownColumns: boolean;
}

/**
 * Reads an uploaded partner file: UTF-8 or Windows-1252 (detected unless chosen), delimited by a comma,
 * semicolon, tab or bar (detected), RFC 4180 quoting, a header row first. Any header is accepted: a
 * header that is not the product's own is mapped to partner fields before the dry run. Problems with
 * the file as a whole are thrown as 4xx errors; problems of one row are kept with the row, so a dry run
 * can report them all at once. Blank lines are skipped but keep their row numbers.
 */
export function readImportFile(content: Buffer, maxRows: number, encoding?: ImportEncoding): ImportFile {
  const decoded = decodeImportText(content, encoding);
  const delimiter = detectDelimiter(decoded.text.replace(/^\uFEFF/, ''));
  const records = readCsv(decoded.text, delimiter);
  try {
    const header = records.next();
    if (header.done || header.value.cells.every((c) => c.trim() === '')) throw new ImportEmptyFileError();
    const { columns, ownColumns } = columnsOf(header.value.cells);
    const rows: UploadedRow[] = [];
    let rowNumber = 1;
    for (const record of records) {
      rowNumber++;
      if (record.cells.every((c) => c.trim() === '')) continue;
      if (rows.length === maxRows) throw new ImportTooManyRowsError(maxRows);
      rows.push(toRow(columns, record.cells, rowNumber, record.line));
    }
    if (rows.length === 0) throw new ImportEmptyFileError();
    return { columns, rows, encoding: decoded.encoding, delimiter, ownColumns };
  } catch (error: unknown) {
    if (error instanceof CsvSyntaxError) throw new ImportCsvSyntaxError(error.message, error.line);
    throw error;
  }
}

/** The product's names for its own header; otherwise the header as written, blanks named and repeats numbered. */
function columnsOf(cells: string[]): { columns: string[]; ownColumns: boolean } {
  const names = cells.map(normaliseCsvHeader);
  const own =
    names.every(isPartnerCsvColumn) &&
    new Set(names).size === names.length &&
    REQUIRED_PARTNER_CSV_COLUMNS.every((c) => names.includes(c));
  if (own) return { columns: names, ownColumns: true };
  const columns: string[] = [];
  cells.forEach((cell, i) => {
    const base = cell.replace(/\s+/g, ' ').trim().slice(0, 200) || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; columns.includes(name); n++) name = `${base} (${n})`;
    columns.push(name);
  });
  return { columns, ownColumns: false };
}

function toRow(columns: string[], values: string[], rowNumber: number, line: number): UploadedRow {
  const errors: ImportRowProblem[] = [];
  if (values.length !== columns.length) {
    errors.push({ column: null, messages: [`the row has ${values.length} cells but the header has ${columns.length} columns`] });
  }
  const cells: Record<string, string> = {};
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
