import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readCsv } from '../../src/common/csv/csv-reader.js';
import { unguardFormula } from '../../src/common/csv/csv-writer.js';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('partner CSV export', () => {
  let app: TestApp;
  let officer: string;
  let viewer: string;
  const tag = `export-${randomUUID().slice(0, 8)}`;
  const hostileNames = ['=SUM(A1)', '@cmd', '+44 151 000 0000', '-2+3', 'Smith, Jones & "Partners"\nLtd'];

  beforeAll(async () => {
    app = await startTestApp();
    [officer, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('viewer')]);
    const create = (body: Record<string, unknown>) =>
      app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).send(partnerBody({ tags: [tag], ...body })).expect(201);
    for (const [i, name] of hostileNames.entries()) {
      await create({ name, area: i % 2 === 0 ? 'wirral' : 'sefton', description: i === 0 ? '=HYPERLINK("http://evil.example","click")' : undefined });
    }
    await create({ name: 'Plain Wirral Partner', area: 'wirral', priorityAreas: ['housing', 'culture'], lists: ['pact-partners'], externalRef: `x-${tag}` });
  });
  afterAll(() => app.close());

  const exportCsv = (query: string, token = viewer) =>
    app.http().get(`/api/v1/partners/export.csv?${query}`).set('authorization', `Bearer ${token}`);
  const parse = (text: string): Record<string, string>[] => {
    const [header, ...rows] = [...readCsv(text)].map((r) => r.cells);
    return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
  };

  it('streams a CSV attachment with a header row, in the columns the import takes', async () => {
    const res = await exportCsv(`tag=${tag}`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    // The partner's id first: an edited export updates the partners it came from, external_ref or not.
    expect(res.text.startsWith('\uFEFFid,name,legal_name,alternative_names,kind,area,')).toBe(true);
    const plain = parse(res.text).find((r) => r.name === 'Plain Wirral Partner');
    expect(plain).toMatchObject({ kind: 'charity', area: 'wirral', priority_areas: 'housing;culture', lists: 'pact-partners', tags: tag });
    expect(plain?.external_ref).toBe(`x-${tag}`);
  });

  it('escapes cells a spreadsheet would run as formulas, and round-trips commas, quotes and line breaks', async () => {
    const res = await exportCsv(`tag=${tag}`).expect(200);
    expect(res.text).toContain("'=SUM(A1)");
    expect(res.text).toMatch(/\r\n[0-9a-f-]{36},'@cmd,/);
    expect(res.text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    const cells = [...readCsv(res.text)].flatMap((r) => r.cells);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const names = parse(res.text).map((r) => unguardFormula(r.name));
    expect(names.sort()).toEqual([...hostileNames, 'Plain Wirral Partner'].sort());
  });

  it('guards formulas hidden behind a separator, spaces, a line break or full-width signs', async () => {
    const hiddenTag = `hidden-${randomUUID().slice(0, 8)}`;
    const hidden = [';=HYPERLINK("http://evil.example")', ' =SUM(A1)', '\u00A0=SUM(A1)', '\n=SUM(A1)', '\uFF1DSUM(A1)', '\uFF20cmd', '\r+1', '\t-1'];
    for (const description of hidden) {
      await app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).send(partnerBody({ tags: [hiddenTag], description })).expect(201);
    }
    const rows = parse((await exportCsv(`tag=${hiddenTag}`).expect(200)).text);
    expect(rows.map((r) => r.description).sort()).toEqual(hidden.map((d) => `'${d}`).sort());
    // And they import back as written.
    expect(rows.map((r) => unguardFormula(r.description)).sort()).toEqual([...hidden].sort());
  });

  it('contains exactly the partners of a filtered list, in its sort order', async () => {
    const wirral = parse((await exportCsv(`tag=${tag}&area=wirral&sort=-name`).expect(200)).text);
    // Sorted as the list sorts, by normalised name: "sum a1", "smith jones partners", "plain wirral partner", "44 151 ...".
    expect(wirral.map((r) => unguardFormula(r.name))).toEqual([
      '=SUM(A1)',
      'Smith, Jones & "Partners"\nLtd',
      'Plain Wirral Partner',
      '+44 151 000 0000',
    ]);
    const pact = parse((await exportCsv(`tag=${tag}&list=pact-partners`).expect(200)).text);
    expect(pact.map((r) => r.name)).toEqual(['Plain Wirral Partner']);
    const none = await exportCsv(`tag=${tag}&status=ended`).expect(200);
    expect(parse(none.text)).toEqual([]);
  });

  it('leaves archived partners out unless asked, like the list', async () => {
    const [target] = (await app.http().get(`/api/v1/partners?tag=${tag}&q=Plain`).set('authorization', `Bearer ${viewer}`).expect(200)).body.items;
    await app.http().post(`/api/v1/partners/${target.id}/archive`).set('authorization', `Bearer ${officer}`).send({}).expect(200);
    expect(parse((await exportCsv(`tag=${tag}`).expect(200)).text)).toHaveLength(hostileNames.length);
    expect(parse((await exportCsv(`tag=${tag}&archived=include`).expect(200)).text)).toHaveLength(hostileNames.length + 1);
  });

  it('refuses paging and unknown parameters with a 400 problem before any data is sent', async () => {
    expect((await exportCsv('limit=5').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await exportCsv('colour=red').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    await app.http().get('/api/v1/partners/export.csv').expect(401);
  });
});
