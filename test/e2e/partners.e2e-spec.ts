import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('partner records', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, admin, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin'), app.tokenFor('viewer')]);
  });
  afterAll(() => app.close());

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object, ifMatch?: string) => {
      const req = app.http().patch(url).set('authorization', `Bearer ${token}`);
      return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
    },
  });
  const create = async (overrides: Record<string, unknown> = {}) =>
    (await as(officer).post('/api/v1/partners', partnerBody(overrides)).expect(201)).body;

  it('an officer creates a partner with reference data, lists and public-listing consent', async () => {
    const res = await as(officer)
      .post(
        '/api/v1/partners',
        partnerBody({
          name: 'Everton in the Community',
          kind: 'charity',
          area: 'liverpool',
          priorityAreas: ['health-and-wellbeing', 'employment-and-skills'],
          themes: ['place-and-community'],
          tags: ['Sport', 'youth'],
          lists: ['strategy-partners'],
          postcode: 'l4 4el',
          companyNumber: '0123 4567',
          publicListing: { consent: true, fields: ['name', 'website'] },
        }),
      )
      .expect(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      name: 'Everton in the Community',
      kind: { code: 'charity', label: 'Charity' },
      area: { code: 'liverpool', label: 'Liverpool' },
      priorityAreas: [
        { code: 'employment-and-skills', label: 'Employment and skills' },
        { code: 'health-and-wellbeing', label: 'Health and wellbeing' },
      ],
      themes: [{ code: 'place-and-community', label: 'Place and Community' }],
      tags: ['sport', 'youth'],
      lists: ['strategy-partners'],
      postcode: 'L4 4EL',
      companyNumber: '01234567',
      status: 'prospect',
      publicListing: { consent: true, fields: ['name', 'website'] },
      version: 1,
    });
    expect(res.body.publicListing.consentAt).toEqual(expect.any(String));
    const fetched = await as(viewer).get(`/api/v1/partners/${res.body.id}`).expect(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers['cache-control']).toBe('no-store');
  });

  it('refuses unknown and retired reference codes with a clear code', async () => {
    const unknown = await as(officer).post('/api/v1/partners', partnerBody({ kind: 'spaceship' })).expect(422);
    expect(unknown.body).toMatchObject({ code: 'REFERENCE.UNKNOWN', field: 'kind', codes: ['spaceship'] });
    await as(admin).post('/api/v1/reference-data/theme', { code: 'old-theme', label: 'Old theme' }).expect(201);
    const holder = await create({ themes: ['old-theme'] });
    await as(admin).patch('/api/v1/reference-data/theme/old-theme', { retired: true }).expect(200);
    const retired = await as(officer).post('/api/v1/partners', partnerBody({ themes: ['old-theme'] })).expect(422);
    expect(retired.body.code).toBe('REFERENCE.RETIRED');
    // A record that already holds the retired value keeps it through an unrelated edit.
    const kept = await as(officer).patch(`/api/v1/partners/${holder.id}`, { name: `${holder.name} renamed` }, '"1"').expect(200);
    expect(kept.body.themes).toEqual([{ code: 'old-theme', label: 'Old theme' }]);
    const list = await as(viewer).get('/api/v1/reference-data/theme').expect(200);
    expect(list.body.map((e: { code: string }) => e.code)).not.toContain('old-theme');
  });

  it('a stale write gets 412 and never overwrites; a missing If-Match gets 428', async () => {
    const partner = await create();
    await as(officer).patch(`/api/v1/partners/${partner.id}`, { status: 'active' }, '"1"').expect(200);
    const stale = await as(admin).patch(`/api/v1/partners/${partner.id}`, { status: 'ended' }, '"1"').expect(412);
    expect(stale.body).toMatchObject({ code: 'PARTNER.VERSION_CONFLICT', currentVersion: 2 });
    const missing = await as(admin).patch(`/api/v1/partners/${partner.id}`, { status: 'ended' }).expect(428);
    expect(missing.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
    // If-Match compares strongly (RFC 9110): the current version, sent weak, does not match.
    const weak = await as(admin).patch(`/api/v1/partners/${partner.id}`, { status: 'ended' }, 'W/"2"').expect(412);
    expect(weak.body.code).toBe('REQUEST.WEAK_ETAG');
    const now = await as(viewer).get(`/api/v1/partners/${partner.id}`).expect(200);
    expect(now.body.status).toBe('active');
    expect(now.headers.etag).toBe('"2"');
  });

  it('changing only lists or themes still moves the version', async () => {
    const partner = await create();
    const res = await as(officer).patch(`/api/v1/partners/${partner.id}`, { lists: ['pact-partners'] }, '"1"').expect(200);
    expect(res.body.version).toBe(2);
    expect(res.body.lists).toEqual(['pact-partners']);
  });

  it('concurrent writes with the same version: exactly one wins', async () => {
    const partner = await create();
    const results = await Promise.all(
      ['active', 'paused', 'ended'].map((status) => as(officer).patch(`/api/v1/partners/${partner.id}`, { status }, '"1"')),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
  });

  it('flags a likely duplicate by name, website or registration number, unless confirmed', async () => {
    const original = await create({ name: 'Sefton Food Bank Ltd', companyNumber: 'SC123456', website: 'https://seftonfood.example.org' });
    const byName = await as(officer).post('/api/v1/partners', partnerBody({ name: 'sefton food-bank' })).expect(409);
    expect(byName.body.code).toBe('PARTNER.POSSIBLE_DUPLICATE');
    expect(byName.body.candidates).toEqual([{ id: original.id, name: 'Sefton Food Bank Ltd', matchedOn: ['name'] }]);
    const byWebsite = await as(officer).post('/api/v1/partners', partnerBody({ website: 'http://seftonfood.example.org/contact' })).expect(409);
    expect(byWebsite.body.candidates[0].matchedOn).toEqual(['website']);
    const byNumber = await as(officer).post('/api/v1/partners', partnerBody({ companyNumber: 'sc 123456' })).expect(409);
    expect(byNumber.body.candidates[0].matchedOn).toEqual(['companyNumber']);
    await as(officer).post('/api/v1/partners', partnerBody({ name: 'Sefton Food Bank', confirmNotDuplicate: true })).expect(201);
  });

  it('archives and restores, hiding archived partners from default lists', async () => {
    const partner = await create({ tags: ['archive-me'] });
    await as(officer).post(`/api/v1/partners/${partner.id}/archive`, { reason: 'closed down' }).expect(200);
    const hidden = await as(viewer).get('/api/v1/partners?tag=archive-me').expect(200);
    expect(hidden.body.items).toEqual([]);
    const archived = await as(viewer).get('/api/v1/partners?tag=archive-me&archived=only').expect(200);
    expect(archived.body.items.map((p: { id: string }) => p.id)).toEqual([partner.id]);
    await as(officer).patch(`/api/v1/partners/${partner.id}`, { status: 'active' }, '"2"').expect(409);
    await as(officer).post(`/api/v1/partners/${partner.id}/restore`).expect(200);
    const back = await as(viewer).get('/api/v1/partners?tag=archive-me').expect(200);
    expect(back.body.items).toHaveLength(1);
  });

  it('records every write in an append-only audit trail with before, after and why', async () => {
    const partner = await create({ status: 'prospect' });
    await as(officer).patch(`/api/v1/partners/${partner.id}`, { status: 'active', reason: 'first meeting held' }, '"1"').expect(200);
    const trail = await as(viewer).get(`/api/v1/partners/${partner.id}/audit`).expect(200);
    expect(trail.body.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    expect(trail.body[0]).toMatchObject({ changes: { status: { before: 'prospect', after: 'active' } }, reason: 'first meeting held' });
    const me = (await as(officer).get('/api/v1/auth/me').expect(200)).body as { id: string; displayName: string };
    expect(trail.body.map((e: { actorId: string; actorName: string }) => [e.actorId, e.actorName])).toEqual([[me.id, me.displayName], [me.id, me.displayName]]);
    await expect(app.dataSource.query('UPDATE audit_entries SET reason = $1 WHERE entity_id = $2', ['x', partner.id])).rejects.toThrow(
      'append-only',
    );
    await expect(app.dataSource.query('DELETE FROM audit_entries WHERE entity_id = $1', [partner.id])).rejects.toThrow('append-only');
  });

  describe('search and lists', () => {
    const tag = `search-${Date.now()}`;
    let ids: string[];

    beforeAll(async () => {
      const names = ['Alder Hey Trust', 'Birkenhead Arts', 'Crosby Rowing Club', 'Dingle Youth Hub', 'Everton Library'];
      ids = [];
      for (const [i, name] of names.entries()) {
        const p = await create({
          name,
          tags: [tag],
          area: i % 2 === 0 ? 'wirral' : 'sefton',
          themes: i < 2 ? ['people-and-skills'] : [],
          priorityAreas: i % 2 === 0 ? ['housing', 'health-and-wellbeing'] : ['housing'],
          lists: i === 0 ? ['pact-partners'] : [],
        });
        ids.push(p.id);
      }
    });

    it('pages through a filtered list with a cursor, sorted by name', async () => {
      const first = await as(viewer).get(`/api/v1/partners?tag=${tag}&limit=2`).expect(200);
      expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['Alder Hey Trust', 'Birkenhead Arts']);
      const second = await as(viewer).get(`/api/v1/partners?tag=${tag}&limit=2&cursor=${first.body.nextCursor}`).expect(200);
      expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(['Crosby Rowing Club', 'Dingle Youth Hub']);
      const third = await as(viewer).get(`/api/v1/partners?tag=${tag}&limit=2&cursor=${second.body.nextCursor}`).expect(200);
      expect(third.body.items.map((p: { name: string }) => p.name)).toEqual(['Everton Library']);
      expect(third.body.nextCursor).toBeNull();
    });

    it('sorts descending and by creation time', async () => {
      const res = await as(viewer).get(`/api/v1/partners?tag=${tag}&sort=-createdAt`).expect(200);
      expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([...ids].reverse());
      const desc = await as(viewer).get(`/api/v1/partners?tag=${tag}&sort=-name&limit=1`).expect(200);
      expect(desc.body.items[0].name).toBe('Everton Library');
    });

    it('filters by area, theme and name search', async () => {
      const wirral = await as(viewer).get(`/api/v1/partners?tag=${tag}&area=wirral`).expect(200);
      expect(wirral.body.items.map((p: { name: string }) => p.name)).toEqual(['Alder Hey Trust', 'Crosby Rowing Club', 'Everton Library']);
      const themed = await as(viewer).get(`/api/v1/partners?tag=${tag}&theme=people-and-skills`).expect(200);
      expect(themed.body.items).toHaveLength(2);
      const names = async (filters: string): Promise<string[]> =>
        (await as(viewer).get(`/api/v1/partners?tag=${tag}&${filters}`).expect(200)).body.items.map((p: { name: string }) => p.name);
      expect(await names('priorityArea=health-and-wellbeing&theme=people-and-skills')).toEqual(['Alder Hey Trust']);
      expect(await names('priorityArea=housing&theme=people-and-skills')).toEqual(['Alder Hey Trust', 'Birkenhead Arts']);
      expect(await names('list=pact-partners')).toEqual(['Alder Hey Trust']);
      // A code of another category, or none at all, matches nothing (and is no error).
      expect(await names('priorityArea=people-and-skills')).toEqual([]);
      expect(await names('list=no-such-list')).toEqual([]);
      const searched = await as(viewer).get(`/api/v1/partners?tag=${tag}&q=rowing`).expect(200);
      expect(searched.body.items.map((p: { name: string }) => p.name)).toEqual(['Crosby Rowing Club']);
      const literal = await as(viewer).get(`/api/v1/partners?tag=${tag}&q=${encodeURIComponent('%_')}`).expect(200);
      expect(literal.body.items).toEqual([]);
    });

    it('rejects unknown filters, unknown sorts, oversize limits and foreign cursors with 400', async () => {
      const unknownFilter = await as(viewer).get('/api/v1/partners?colour=red').expect(400);
      expect(unknownFilter.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const badSort = await as(viewer).get('/api/v1/partners?sort=password').expect(400);
      expect(badSort.body.errors[0].field).toBe('sort');
      await as(viewer).get('/api/v1/partners?limit=101').expect(400);
      const first = await as(viewer).get(`/api/v1/partners?tag=${tag}&limit=1`).expect(200);
      const foreign = await as(viewer).get(`/api/v1/partners?sort=-name&cursor=${first.body.nextCursor}`).expect(400);
      expect(foreign.body.code).toBe('REQUEST.INVALID_CURSOR');
    });
  });

  describe('merge', () => {
    it('an admin merges a duplicate: its contacts and links move, it is archived, and both audits say so', async () => {
      const survivor = await create({ name: 'Halton Carers Centre', themes: ['people-and-skills'], tags: ['carers'] });
      const duplicate = await create({
        name: 'Halton Carers Centre (old)',
        themes: ['knowledge-and-impact'],
        tags: ['support'],
        charityNumber: '1100000',
        lists: ['pact-partners'],
        externalRef: 'legacy-42',
      });
      await app.dataSource.query(
        `INSERT INTO contacts (partner_id, full_name, communication_preferences, version) VALUES ($1, 'Moving Person', '{}', 1)`,
        [duplicate.id],
      );
      await as(officer).post(`/api/v1/partners/${survivor.id}/merge`, { duplicateId: duplicate.id }).expect(403);
      const merged = await as(admin)
        .post(`/api/v1/partners/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: 'same charity' })
        .expect(200);
      expect(merged.body).toMatchObject({
        charityNumber: '1100000',
        lists: ['pact-partners'],
        tags: ['carers', 'support'],
        externalRef: 'legacy-42',
        version: 2,
      });
      expect(merged.body.themes.map((t: { code: string }) => t.code)).toEqual(['people-and-skills', 'knowledge-and-impact']);
      const contacts = await app.dataSource.query('SELECT partner_id FROM contacts WHERE full_name = $1', ['Moving Person']);
      expect(contacts).toEqual([{ partner_id: survivor.id }]);
      const old = await as(viewer).get(`/api/v1/partners/${duplicate.id}`).expect(200);
      expect(old.body).toMatchObject({ mergedIntoId: survivor.id, archivedAt: expect.any(String) });
      const trail = await as(viewer).get(`/api/v1/partners/${survivor.id}/audit`).expect(200);
      expect(trail.body[0]).toMatchObject({ action: 'merged', reason: 'same charity' });
      expect(trail.body[0].changes.mergedFrom.after).toMatchObject({ id: duplicate.id, moved: { contacts: 1, contact_affiliations: 0 } });
      const again = await as(admin).post(`/api/v1/partners/${survivor.id}/merge`, { duplicateId: duplicate.id }).expect(422);
      expect(again.body.code).toBe('PARTNER.CANNOT_MERGE');
    });
  });
});
