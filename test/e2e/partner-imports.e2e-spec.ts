import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DialogueDates } from '../../src/dialogue/dialogue-dates.js';
import { PartnerImportCommit } from '../../src/partner-imports/jobs/partner-import-commit.js';
import { partnerBody } from '../support/factories.js';
import { BULK_COLUMNS, bulkPartnerRows, partnerCsv, type CsvRow } from '../support/partner-csv.js';
import { eventually } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ImportView {
  id: string;
  status: string;
  version: number;
  totalRows: number;
  progress: { phase: string | null; processed: number; total: number };
  outcomes: Record<string, number>;
  results: Record<string, number>;
  failure: string | null;
}

interface RowView {
  rowNumber: number;
  outcome: string;
  result: string | null;
  errors: { column: string | null; messages: string[] }[];
  duplicates: { partners: { id: string; matchedOn: string[] }[]; rows: number[] };
  changes: Record<string, { before: unknown; after: unknown }> | null;
  partnerId: string | null;
  cells: Record<string, string>;
}

const unique = (): string => `t${randomUUID().replace(/-/g, '').slice(0, 10)}`;

describe('partner CSV import: dry run and commit through the job worker', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;
  let officerId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    const email = `importer-${randomUUID()}@staff.test`;
    [officer, admin] = await Promise.all([app.tokenFor('officer', email), app.tokenFor('admin')]);
    [{ id: officerId }] = await app.dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
  });
  afterAll(() => app.close());

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}, ifMatch?: string) => {
      const req = app.http().post(url).set('authorization', `Bearer ${token}`);
      return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
    },
  });

  const upload = async (text: string): Promise<ImportView> =>
    (await app.http().post('/api/v1/partner-imports').set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send(text).expect(202))
      .body;

  /** Polls the import until it reaches `status`, keeping every progress figure seen on the way. */
  const waitFor = async (id: string, status: string, seen: number[] = []): Promise<ImportView> =>
    eventually(async () => {
      const res = await as(officer).get(`/api/v1/partner-imports/${id}`);
      // A loaded machine can keep every pooled connection busy with the commit's chunks for longer than the pool's
      // connect timeout: the API then answers 503 with Retry-After, which tells a client to ask again, as this does.
      if (res.status === 503) return undefined;
      expect(res.status).toBe(200);
      const view = res.body as ImportView;
      seen.push(view.progress.processed);
      if (view.status === 'failed') throw new Error(`import failed: ${view.failure}`);
      return view.status === status ? view : undefined;
    });

  const commit = async (view: ImportView, body: object = {}): Promise<ImportView> =>
    (await as(officer).post(`/api/v1/partner-imports/${view.id}/commit`, body, `"${view.version}"`).expect(202)).body;

  const rowsOf = async (id: string, query = ''): Promise<RowView[]> => {
    const all: RowView[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: { items: RowView[]; nextCursor: string | null } = (await as(officer).get(`/api/v1/partner-imports/${id}/rows?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    return all;
  };

  const importFile = async (text: string, body: object = {}): Promise<{ validated: ImportView; committed: ImportView }> => {
    const uploaded = await upload(text);
    const validated = await waitFor(uploaded.id, 'validated');
    await commit(validated, body);
    return { validated, committed: await waitFor(uploaded.id, 'committed') };
  };

  const count = async (sql: string, params: unknown[]): Promise<number> => (await app.dataSource.query(sql, params))[0].n as number;
  const taggedPartners = (tag: string): Promise<number> => count('SELECT count(*)::int AS n FROM partners WHERE tags @> ARRAY[$1]::text[]', [tag]);
  const auditEntriesOf = (importId: string): Promise<number> =>
    count(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'partner' AND reason LIKE $1`, [`CSV import ${importId},%`]);

  describe('a 10,000-row file', () => {
    const tag = unique();
    const text = partnerCsv(BULK_COLUMNS, bulkPartnerRows(10_000, tag));
    let importId: string;

    it('is dry-run (every row would create) and committed in chunks, each partner written once with its audit entry', async () => {
      const uploaded = await upload(text);
      importId = uploaded.id;
      expect(uploaded).toMatchObject({ status: 'validating', totalRows: 10_000 });
      const validated = await waitFor(importId, 'validated');
      expect(validated.outcomes).toEqual({ pending: 0, create: 10_000, update: 0, unchanged: 0, duplicate: 0, error: 0, merged: 0 });
      expect(validated.progress).toEqual({ phase: null, processed: 10_000, total: 10_000 });
      expect(await taggedPartners(tag)).toBe(0);

      const committing = await commit(validated);
      expect(committing).toMatchObject({ status: 'committing', version: validated.version + 1, progress: { phase: 'commit' } });
      const progress: number[] = [];
      const committed = await waitFor(importId, 'committed', progress);
      expect(committed.results).toEqual({ created: 10_000, updated: 0, unchanged: 0, skipped: 0, merged: 0 });
      expect(progress.some((p) => p > 0 && p < 10_000)).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));

      expect(await taggedPartners(tag)).toBe(10_000);
      expect(await count('SELECT count(DISTINCT external_ref)::int AS n FROM partners WHERE external_ref LIKE $1', [`${tag}-%`])).toBe(10_000);
      expect(await auditEntriesOf(importId)).toBe(10_000);
      const [{ actor }] = await app.dataSource.query(`SELECT DISTINCT actor_id AS actor FROM audit_entries WHERE reason LIKE $1`, [`CSV import ${importId},%`]);
      expect(actor).toBe(officerId);
    });

    it('creates partners as POST /partners would: codes, tags, derived identity and dialogue dates', async () => {
      const [{ id }] = await app.dataSource.query('SELECT id FROM partners WHERE external_ref = $1', [`${tag}-1`]);
      const partner = (await as(officer).get(`/api/v1/partners/${id}`).expect(200)).body;
      expect(partner).toMatchObject({
        name: `${tag} Organisation 1`,
        kind: { code: 'charity' },
        area: { code: 'liverpool' },
        priorityAreas: [{ code: 'housing' }, { code: 'culture' }],
        themes: [{ code: 'people-and-skills' }],
        tags: ['bulk', tag].sort(),
        status: 'active',
        externalRef: `${tag}-1`,
        version: 1,
      });
      const [row] = await app.dataSource.query('SELECT website_domain, company_number, dialogue_due_at FROM partners WHERE id = $1', [id]);
      expect(row.website_domain).toBe(`${tag}-org-1.org.uk`);
      expect(row.dialogue_due_at).not.toBeNull();
      const audit = (await as(officer).get(`/api/v1/partners/${id}/audit`).expect(200)).body;
      expect(audit).toEqual([expect.objectContaining({ action: 'created', reason: `CSV import ${importId}, row 2` })]);
    });

    it('is committed once: a second commit is refused, and a committed import cannot be deleted', async () => {
      const view = (await as(officer).get(`/api/v1/partner-imports/${importId}`).expect(200)).body as ImportView;
      const again = await as(officer).post(`/api/v1/partner-imports/${importId}/commit`, {}, `"${view.version}"`).expect(409);
      expect(again.body).toMatchObject({ code: 'IMPORT.ALREADY_COMMITTED', importStatus: 'committed' });
      expect((await app.http().delete(`/api/v1/partner-imports/${importId}`).set('authorization', `Bearer ${officer}`).expect(409)).body.code).toBe(
        'IMPORT.ALREADY_COMMITTED',
      );
    });

    it('imports again as a no-op: every row unchanged, no new partner, no new version', async () => {
      const { validated, committed } = await importFile(text);
      expect(validated.outcomes).toMatchObject({ unchanged: 10_000, create: 0, update: 0 });
      expect(committed.results).toEqual({ created: 0, updated: 0, unchanged: 10_000, skipped: 0, merged: 0 });
      expect(await taggedPartners(tag)).toBe(10_000);
      expect(await count('SELECT max(version)::int AS n FROM partners WHERE tags @> ARRAY[$1]::text[]', [tag])).toBe(1);
      expect(await auditEntriesOf(validated.id)).toBe(0);
    });
  });

  it('gives new partners the dialogue due date DialogueDates computes: own cadence, shortest list default, kind default, else the default', async () => {
    const tag = unique();
    await as(admin).post('/api/v1/reference-data/organisation-kind', { code: `${tag}-kind`, label: `Kind ${tag}` }).expect(201);
    await app.dataSource.query(`UPDATE reference_entries SET default_dialogue_cadence_days = 30 WHERE code = $1`, [`${tag}-kind`]);
    const row = (name: string, extra: CsvRow = {}): CsvRow => ({ name: `${tag} ${name}`, kind: 'charity', area: 'sefton', tags: tag, ...extra });
    const rows = [
      row('Own', { dialogue_cadence_days: 45, lists: 'pact-partners' }),
      row('Lists', { lists: 'pact-partners;strategy-partners' }),
      row('Kind', { kind: `${tag}-kind`, lists: '' }),
      row('Default'),
    ];
    const { committed } = await importFile(partnerCsv(['name', 'kind', 'area', 'tags', 'dialogue_cadence_days', 'lists'], rows));
    expect(committed.results.created).toBe(4);
    const dueIn = async (): Promise<Record<string, number>> => {
      const found: { name: string; days: number }[] = await app.dataSource.query(
        `SELECT name, round(extract(epoch FROM dialogue_due_at - created_at) / 86400)::int AS days FROM partners WHERE tags @> ARRAY[$1]::text[]`,
        [tag],
      );
      return Object.fromEntries(found.map((f) => [f.name.replace(`${tag} `, ''), f.days]));
    };
    expect(await dueIn()).toEqual({ Own: 45, Lists: 90, Kind: 30, Default: 180 });
    const ids: string[] = (await app.dataSource.query('SELECT id FROM partners WHERE tags @> ARRAY[$1]::text[]', [tag])).map((r: { id: string }) => r.id);
    const before = await app.dataSource.query('SELECT id, dialogue_due_at FROM partners WHERE id = ANY($1) ORDER BY id', [ids]);
    await app.dataSource.transaction((manager) => (app.worker as NonNullable<TestApp['worker']>).get(DialogueDates).refresh(manager, ids));
    expect(await app.dataSource.query('SELECT id, dialogue_due_at FROM partners WHERE id = ANY($1) ORDER BY id', [ids])).toEqual(before);
  });

  it('reports every bad row with its row number, column and message, and writes only the good ones', async () => {
    const tag = unique();
    await as(admin).post('/api/v1/reference-data/area', { code: `${tag}-old`, label: 'Old area' }).expect(201);
    await app.http().patch(`/api/v1/reference-data/area/${tag}-old`).set('authorization', `Bearer ${admin}`).send({ retired: true }).expect(200);
    const good = { name: `${tag} Good`, kind: 'charity', area: 'liverpool', tags: tag };
    const rows: CsvRow[] = [
      good,
      { ...good, name: `${tag} Kind`, kind: 'not-a-kind' },
      { ...good, name: `${tag} Postcode`, postcode: 'XYZ' },
      { ...good, name: `${tag} Owner`, owner_email: 'nobody@staff.test' },
      { ...good, name: `${tag} Cadence`, dialogue_cadence_days: 'often' },
      { ...good, name: `${tag} Retired`, area: `${tag}-old` },
      { ...good, name: '' },
      { ...good, name: `${tag} List`, lists: 'pact-partners;no-such-list' },
      { ...good, name: `${tag} Website`, website: 'not a website' },
      { ...good, name: `${tag} Many`, kind: 'Charity!', company_number: '1', priority_areas: 'housing;nope' },
    ];
    const columns = ['name', 'kind', 'area', 'postcode', 'website', 'company_number', 'priority_areas', 'tags', 'owner_email', 'dialogue_cadence_days', 'lists'];
    const { validated, committed } = await importFile(partnerCsv(columns, rows));
    expect(validated.outcomes).toMatchObject({ create: 1, error: 9 });
    const errors = await rowsOf(validated.id, '&outcome=error');
    const byRow = Object.fromEntries(errors.map((r) => [r.rowNumber, r.errors]));
    expect(byRow[3]).toEqual([{ column: 'kind', messages: ['kind: unknown code not-a-kind.'] }]);
    expect(byRow[4]).toEqual([{ column: 'postcode', messages: ['postcode must be a UK postcode'] }]);
    expect(byRow[5]).toEqual([{ column: 'owner_email', messages: ['owner_email: no active staff user has this email'] }]);
    expect(byRow[6]).toEqual([{ column: 'dialogue_cadence_days', messages: ['dialogue_cadence_days must be an integer number'] }]);
    expect(byRow[7]).toEqual([{ column: 'area', messages: [`area: ${tag}-old is retired and cannot be chosen anew.`] }]);
    expect(byRow[8]).toEqual([{ column: 'name', messages: ['name is required'] }]);
    expect(byRow[9]).toEqual([{ column: 'lists', messages: ['lists: unknown code no-such-list.'] }]);
    expect(byRow[10]).toEqual([{ column: 'website', messages: ['website must be a URL address'] }]);
    // `Charity!` reads as the label Charity; every other problem of the row is reported at once.
    expect(byRow[11].map((e) => e.column).sort()).toEqual(['company_number', 'priority_areas']);
    expect(committed.results).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 9, merged: 0 });
    expect(await taggedPartners(tag)).toBe(1);
    expect((await rowsOf(validated.id, '&result=skipped')).map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reports look-alikes of existing partners and of earlier rows; a commit skips them unless asked to create them', async () => {
    const tag = unique();
    const existing = (
      await as(officer)
        .post('/api/v1/partners', partnerBody({ name: `${tag} Food Bank`, website: `https://www.${tag}-food.org.uk`, companyNumber: `${tag.slice(-6)}01`, tags: [tag] }))
        .expect(201)
    ).body;
    const columns = ['name', 'kind', 'area', 'website', 'company_number', 'tags'];
    const rows: CsvRow[] = [
      { name: `The ${tag} Food Bank Ltd`, kind: 'charity', area: 'wirral', tags: tag },
      { name: `${tag} Pantry`, kind: 'charity', area: 'wirral', website: `http://${tag}-food.org.uk/about`, tags: tag },
      { name: `${tag} Alpha`, kind: 'charity', area: 'wirral', website: `https://${tag}-alpha.org.uk`, tags: tag },
      { name: `${tag} Alpha Two`, kind: 'charity', area: 'wirral', website: `https://www.${tag}-alpha.org.uk`, tags: tag },
      { name: `${tag} Beta`, kind: 'charity', area: 'wirral', company_number: `${tag.slice(-6)}01`, tags: tag },
      { name: `${tag} Gamma`, kind: 'charity', area: 'wirral', tags: tag },
    ];
    const text = partnerCsv(columns, rows);
    const { validated, committed } = await importFile(text);
    expect(validated.outcomes).toMatchObject({ duplicate: 4, create: 2 });
    const duplicates = await rowsOf(validated.id, '&outcome=duplicate');
    expect(duplicates.map((r) => [r.rowNumber, r.duplicates.partners.map((p) => [p.id, p.matchedOn]), r.duplicates.rows])).toEqual([
      [2, [[existing.id, ['name']]], []],
      [3, [[existing.id, ['website']]], []],
      [5, [], [4]],
      [6, [[existing.id, ['companyNumber']]], []],
    ]);
    expect(committed.results).toMatchObject({ created: 2, skipped: 4 });
    expect(await taggedPartners(tag)).toBe(3);

    const again = await importFile(text, { duplicates: 'create' });
    expect(again.validated.outcomes).toMatchObject({ duplicate: 4, unchanged: 2 });
    expect(again.committed.results).toEqual({ created: 4, updated: 0, unchanged: 2, skipped: 0, merged: 0 });
    expect(await taggedPartners(tag)).toBe(7);
    const [{ reason }] = await app.dataSource.query(`SELECT reason FROM audit_entries WHERE reason LIKE $1 LIMIT 1`, [`CSV import ${again.validated.id},%`]);
    expect(reason).toMatch(/created despite possible duplicates$/);
  });

  it('updates the partner with the same external_ref, leaves columns the file lacks alone, audits it, and refuses archived ones', async () => {
    const tag = unique();
    const create = async (overrides: Record<string, unknown>) =>
      (await as(officer).post('/api/v1/partners', partnerBody({ tags: [tag], ...overrides })).expect(201)).body;
    const target = await create({ name: `${tag} Before`, externalRef: `${tag}-u1`, legalName: 'Legal Name Ltd', description: 'Keep me' });
    const same = await create({ name: `${tag} Same`, externalRef: `${tag}-u2` });
    const archived = await create({ name: `${tag} Archived`, externalRef: `${tag}-u3` });
    await as(officer).post(`/api/v1/partners/${archived.id}/archive`).expect(200);
    const rows: CsvRow[] = [
      { name: `${tag} After`, kind: 'charity', area: 'liverpool', status: 'active', external_ref: `${tag}-u1` },
      { name: `${tag} Same`, kind: 'charity', area: 'liverpool', status: '', external_ref: `${tag}-u2` },
      { name: `${tag} Archived`, kind: 'charity', area: 'liverpool', status: '', external_ref: `${tag}-u3` },
      { name: `${tag} Twice`, kind: 'charity', area: 'liverpool', status: '', external_ref: `${tag}-u1` },
    ];
    const uploaded = await upload(partnerCsv(['name', 'kind', 'area', 'status', 'external_ref'], rows));
    const validated = await waitFor(uploaded.id, 'validated');
    expect(validated.outcomes).toMatchObject({ update: 1, unchanged: 1, error: 1, merged: 1 });
    const [update, unchanged, refused, twice] = await rowsOf(uploaded.id);
    expect(update).toMatchObject({
      outcome: 'update',
      partnerId: target.id,
      changes: {
        name: { before: `${tag} Before`, after: `${tag} After` },
        status: { before: 'prospect', after: 'active' },
        alternativeNames: { before: [], after: [`${tag} Twice`] },
      },
      warnings: [{ column: 'external_ref', messages: ['row 5 has the same external_ref: its names are kept as alternative names and its tags added'] }],
    });
    expect(Object.keys(update.changes ?? {}).sort()).toEqual(['alternativeNames', 'name', 'status']);
    expect(unchanged).toMatchObject({ outcome: 'unchanged', partnerId: same.id });
    expect(refused.errors).toEqual([{ column: 'external_ref', messages: ['the partner with this external_ref is archived; restore it first'] }]);
    // A repeated external_ref is the same organisation again: merged into the first row, with a warning.
    expect(twice).toMatchObject({ outcome: 'merged', errors: [], warnings: [{ column: 'external_ref', messages: ['external_ref is also on row 2: this row is merged into it'] }] });

    await commit(validated);
    const committed = await waitFor(uploaded.id, 'committed');
    expect(committed.results).toEqual({ created: 0, updated: 1, unchanged: 1, skipped: 1, merged: 1 });
    const after = (await as(officer).get(`/api/v1/partners/${target.id}`).expect(200)).body;
    expect(after).toMatchObject({
      name: `${tag} After`,
      alternativeNames: [`${tag} Twice`],
      status: 'active',
      legalName: 'Legal Name Ltd',
      description: 'Keep me',
      version: target.version + 1,
    });
    const audit = (await as(officer).get(`/api/v1/partners/${target.id}/audit`).expect(200)).body;
    expect(audit[0]).toMatchObject({ action: 'updated', actorId: officerId, reason: `CSV import ${uploaded.id}, row 2` });
    expect(Object.keys(audit[0].changes).sort()).toEqual(['alternativeNames', 'name', 'status']);
    expect((await as(officer).get(`/api/v1/partners/${same.id}`).expect(200)).body.version).toBe(same.version);
  });

  it('skips, rather than overwrites, a partner edited between the dry run and the commit', async () => {
    const tag = unique();
    const target = (await as(officer).post('/api/v1/partners', partnerBody({ name: `${tag} One`, externalRef: `${tag}-e1`, tags: [tag] })).expect(201)).body;
    const uploaded = await upload(partnerCsv(['name', 'kind', 'area', 'external_ref'], [{ name: `${tag} From File`, kind: 'charity', area: 'liverpool', external_ref: `${tag}-e1` }]));
    const validated = await waitFor(uploaded.id, 'validated');
    await app.http().patch(`/api/v1/partners/${target.id}`).set('authorization', `Bearer ${admin}`).set('if-match', `"${target.version}"`).send({ name: `${tag} Edited` }).expect(200);
    await commit(validated);
    const committed = await waitFor(uploaded.id, 'committed');
    expect(committed.results).toMatchObject({ updated: 0, skipped: 1 });
    const [row] = await rowsOf(uploaded.id);
    expect(row.errors).toEqual([{ column: null, messages: ['The partner changed since the dry run; import the file again to review it'] }]);
    expect((await as(officer).get(`/api/v1/partners/${target.id}`).expect(200)).body.name).toBe(`${tag} Edited`);
  });

  it('commits only the dry run the user reviewed: If-Match is required and must be current', async () => {
    const uploaded = await upload(partnerCsv(['name', 'kind', 'area'], [{ name: `${unique()} If-Match`, kind: 'charity', area: 'liverpool' }]));
    const validated = await waitFor(uploaded.id, 'validated');
    const path = `/api/v1/partner-imports/${uploaded.id}/commit`;
    expect((await as(officer).post(path, {}).expect(428)).body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
    expect((await as(officer).post(path, {}, `"${uploaded.version}"`).expect(412)).body).toMatchObject({
      code: 'IMPORT.VERSION_CONFLICT',
      currentVersion: validated.version,
    });
    expect((await as(officer).post(path, { duplicates: 'merge' }, `"${validated.version}"`).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    await app.http().delete(`/api/v1/partner-imports/${uploaded.id}`).set('authorization', `Bearer ${officer}`).expect(204);
  });

  it('a commit that crashes mid-chunk and is retried writes every row exactly once', async () => {
    const tag = unique();
    const rows = bulkPartnerRows(2_500, tag);
    const doomed = String(rows[1_700].name);
    // In the second chunk, the 1,701st partner's insert fails once (a sequence is not rolled back): the chunk's
    // transaction dies half-way, as it would with a killed process, after the first chunk committed.
    await app.dataSource.query(`CREATE SEQUENCE import_fault_seq`);
    await app.dataSource.query(`CREATE FUNCTION import_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = '${doomed}' AND nextval('import_fault_seq') = 1 THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$`);
    await app.dataSource.query(`CREATE TRIGGER import_fault BEFORE INSERT ON partners FOR EACH ROW EXECUTE FUNCTION import_fault()`);
    try {
      const { committed } = await importFile(partnerCsv(BULK_COLUMNS, rows));
      expect(committed.results).toEqual({ created: 2_500, updated: 0, unchanged: 0, skipped: 0, merged: 0 });
      expect(await count('SELECT last_value::int AS n FROM import_fault_seq', [])).toBe(2);
      expect(await taggedPartners(tag)).toBe(2_500);
      expect(await count('SELECT count(DISTINCT name)::int AS n FROM partners WHERE tags @> ARRAY[$1]::text[]', [tag])).toBe(2_500);
      expect(await auditEntriesOf(committed.id)).toBe(2_500);
    } finally {
      await app.dataSource.query('DROP TRIGGER import_fault ON partners');
      await app.dataSource.query('DROP FUNCTION import_fault()');
      await app.dataSource.query('DROP SEQUENCE import_fault_seq');
    }
  });

  it('a commit job running three times at once still writes every row exactly once', async () => {
    const tag = unique();
    const uploaded = await upload(partnerCsv(BULK_COLUMNS, bulkPartnerRows(1_500, tag)));
    const validated = await waitFor(uploaded.id, 'validated');
    await commit(validated);
    const runner = (app.worker as NonNullable<TestApp['worker']>).get(PartnerImportCommit);
    await Promise.all([runner.run(uploaded.id), runner.run(uploaded.id)]);
    const committed = await waitFor(uploaded.id, 'committed');
    expect(committed.results).toEqual({ created: 1_500, updated: 0, unchanged: 0, skipped: 0, merged: 0 });
    expect(await taggedPartners(tag)).toBe(1_500);
    expect(await auditEntriesOf(uploaded.id)).toBe(1_500);
  });

  it('two imports of one file without external refs, committed at once, create each partner once', async () => {
    const tag = unique();
    const text = partnerCsv(BULK_COLUMNS, bulkPartnerRows(600, tag, null));
    const [first, second] = await Promise.all([upload(text), upload(text)]);
    const validated = await Promise.all([waitFor(first.id, 'validated'), waitFor(second.id, 'validated')]);
    await Promise.all(validated.map((v) => commit(v)));
    const committed = await Promise.all([waitFor(first.id, 'committed'), waitFor(second.id, 'committed')]);
    expect(committed[0].results.created + committed[1].results.created).toBe(600);
    expect(committed[0].results.unchanged + committed[1].results.unchanged).toBe(600);
    expect(await taggedPartners(tag)).toBe(600);
  });

  it('an exported CSV imports back unchanged, with and without external refs', async () => {
    const tag = unique();
    const create = async (overrides: Record<string, unknown>) =>
      (await as(officer).post('/api/v1/partners', partnerBody({ tags: [tag, 'round trip'], ...overrides })).expect(201)).body;
    const partners = [
      await create({
        name: `@Home ${tag}`,
        legalName: '=Legal & Co',
        description: '=HYPERLINK("http://evil.example","click")\nsecond line',
        postcode: 'l3 5tq',
        companyNumber: 'sc 012345',
        priorityAreas: ['housing', 'culture'],
        themes: ['place-and-community'],
        lists: ['pact-partners', 'strategy-partners'],
        ownerId: officerId,
        dialogueCadenceDays: 60,
        status: 'active',
        externalRef: `${tag}-x1`,
      }),
      await create({ name: `Smith, Jones & "Partners" ${tag}\nLtd`, charityNumber: '1234-567' }),
      await create({ name: `-${tag} Minimal`, website: null }),
    ];
    const exported = await as(officer).get(`/api/v1/partners/export.csv?tag=${tag}`).expect(200);
    const { validated, committed } = await importFile(exported.text);
    expect(validated.outcomes).toMatchObject({ unchanged: 3, create: 0, update: 0, duplicate: 0, error: 0 });
    expect((await rowsOf(validated.id)).map((r) => r.partnerId).sort()).toEqual(partners.map((p) => p.id).sort());
    expect(committed.results).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 0, merged: 0 });
    for (const partner of partners) {
      expect((await as(officer).get(`/api/v1/partners/${partner.id}`).expect(200)).body).toEqual(partner);
    }
  });

  it('lists imports newest first and pages the row report with a cursor', async () => {
    const tag = unique();
    const rows = Array.from({ length: 5 }, (_, i) => ({ name: `${tag} Row ${i}`, kind: 'charity', area: 'halton' }));
    const uploaded = await upload(partnerCsv(['name', 'kind', 'area'], rows));
    await waitFor(uploaded.id, 'validated');
    const first = (await as(officer).get(`/api/v1/partner-imports/${uploaded.id}/rows?limit=2`).expect(200)).body;
    expect(first.items.map((r: RowView) => r.rowNumber)).toEqual([2, 3]);
    const second = (await as(officer).get(`/api/v1/partner-imports/${uploaded.id}/rows?limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items.map((r: RowView) => r.rowNumber)).toEqual([4, 5]);
    expect(second.items[0].cells).toEqual({ name: `${tag} Row 2`, kind: 'charity', area: 'halton' });
    const list = (await as(officer).get('/api/v1/partner-imports?limit=1').expect(200)).body;
    expect(list.items[0]).toMatchObject({ id: uploaded.id, status: 'validated', totalRows: 5, createdBy: officerId });
    const next = (await as(officer).get(`/api/v1/partner-imports?limit=1&cursor=${list.nextCursor}`).expect(200)).body;
    expect(next.items[0].id).not.toBe(uploaded.id);
    expect((await as(officer).get('/api/v1/partner-imports?cursor=nonsense').expect(400)).body.code).toBe('REQUEST.INVALID_CURSOR');
  });
});
