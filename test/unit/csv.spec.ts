import { describe, expect, it } from '@jest/globals';
import { CsvSyntaxError, readCsv } from '../../src/common/csv/csv-reader.js';
import { csvCell, csvLine, unguardFormula } from '../../src/common/csv/csv-writer.js';

const cellsOf = (text: string): string[][] => [...readCsv(text)].map((r) => r.cells);

describe('reading CSV (RFC 4180)', () => {
  it('reads plain records with LF, CRLF or CR line ends, with or without a final line break', () => {
    expect(cellsOf('a,b\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(cellsOf('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(cellsOf('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty cells and blank lines as empty cells', () => {
    expect(cellsOf('a,,c\n\n,\n')).toEqual([['a', '', 'c'], [''], ['', '']]);
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    const records = [...readCsv('name,notes\r\n"Smith, Jones & ""Partners""","line one\r\nline two"\r\nnext,row\r\n')];
    expect(records.map((r) => r.cells)).toEqual([
      ['name', 'notes'],
      ['Smith, Jones & "Partners"', 'line one\r\nline two'],
      ['next', 'row'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('skips the byte-order mark spreadsheets put at the start of UTF-8 files', () => {
    expect(cellsOf('\uFEFFname\nCafé')).toEqual([['name'], ['Café']]);
  });

  it('reads nothing from an empty file', () => {
    expect(cellsOf('')).toEqual([]);
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => cellsOf('a\nb\n"open,\n')).toThrow(new CsvSyntaxError('a quoted field is never closed', 3));
  });

  it('refuses text after a closing quote', () => {
    expect(() => cellsOf('"a"b,c')).toThrow(CsvSyntaxError);
  });
});

describe('writing spreadsheet-safe CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['+44 151 000', "'+44 151 000"],
    ['-1+2', "'-1+2"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "\"'\rReturn\""],
    // Spreadsheets trim or split before these: a separator, spaces (NBSP, ideographic), a line break first.
    [';=HYPERLINK("http://x")', '"\';=HYPERLINK(""http://x"")"'],
    [' =SUM(A1)', "' =SUM(A1)"],
    ['\u00A0=SUM(A1)', "'\u00A0=SUM(A1)"],
    ['\u3000+1', "'\u3000+1"],
    ['\n=SUM(A1)', '"\'\n=SUM(A1)"'],
    ['\r\n@cmd', '"\'\r\n@cmd"'],
    [' \t-1', "' \t-1"],
    // Full-width and small signs some spreadsheets read as the ASCII ones.
    ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
    ['\uFF0B44', "'\uFF0B44"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20cmd', "'\uFF20cmd"],
    ['\uFE66SUM(A1)', "'\uFE66SUM(A1)"],
  ])('guards the formula %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('quotes commas, quotes and line breaks, and leaves other text alone', () => {
    expect(csvCell('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvCell('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell("O'Neill Trust")).toBe("O'Neill Trust");
    expect(csvCell(null)).toBe('');
    expect(csvCell(90)).toBe('90');
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('; plain')).toBe('; plain');
  });

  it('guards a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
  });

  it('writes records that read back to the same cells, formula guards removed on the way in', () => {
    const rows = [
      ['name', 'description'],
      ['Smith, Jones & "Partners"\nLtd', '=SUM(A1)'],
      ['@cmd', "'quoted already"],
      [';=x', '\u00A0\uFF1Dy'],
    ];
    const text = rows.map(csvLine).join('');
    expect(cellsOf(text).map((cells) => cells.map(unguardFormula))).toEqual(rows);
  });
});
