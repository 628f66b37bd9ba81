/**
 * An RFC 4180 CSV reader: comma-separated (or another one-character delimiter), fields optionally in double quotes ("" inside quotes
 * is a literal quote; quoted fields may hold commas and line breaks), records ended by CRLF, LF
 * or CR. A leading UTF-8 byte-order mark (as Excel writes) is skipped. Records are yielded one at
 * a time, so a caller may stop after the header.
 */
export interface CsvRecord {
  cells: string[];
  /** The physical line the record starts on (1-based), for error messages. */
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export function* readCsv(text: string, delimiter = ','): Generator<CsvRecord> {
  const cursor = new CsvCursor(text, delimiter);
  while (!cursor.done) yield cursor.record();
}

class CsvCursor {
  private pos: number;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  record(): CsvRecord {
    const line = this.line;
    const cells: string[] = [];
    for (;;) {
      cells.push(this.text[this.pos] === '"' ? this.quoted() : this.unquoted());
      if (this.text[this.pos] !== this.delimiter) break;
      this.pos++;
    }
    this.endOfRecord();
    return { cells, line };
  }

  private unquoted(): string {
    let end = this.pos;
    while (end < this.text.length && !this.endsCell(this.text[end])) end++;
    const value = this.text.slice(this.pos, end);
    this.pos = end;
    return value;
  }

  private quoted(): string {
    const startLine = this.line;
    let value = '';
    this.pos++;
    for (;;) {
      const close = this.text.indexOf('"', this.pos);
      if (close < 0) throw new CsvSyntaxError('a quoted field is never closed', startLine);
      value += this.text.slice(this.pos, close);
      this.pos = close + 1;
      if (this.text[this.pos] !== '"') break;
      value += '"';
      this.pos++;
    }
    this.line += countLineBreaks(value);
    if (this.pos < this.text.length && !this.endsCell(this.text[this.pos])) {
      throw new CsvSyntaxError('unexpected text after a closing quote (write a quote inside a quoted field as "")', this.line);
    }
    return value;
  }

  private endsCell(char: string): boolean {
    return char === this.delimiter || char === '\n' || char === '\r';
  }

  private endOfRecord(): void {
    if (this.text[this.pos] === '\r') this.pos++;
    if (this.text[this.pos] === '\n') this.pos++;
    this.line++;
  }
}



function countLineBreaks(value: string): number {
  return value.match(/\r\n|\r|\n/g)?.length ?? 0;
}
