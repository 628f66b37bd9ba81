import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readCsv } from '../../src/common/csv/csv-reader.js';
import { partnerBody } from '../support/factories.js';
import { partnerCsv } from '../support/partner-csv.js';
import { eventually } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ImportView {
  id: string;
  status: string;
  version: number;
  columns: string[];
  encoding: string;
  delimiter: string;
  outcomes: Record<string, number>;
  results: Record<string, number>;
  failure: string | null;
}

interface RowView {
  rowNumber: number;
  outcome: string;
  result: string | null;
  cells: Record<string, string>;
  errors: { column: string | null; messages: string[] }[];
  warnings: { column: string | null; messages: string[] }[];
  duplicates: { partners: { id: string; name: string; matchedOn: string[] }[]; rows: number[] };
  partnerId: string | null;
}

const unique = (): string => `m${randomUUID().replace(/-/g, '').slice(0, 10)}`;
/** A company number of this file's own (8 digits, the first not 0, so Excel's stripped-zero form is the 7 last). */
const companyNumber = (): string => `0${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`;

/** Register-like files: other headers, other delimiters, Windows-1252, labels instead of codes. */
describe('partner import: column and value mapping, per-row decisions, problem rows, export round trip by id', () => {
  let app: TestApp;
  let officer: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    officer = await app.tokenFor('officer', `mapper-${randomUUID()}@staff.test`);
  });
  afterAll(() => app.close());

  const http = {
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${officer}`),
    put: (url: string, body: object) => app.http().put(url).set('authorization', `Bearer ${officer}`).send(body),
    post: (url: string, body: object, ifMatch?: string) => {
      const req = app.http().post(url).set('authorization', `Bearer ${officer}`);
      return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
    },
  };
  const upload = async (content: string | Buffer, contentType = 'text/csv', query = ''): Promise<ImportView> =>
    (await app.http().post(`/api/v1/partner-imports${query}`).set('authorization', `Bearer ${officer}`).set('content-type', contentType).send(content).expect(202))
      .body;
  const waitFor = (id: string, status: string): Promise<ImportView> =>
    eventually(async () => {
      const res = await http.get(`/api/v1/partner-imports/${id}`);
      if (res.status === 503) return undefined;
      const view = res.body as ImportView;
      if (view.status === 'failed') throw new Error(`import failed: ${view.failure}`);
      return view.status === status ? view : undefined;
    });
  const rowsOf = async (id: string): Promise<RowView[]> => (await http.get(`/api/v1/partner-imports/${id}/rows?limit=100`).expect(200)).body.items;
  const commit = async (view: ImportView, body: object = {}): Promise<ImportView> => {
    await http.post(`/api/v1/partner-imports/${view.id}/commit`, body, `"${view.version}"`).expect(202);
    return waitFor(view.id, 'committed');
  };
  const partner = async (id: string) => (await http.get(`/api/v1/partners/${id}`).expect(200)).body;
  const byName = async (name: string) => {
    const [row] = await app.dataSource.query('SELECT id FROM partners WHERE name = $1', [name]);
    return row ? partner(row.id as string) : undefined;
  };

  it('maps a semicolon-separated Windows-1252 register: suggestions from headers and values, labels matched, the mapping saved by name', async () => {
    const tag = unique();
    const [c1, c2] = [companyNumber(), companyNumber()];
    const header = ['Organisation Name', 'Charity No.', 'Company Reg', 'Post Code', 'Web site', 'Type', 'Local Authority', 'Status', 'Tags', 'Colour', 'Contact'];
    const lines = [
      header.join(';'),
      `${tag} St Helen\u2019s Caf\u00e9 & Bakery;1 123 456;${c1.slice(1)};wa101aa;www.${tag}-cafe.org.uk;Registered Charity;St. Helens;Active;${tag};red;a`,
      `${tag.toUpperCase()} GARDEN TRUST;;${c2};L7 8XP;https://${tag}-garden.org.uk;CIC;Wirral Council;Current;${tag};blue;b`,
      `${tag} Mystery Body;;;CH41 1AA;;Quango;Halton;Closed;${tag};green;c`,
    ];
    const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`.replace(/\u2019/g, '\x92'), 'latin1');
    const uploaded = await upload(bytes, 'application/vnd.ms-excel', `?fileName=${tag}-register.csv`);
    expect(uploaded).toMatchObject({ status: 'mapping', encoding: 'windows-1252', delimiter: ';', columns: header });

    const mapping = (await http.get(`/api/v1/partner-imports/${uploaded.id}/mapping`).expect(200)).body;
    const suggested = Object.fromEntries(mapping.columns.map((c: { column: string; suggested: string | null }) => [c.column, c.suggested]));
    expect(suggested).toEqual({
      'Organisation Name': 'name',
      'Charity No.': 'charity_number',
      'Company Reg': 'company_number',
      'Post Code': 'postcode',
      'Web site': 'website',
      Type: 'kind',
      'Local Authority': 'area',
      Status: 'status',
      Tags: 'tags',
      Colour: null,
      Contact: null,
    });
    expect(mapping.columns[0].samples[0]).toBe(`${tag} St Helen\u2019s Caf\u00e9 & Bakery`);
    expect(mapping).toMatchObject({ encoding: 'windows-1252', delimiter: ';', saved: [] });

    const kinds = (await http.get(`/api/v1/partner-imports/${uploaded.id}/mapping/values?column=Type&field=kind`).expect(200)).body;
    expect(Object.fromEntries(kinds.values.map((v: { value: string; suggested: string | null }) => [v.value, v.suggested]))).toEqual({
      'Registered Charity': 'charity',
      CIC: 'social-enterprise',
      Quango: null,
    });
    expect(kinds.options).toContainEqual({ code: 'other-public-body', label: 'Other public body' });
    const areas = (await http.get(`/api/v1/partner-imports/${uploaded.id}/mapping/values?column=Local%20Authority&field=area`).expect(200)).body;
    expect(areas.values.map((v: { suggested: string | null }) => v.suggested).sort()).toEqual(['halton', 'st-helens', 'wirral']);

    const columns = { ...suggested, Colour: null, Contact: null };
    const mapped = (await http.put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns, values: { kind: { Quango: 'other-public-body' } }, saveAs: `${tag} register` }).expect(202)).body;
    expect(mapped).toMatchObject({ status: 'validating', mapped: true });
    const validated = await waitFor(uploaded.id, 'validated');
    expect((await rowsOf(uploaded.id)).flatMap((r) => r.errors)).toEqual([]);
    expect(validated.outcomes).toMatchObject({ create: 3, error: 0 });
    const committed = await commit(validated);
    expect(committed.results).toMatchObject({ created: 3, skipped: 0 });

    const cafe = await byName(`${tag} St Helen\u2019s Caf\u00e9 & Bakery`);
    expect(cafe).toMatchObject({ kind: { code: 'charity' }, area: { code: 'st-helens' }, status: 'active', charityNumber: '1123456', companyNumber: c1, postcode: 'WA10 1AA' });
    const mystery = await byName(`${tag} Mystery Body`);
    expect(mystery).toMatchObject({ kind: { code: 'other-public-body' }, status: 'ended' });
    // An import to `ended` stamps ended_at, as a PATCH does (retention counts from it).
    expect(mystery.endedAt).toEqual(expect.any(String));

    const again = await upload(bytes, 'text/csv');
    const offered = (await http.get(`/api/v1/partner-imports/${again.id}/mapping`).expect(200)).body;
    expect(offered.saved).toEqual([expect.objectContaining({ name: `${tag} register`, columns: expect.objectContaining({ Type: 'kind', Colour: null }) })]);
    expect(offered.saved[0].values.kind).toMatchObject({ Quango: 'other-public-body' });
    const other = await upload(`Name,Kind,Area,Extra\r\n${tag} Other,charity,liverpool,x\r\n`);
    const taken = await http.put(`/api/v1/partner-imports/${other.id}/mapping`, { columns: { Name: 'name', Kind: 'kind', Area: 'area' }, saveAs: `${tag} register` });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('IMPORT.MAPPING_NAME_TAKEN');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'import-mapping' AND entity_id = $1`, [offered.saved[0].id]);
    expect(n).toBe(1);
  });

  it('refuses a mapping with every problem named, maps only what it can, and answers a commit before mapping with IMPORT.NOT_MAPPED', async () => {
    const tag = unique();
    const uploaded = await upload(`Org,Type,Borough\r\n${tag} A,Charity,Liverpool\r\n`);
    const commitEarly = await http.post(`/api/v1/partner-imports/${uploaded.id}/commit`, {}, `"${uploaded.version}"`).expect(409);
    expect(commitEarly.body.code).toBe('IMPORT.NOT_MAPPED');
    const refused = await http
      .put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns: { Org: 'name', Type: 'name', Nope: 'area', Borough: 'colour' }, values: { kind: { Charity: 'no-such-kind' } } })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'IMPORT.MAPPING_INVALID',
      unknownColumns: ['Nope'],
      unknownFields: ['colour'],
      repeatedTargets: ['name'],
      missingRequired: ['kind', 'area'],
      unknownCodes: [{ field: 'kind', codes: ['no-such-kind'] }],
    });
    await http.put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns: { Org: 'name', Type: 'kind', Borough: 'area' } }).expect(202);
    const validated = await waitFor(uploaded.id, 'validated');
    expect(validated.outcomes).toMatchObject({ create: 1 });
    // Mapped again after a dry run: the dry run runs again with the new mapping.
    await http.put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns: { Org: 'name', Type: 'kind', Borough: 'area' }, values: { area: { Liverpool: 'wirral' } } }).expect(202);
    const again = await waitFor(uploaded.id, 'validated');
    await commit(again);
    expect((await byName(`${tag} A`)).area.code).toBe('wirral');
    const late = await http.put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns: { Org: 'name', Type: 'kind', Borough: 'area' } }).expect(409);
    expect(late.body.code).toBe('IMPORT.NOT_MAPPABLE');
  });

  it('reports all of a row\'s errors together, by the file\'s column, and gives the problem rows back as CSV in the file\'s own columns', async () => {
    const tag = unique();
    const text =
      'Organisation Name,Type,Area,Post Code,Web site,Notes\r\n' +
      `${tag} Fine,charity,liverpool,L1 1AA,,keep\r\n` +
      `${tag} Broken,Nonsense,liverpool,XYZ,not a website,"has, comma"\r\n` +
      `,charity,Atlantis,,,\r\n`;
    const uploaded = await upload(text);
    await http
      .put(`/api/v1/partner-imports/${uploaded.id}/mapping`, { columns: { 'Organisation Name': 'name', Type: 'kind', Area: 'area', 'Post Code': 'postcode', 'Web site': 'website', Notes: 'description' } })
      .expect(202);
    const validated = await waitFor(uploaded.id, 'validated');
    expect(validated.outcomes).toMatchObject({ create: 1, error: 2 });
    const [, broken, nameless] = await rowsOf(uploaded.id);
    expect(Object.fromEntries(broken.errors.map((e) => [e.column, e.messages]))).toEqual({
      'Post Code': ['postcode must be a UK postcode'],
      'Web site': ['website must be a URL address'],
      Type: ['kind: unknown code Nonsense.'],
    });
    expect(nameless.errors.map((e) => e.column).sort()).toEqual(['Area', 'Organisation Name']);

    const csv = await http.get(`/api/v1/partner-imports/${uploaded.id}/problem-rows.csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const records = [...readCsv(csv.text)].map((r) => r.cells);
    expect(records[0]).toEqual(['Organisation Name', 'Type', 'Area', 'Post Code', 'Web site', 'Notes', 'import_problem']);
    expect(records.slice(1).map((r) => r.slice(0, 6))).toEqual([
      [`${tag} Broken`, 'Nonsense', 'liverpool', 'XYZ', 'not a website', 'has, comma'],
      ['', 'charity', 'Atlantis', '', '', ''],
    ]);
    expect(records[1][6]).toContain('Post Code: postcode must be a UK postcode');
  });

  it('applies a decision per duplicate row: skip, create anyway, update the matched partner, fill only its empty fields', async () => {
    const tag = unique();
    const existing = async (name: string, overrides: Record<string, unknown> = {}) =>
      (await http.post('/api/v1/partners', partnerBody({ name, tags: [tag], ...overrides })).expect(201)).body;
    const skipMe = await existing(`${tag} Skip Surgery`);
    const createMe = await existing(`${tag} Create Surgery`);
    const updateMe = await existing(`${tag} Update Surgery`, { description: 'Old description', website: null });
    const fillMe = await existing(`${tag} Fill Surgery`, { description: 'Kept description', website: null });
    const defaulted = await existing(`${tag} Default Surgery`);
    const columns = ['name', 'kind', 'area', 'description', 'website', 'tags'];
    const row = (name: string) => ({ name, kind: 'nhs-provider', area: 'sefton', description: 'From the register', website: `https://${tag}-${name.split(' ')[1].toLowerCase()}.nhs.uk`, tags: `${tag};register` });
    const text = partnerCsv(columns, [row(skipMe.name), row(createMe.name), row(updateMe.name), row(fillMe.name), row(defaulted.name)]);
    const validated = await waitFor((await upload(text)).id, 'validated');
    expect(validated.outcomes).toMatchObject({ duplicate: 5 });
    const rows = await rowsOf(validated.id);
    expect(rows[2].duplicates.partners).toEqual([{ id: updateMe.id, name: updateMe.name, matchedOn: ['name'] }]);

    const decisions = [
      { rowNumber: 2, action: 'skip' },
      { rowNumber: 3, action: 'create' },
      { rowNumber: 4, action: 'update', partnerId: updateMe.id },
      { rowNumber: 5, action: 'fill' },
    ];
    const committed = await commit(validated, { decisions });
    expect(committed.results).toEqual({ created: 1, updated: 2, unchanged: 0, skipped: 2, merged: 0 });
    const results = Object.fromEntries((await rowsOf(validated.id)).map((r) => [r.rowNumber, [r.result, r.partnerId]]));
    expect(results[2]).toEqual(['skipped', null]);
    expect(results[3][0]).toBe('created');
    expect(results[3][1]).not.toBe(createMe.id);
    expect(results[4]).toEqual(['updated', updateMe.id]);
    expect(results[5]).toEqual(['updated', fillMe.id]);
    expect(results[6]).toEqual(['skipped', null]);

    expect(await partner(updateMe.id)).toMatchObject({ kind: { code: 'nhs-provider' }, area: { code: 'sefton' }, description: 'From the register', tags: [tag, 'register'] });
    const filled = await partner(fillMe.id);
    expect(filled).toMatchObject({ kind: { code: 'charity' }, area: { code: 'liverpool' }, description: 'Kept description', website: `https://${tag}-fill.nhs.uk`, tags: [tag] });
    expect((await partner(skipMe.id)).version).toBe(skipMe.version);
    const [{ reason }] = await app.dataSource.query(`SELECT reason FROM audit_entries WHERE entity_id = $1 AND action = 'updated'`, [fillMe.id]);
    expect(reason).toBe(`CSV import ${validated.id}, row 5; applied to the partner it matched`);
  });

  it('an edited export updates partners made through the API (no external_ref) by their id, and an unknown id is refused', async () => {
    const tag = unique();
    const made = await Promise.all([1, 2].map(async (i) => (await http.post('/api/v1/partners', partnerBody({ name: `${tag} Exported ${i}`, tags: [tag] })).expect(201)).body));
    const exported = await http.get(`/api/v1/partners/export.csv?tag=${tag}&sort=name`).expect(200);
    const edited = exported.text.replace(`${tag} Exported 1`, `${tag} Renamed 1`).replace(made[1].id, randomUUID());
    const validated = await waitFor((await upload(edited)).id, 'validated');
    const [renamed, unknown] = await rowsOf(validated.id);
    expect(renamed).toMatchObject({ outcome: 'update', partnerId: made[0].id });
    expect(unknown).toMatchObject({ outcome: 'error', errors: [{ column: 'id', messages: ['id: no partner has this id'] }] });
    await commit(validated);
    expect(await partner(made[0].id)).toMatchObject({ name: `${tag} Renamed 1`, version: made[0].version + 1 });
  });

  it('merges rows repeating an external_ref into the first: other names become alternative names, tags are unioned', async () => {
    const tag = unique();
    const rows = [
      { name: `${tag} Royal Infirmary`, kind: 'nhs-provider', area: 'liverpool', tags: 'hospital', external_ref: `${tag}-R1` },
      { name: `${tag} The Royal`, kind: 'nhs-provider', area: 'liverpool', tags: 'acute', external_ref: `${tag}-R1` },
      { name: `${tag} Royal Liverpool Hospital`, kind: 'nhs-provider', area: 'liverpool', tags: 'hospital;teaching', external_ref: `${tag}-R1` },
    ];
    const validated = await waitFor((await upload(partnerCsv(['name', 'kind', 'area', 'tags', 'external_ref'], rows))).id, 'validated');
    expect(validated.outcomes).toMatchObject({ create: 1, merged: 2, error: 0 });
    const [first, second] = await rowsOf(validated.id);
    expect(first.warnings[0].messages[0]).toBe('rows 3, 4 have the same external_ref: its names are kept as alternative names and its tags added');
    expect(second).toMatchObject({ outcome: 'merged', duplicates: { rows: [2] } });
    const committed = await commit(validated);
    expect(committed.results).toMatchObject({ created: 1, merged: 2 });
    const merged = await byName(`${tag} Royal Infirmary`);
    expect(merged).toMatchObject({ alternativeNames: [`${tag} The Royal`, `${tag} Royal Liverpool Hospital`], externalRef: `${tag}-R1` });
    expect([...merged.tags].sort()).toEqual(['acute', 'hospital', 'teaching']);
  });
});
