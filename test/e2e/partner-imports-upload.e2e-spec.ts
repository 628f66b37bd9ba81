import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { partnerCsv } from '../support/partner-csv.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The upload's own checks: no worker runs here, so every import stays as the upload left it. */
describe('partner CSV import upload', () => {
  let app: TestApp;
  let officer: string;
  let viewer: string;
  const MAX_BYTES = 2 * 1024 * 1024;

  beforeAll(async () => {
    app = await startTestApp({ env: { PARTNER_IMPORT_MAX_BYTES: String(MAX_BYTES) } });
    [officer, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('viewer')]);
  });
  afterAll(() => app.close());

  const upload = (body: string | Buffer, contentType = 'text/csv', token = officer, query = '') =>
    app.http().post(`/api/v1/partner-imports${query}`).set('authorization', `Bearer ${token}`).set('content-type', contentType).send(body);
  const simple = (name = `Upload ${randomUUID()}`) => partnerCsv(['name', 'kind', 'area'], [{ name, kind: 'charity', area: 'liverpool' }]);

  it('stores a file and answers 202 with the import, its location and its version, the dry run queued', async () => {
    const res = await upload(`\uFEFF${simple()}`, 'text/csv; charset=utf-8', officer, '?fileName=../../Partners%20Nov.csv').expect(202);
    expect(res.headers.location).toBe(`/api/v1/partner-imports/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      status: 'validating',
      fileName: 'Partners Nov.csv',
      totalRows: 1,
      columns: ['name', 'kind', 'area'],
      progress: { phase: 'dry-run', processed: 0, total: 1 },
      outcomes: { pending: 1, error: 0 },
      version: 1,
    });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await app.http().get('/api/v1/partner-imports?status=validating').set('authorization', `Bearer ${officer}`).expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
  });

  it('reads headers leniently, skips blank lines but keeps spreadsheet row numbers, and flags ragged rows and overlong cells', async () => {
    const text =
      'Name,Kind,AREA,Legal-Name\r\n' +
      'First,charity,liverpool,\r\n' +
      ',,,\r\n' +
      '\r\n' +
      'Ragged,charity\r\n' +
      `Long,charity,liverpool,${'x'.repeat(12_000)}\r\n` +
      '"Multi\nline",charity,liverpool,\r\n' +
      'After,charity,liverpool,\r\n';
    const res = await upload(text).expect(202);
    expect(res.body).toMatchObject({ totalRows: 5, columns: ['name', 'kind', 'area', 'legal_name'], outcomes: { pending: 3, error: 2 } });
    const rows = await app.http().get(`/api/v1/partner-imports/${res.body.id}/rows`).set('authorization', `Bearer ${officer}`).expect(200);
    expect(rows.body.items.map((r: { rowNumber: number; line: number }) => [r.rowNumber, r.line])).toEqual([
      [2, 2],
      [5, 5],
      [6, 6],
      [7, 7],
      [8, 9],
    ]);
    const errors = await app.http().get(`/api/v1/partner-imports/${res.body.id}/rows?outcome=error`).set('authorization', `Bearer ${officer}`).expect(200);
    expect(errors.body.items).toEqual([
      expect.objectContaining({ rowNumber: 5, errors: [{ column: null, messages: ['the row has 2 cells but the header has 4 columns'] }] }),
      expect.objectContaining({ rowNumber: 6, errors: [{ column: 'legal_name', messages: ['legal_name is longer than 10000 characters'] }] }),
    ]);
    expect(errors.body.items[1].cells.legal_name).toHaveLength(10_000);
  });

  it.each([
    ['an empty body', 400, 'IMPORT.EMPTY_FILE', Buffer.alloc(0)],
    ['a header without rows', 400, 'IMPORT.EMPTY_FILE', 'name,kind,area\r\n\r\n'],
    ['only a byte-order mark', 400, 'IMPORT.EMPTY_FILE', '\uFEFF'],
    ['UTF-16 with its byte-order mark', 400, 'IMPORT.WRONG_ENCODING', Buffer.from('\uFEFFname,kind,area\nA,charity,liverpool\n', 'utf16le')],
    ['UTF-16 without a byte-order mark', 400, 'IMPORT.INVALID_TEXT', Buffer.from('name,kind,area\nA,charity,liverpool\n', 'utf16le')],
    ['a NUL byte in a cell', 400, 'IMPORT.INVALID_TEXT', 'name,kind,area\nA\u0000B,charity,liverpool\n'],
    ['a quote never closed', 400, 'IMPORT.CSV_SYNTAX', 'name,kind,area\n"Open,charity,liverpool\n'],
    ['text after a closing quote', 400, 'IMPORT.CSV_SYNTAX', 'name,kind,area\n"A"B,charity,liverpool\n'],
  ])('refuses %s with %i %s, storing nothing', async (_label, status, code, body) => {
    const before = await importCount();
    const res = await upload(body).expect(status);
    expect(res.body.code).toBe(code);
    expect(await importCount()).toBe(before);
  });

  it.each([
    ['an unknown column', 'name,kind,area,colour\nA,charity,liverpool,red\n', ['name', 'kind', 'area', 'colour']],
    ['a required column missing', 'name,kind\nA,charity\n', ['name', 'kind']],
    ['a column twice', 'name,kind,area,name\nA,charity,liverpool,B\n', ['name', 'kind', 'area', 'name (2)']],
    ['a blank header cell', 'name,kind,area,\nA,charity,liverpool,\n', ['name', 'kind', 'area', 'Column 4']],
  ])('keeps a file with %s, as written, waiting for its mapping', async (_label, body, columns) => {
    const res = await upload(body).expect(202);
    expect(res.body).toMatchObject({ status: 'mapping', mapped: false, columns, progress: { phase: null }, outcomes: { pending: 1 } });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, or when asked; refuses non-UTF-8 bytes when UTF-8 is asked for', async () => {
    const name = `Caf\xe9 ${randomUUID()} \x93Quoted\x94`;
    const bytes = Buffer.from(`name,kind,area\n${name},charity,liverpool\n`, 'latin1');
    const read = await upload(bytes).expect(202);
    expect(read.body).toMatchObject({ encoding: 'windows-1252', delimiter: ',', status: 'validating' });
    const rows = await app.http().get(`/api/v1/partner-imports/${read.body.id}/rows`).set('authorization', `Bearer ${officer}`).expect(200);
    expect(rows.body.items[0].cells.name).toBe(name.replace('\xe9', 'é').replace('\x93', '\u201c').replace('\x94', '\u201d'));
    expect((await upload(bytes, 'text/csv', officer, '?encoding=utf-8').expect(400)).body.code).toBe('IMPORT.WRONG_ENCODING');
    expect((await upload(bytes, 'text/csv; charset=windows-1252').expect(202)).body.encoding).toBe('windows-1252');
    const utf8 = await upload(Buffer.from(`name,kind,area\nCafé ${randomUUID()},charity,liverpool\n`), 'text/csv', officer, '?encoding=windows-1252').expect(202);
    expect(utf8.body.encoding).toBe('windows-1252');
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['bars', '|'],
  ])('detects a file delimited by %s', async (_label, delimiter) => {
    const text = `name${delimiter}kind${delimiter}area${delimiter}address\r\n"Smith, Jones & Co"${delimiter}charity${delimiter}liverpool${delimiter}"1, High St"\r\n`;
    const res = await upload(text).expect(202);
    expect(res.body).toMatchObject({ delimiter, columns: ['name', 'kind', 'area', 'address'], status: 'validating' });
    const rows = await app.http().get(`/api/v1/partner-imports/${res.body.id}/rows`).set('authorization', `Bearer ${officer}`).expect(200);
    expect(rows.body.items[0].cells).toEqual({ name: 'Smith, Jones & Co', kind: 'charity', area: 'liverpool', address: '1, High St' });
  });

  it('refuses more than 50,000 rows with 413 IMPORT.TOO_MANY_ROWS', async () => {
    const text = `name,kind,area\n${'A,charity,liverpool\n'.repeat(50_001)}`;
    const res = await upload(text).expect(413);
    expect(res.body).toMatchObject({ code: 'IMPORT.TOO_MANY_ROWS', maxRows: 50_000 });
  });

  it('refuses a file over PARTNER_IMPORT_MAX_BYTES with 413 before reading it', async () => {
    const res = await upload(Buffer.alloc(MAX_BYTES + 1, 'a')).expect(413);
    expect(res.body.code).toBe('IMPORT.FILE_TOO_LARGE');
  });

  it('takes the types browsers send for a .csv file, and CSV types only on the import route', async () => {
    for (const type of ['text/csv', 'application/vnd.ms-excel', 'application/csv', 'text/x-csv', 'text/plain', 'text/plain; charset=utf-8']) {
      expect({ type, status: (await upload(simple(), type).expect(202)).status }).toEqual({ type, status: 202 });
    }
    await upload(simple(), 'application/octet-stream', officer, '?fileName=Register.CSV').expect(202);
    expect((await upload(simple(), 'application/octet-stream').expect(415)).body.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(simple(), 'text/csv; charset=utf-16').expect(415)).body.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(simple(), 'image/gif').expect(415)).body.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
    const json = await app.http().post('/api/v1/partner-imports').set('authorization', `Bearer ${officer}`).send({ name: 'x' }).expect(415);
    expect(json.body.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
    await app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send(simple()).expect(415);
    await app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).set('content-type', 'application/vnd.ms-excel').send(simple()).expect(415);
  });

  it('lets officers and admins import; viewers get 403, anonymous callers 401', async () => {
    expect((await upload(simple(), 'text/csv', viewer).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    await app.http().post('/api/v1/partner-imports').set('content-type', 'text/csv').send(simple()).expect(401);
    await app.http().get('/api/v1/partner-imports').set('authorization', `Bearer ${viewer}`).expect(403);
  });

  it('refuses to commit before the dry run has finished, and deletes an uncommitted import', async () => {
    const { body } = await upload(simple()).expect(202);
    const path = `/api/v1/partner-imports/${body.id}`;
    await app.http().post(`${path}/commit`).set('authorization', `Bearer ${officer}`).send({}).expect(428);
    const early = await app.http().post(`${path}/commit`).set('authorization', `Bearer ${officer}`).set('if-match', '"1"').send({}).expect(409);
    expect(early.body).toMatchObject({ code: 'IMPORT.NOT_READY', importStatus: 'validating' });
    await app.http().delete(path).set('authorization', `Bearer ${officer}`).expect(204);
    expect((await app.http().get(path).set('authorization', `Bearer ${officer}`).expect(404)).body.code).toBe('IMPORT.NOT_FOUND');
    expect((await app.http().get(`${path}/rows`).set('authorization', `Bearer ${officer}`).expect(404)).body.code).toBe('IMPORT.NOT_FOUND');
  });

  it('answers random bytes and random CSV with a 4xx or a 202, never a 500', async () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('=SUM(A1)', '"', '""', '\r', '\n', ',', '\u0000', 'charity', 'liverpool'));
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }).map((rows) => `name,kind,area\n${rows.map((r) => r.join(',')).join('\n')}`),
    );
    await fc.assert(
      fc.asyncProperty(body, async (content) => {
        const res = await upload(content);
        expect([202, 400, 413, 415, 422]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
  });

  async function importCount(): Promise<number> {
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM partner_imports');
    return n as number;
  }
});
