import { IMPORT_ENCODINGS, type ImportEncoding } from '../partner-import.entity.js';
import { ImportEmptyFileError, ImportInvalidTextError, ImportNotUtf8Error } from '../partner-imports.errors.js';

export { IMPORT_ENCODINGS };

/** The cell separators a file may use, in the order a tie is settled. */
export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;

export interface ImportText {
  text: string;
  encoding: ImportEncoding;
}

const startsWith = (content: Buffer, ...bytes: number[]): boolean => bytes.every((b, i) => content[i] === b);

/**
 * The file's text: UTF-8 when it is valid UTF-8, otherwise Windows-1252 (what Excel on Windows saves as
 * "CSV"), unless the uploader chose one. UTF-16 is refused: spreadsheets offer UTF-8 instead.
 */
export function decodeImportText(content: Buffer, chosen: ImportEncoding | undefined): ImportText {
  if (content.length === 0) throw new ImportEmptyFileError();
  if (startsWith(content, 0xff, 0xfe) || startsWith(content, 0xfe, 0xff)) throw new ImportNotUtf8Error();
  const utf8 = chosen === 'windows-1252' ? null : tryUtf8(content);
  if (utf8 === null && chosen === 'utf-8') throw new ImportNotUtf8Error();
  const decoded: ImportText = utf8 !== null ? { text: utf8, encoding: 'utf-8' } : { text: decodeWindows1252(content), encoding: 'windows-1252' };
  // PostgreSQL text cannot hold NUL; a UTF-16 file without its byte-order mark is full of them.
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) throw new ImportInvalidTextError(lineOf(decoded.text, nul));
  return decoded;
}

/** Windows-1252's 0x80–0x9F (curly quotes, dashes, €, …); the five it leaves undefined read as the C1 controls, as WHATWG says. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node's own 'windows-1252' decoder reads these bytes as Latin-1 (C1 controls), so the table is applied here. */
function decodeWindows1252(content: Buffer): string {
  const latin1 = content.toString('latin1');
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : latin1;
}

function tryUtf8(content: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

export function lineOf(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * The delimiter of the header line: the candidate it holds most often outside quotes, preferring one the
 * next lines hold as often (a comma inside a name is then outvoted). A one-column file is comma-separated.
 */
export function detectDelimiter(text: string): string {
  const lines = firstLines(text, 20);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of IMPORT_DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0] ?? 0;
    const steady = counts.slice(1).filter((n) => n === header).length;
    const score = header === 0 ? 0 : header * (1 + steady);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Logical lines (line breaks inside quotes kept), at most `max`. */
function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  const limit = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < limit && lines.length < max; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < limit) lines.push(text.slice(start, limit));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
  }
  return count;
}
