import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { BULK_MAX_PARTNERS } from '../../src/partners/dto/partner-bulk.dto.js';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The partner list's match count, saved views and bulk changes, through HTTP into PostgreSQL. */
describe('partner list: count, saved views and bulk changes', () => {
  let app: TestApp;
  let officer: string;
  let colleague: string;
  let viewer: string;
  let officerId: string;
  let colleagueId: string;
  const tag = `batch-${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, colleague, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('officer'), app.tokenFor('viewer')]);
    officerId = (await as(officer).get('/api/v1/auth/me').expect(200)).body.id as string;
    colleagueId = (await as(colleague).get('/api/v1/auth/me').expect(200)).body.id as string;
  });
  afterAll(() => app.close());

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => app.http().patch(url).set('authorization', `Bearer ${token}`).send(body),
    delete: (url: string) => app.http().delete(url).set('authorization', `Bearer ${token}`),
  });
  /** The saved views `token` sees that this file's officer or colleague made (other files share the database). */
  const views = async (token: string) =>
    ((await as(token).get('/api/v1/saved-views').expect(200)).body as { name: string; owner: { id: string } }[]).filter((v) => [officerId, colleagueId].includes(v.owner.id));
  const create = async (overrides: Record<string, unknown> = {}) =>
    (await as(officer).post('/api/v1/partners', partnerBody({ tags: [tag], ...overrides })).expect(201)).body as { id: string; name: string; version: number };
  const read = async (id: string) => (await as(officer).get(`/api/v1/partners/${id}`).expect(200)).body;
  const audit = async (id: string) => (await as(officer).get(`/api/v1/partners/${id}/audit`).expect(200)).body as { action: string; changes: Record<string, unknown> }[];

  describe('count', () => {
    it('counts what the list filters match, whatever the page', async () => {
      await Promise.all([create({ area: 'wirral' }), create({ area: 'wirral' }), create({ area: 'sefton' })]);
      expect((await as(viewer).get(`/api/v1/partners/count?tag=${tag}`).expect(200)).body).toEqual({ count: 3 });
      expect((await as(viewer).get(`/api/v1/partners/count?tag=${tag}&area=wirral`).expect(200)).body).toEqual({ count: 2 });
      expect((await as(viewer).get(`/api/v1/partners/count?tag=${tag}&area=no-such-area`).expect(200)).body).toEqual({ count: 0 });
      const page = (await as(viewer).get(`/api/v1/partners?tag=${tag}&limit=2`).expect(200)).body;
      expect(page.items).toHaveLength(2);
    });

    it('refuses what the list refuses (400), including paging', async () => {
      const res = await as(viewer).get('/api/v1/partners/count?status=sleeping').expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      await as(viewer).get('/api/v1/partners/count?limit=5').expect(400);
    });
  });

  describe('saved views', () => {
    const body = { name: 'Wirral charities', filters: { area: 'wirral', kind: 'charity', owner: 'me' }, sort: '-updatedAt', columns: ['name', 'owner', 'tags'] };

    it('saves my view with its filters, sort and columns, and lists it as mine', async () => {
      const saved = (await as(officer).post('/api/v1/saved-views', body).expect(201)).body;
      expect(saved).toMatchObject({ ...body, shared: false, mine: true, owner: { id: officerId } });
      const mine = await views(officer);
      expect(mine.map((v: { name: string }) => v.name)).toEqual(['Wirral charities']);
      // Private views are not offered to colleagues.
      expect(await views(colleague)).toEqual([]);
    });

    it('shares a view with the team; only its owner changes or deletes it', async () => {
      const saved = (await as(officer).post('/api/v1/saved-views', { name: 'Team overdue', filters: { overdue: 'true' }, columns: ['name'], shared: true }).expect(201)).body;
      const seen = await views(colleague);
      expect(seen).toEqual([expect.objectContaining({ id: saved.id, mine: false, sort: 'name', filters: { overdue: 'true' } })]);
      expect((await as(colleague).patch(`/api/v1/saved-views/${saved.id}`, { name: 'Mine now' }).expect(403)).body.code).toBe('SAVED_VIEW.NOT_OWNER');
      expect((await as(colleague).delete(`/api/v1/saved-views/${saved.id}`).expect(403)).body.code).toBe('SAVED_VIEW.NOT_OWNER');
      const renamed = (await as(officer).patch(`/api/v1/saved-views/${saved.id}`, { name: 'Overdue (team)', shared: false }).expect(200)).body;
      expect(renamed).toMatchObject({ name: 'Overdue (team)', shared: false, filters: { overdue: 'true' } });
      expect((await as(colleague).patch(`/api/v1/saved-views/${saved.id}`, { name: 'x' }).expect(404)).body.code).toBe('SAVED_VIEW.NOT_FOUND');
      await as(officer).delete(`/api/v1/saved-views/${saved.id}`).expect(204);
      await as(officer).delete(`/api/v1/saved-views/${saved.id}`).expect(404);
    });

    it('refuses a second view of the same name, unknown filters, columns and sorts', async () => {
      expect((await as(officer).post('/api/v1/saved-views', body).expect(409)).body.code).toBe('SAVED_VIEW.NAME_TAKEN');
      for (const bad of [
        { ...body, name: 'Bad filter', filters: { colour: 'red' } },
        { ...body, name: 'Bad status', filters: { status: 'sleeping' } },
        { ...body, name: 'Bad column', columns: ['name', 'password'] },
        { ...body, name: 'No columns', columns: [] },
        { ...body, name: 'Bad sort', sort: 'email' },
        { ...body, name: '   ' },
      ]) {
        const res = await as(officer).post('/api/v1/saved-views', bad).expect(400);
        expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
      expect(await views(officer)).toHaveLength(1);
    });

    it('lets a viewer keep views too', async () => {
      await as(viewer).post('/api/v1/saved-views', { name: 'Mine', columns: ['name'] }).expect(201);
    });
  });

  describe('bulk changes', () => {
    it('assigns an owner to 3 partners in one request, each audited, versions moved', async () => {
      const partners = await Promise.all([create(), create(), create({ ownerId: colleagueId })]);
      const ids = partners.map((p) => p.id);
      const res = await as(officer).post('/api/v1/partners/bulk/assign-owner', { partnerIds: ids, ownerId: colleagueId }).expect(200);
      expect(res.body).toEqual({ changed: ids.slice(0, 2), unchanged: [ids[2]] });
      for (const [i, p] of partners.entries()) {
        const now = await read(p.id);
        expect(now.owner).toMatchObject({ id: colleagueId });
        expect(now.version).toBe(i < 2 ? p.version + 1 : p.version);
      }
      const [latest] = await audit(ids[0]);
      expect(latest).toMatchObject({ action: 'updated', changes: { owner: { before: null, after: { id: colleagueId } } } });
      expect((await as(officer).get(`/api/v1/partners/count?tag=${tag}&owner=${colleagueId}`).expect(200)).body.count).toBeGreaterThanOrEqual(3);
      // And back to nobody.
      await as(officer).post('/api/v1/partners/bulk/assign-owner', { partnerIds: ids, ownerId: null }).expect(200);
      expect((await read(ids[2])).owner).toBeNull();
    });

    it('adds to and removes from a list, and adds a tag', async () => {
      const partners = await Promise.all([create(), create({ lists: ['strategy-partners'] })]);
      const ids = partners.map((p) => p.id);
      expect((await as(officer).post('/api/v1/partners/bulk/add-to-list', { partnerIds: ids, list: 'strategy-partners' }).expect(200)).body).toEqual({ changed: [ids[0]], unchanged: [ids[1]] });
      expect((await read(ids[0])).lists).toEqual(['strategy-partners']);
      expect((await audit(ids[0]))[0].changes).toEqual({ lists: { before: [], after: ['strategy-partners'] } });
      expect((await as(officer).post('/api/v1/partners/bulk/remove-from-list', { partnerIds: ids, list: 'strategy-partners' }).expect(200)).body.changed).toEqual(ids);
      expect((await read(ids[1])).lists).toEqual([]);
      expect((await as(officer).post('/api/v1/partners/bulk/add-tag', { partnerIds: ids, tag: 'Festival 2027' }).expect(200)).body.changed).toEqual(ids);
      expect((await read(ids[0])).tags).toEqual([tag, 'festival 2027']);
      expect((await as(officer).post('/api/v1/partners/bulk/add-tag', { partnerIds: ids, tag: 'festival 2027' }).expect(200)).body.unchanged).toEqual(ids);
    });

    it('changes nothing when any id is unknown or archived (4xx, no partial write)', async () => {
      const [a, b] = await Promise.all([create(), create()]);
      const unknown = randomUUID();
      const res = await as(officer).post('/api/v1/partners/bulk/add-tag', { partnerIds: [a.id, unknown], tag: 'never' }).expect(422);
      expect(res.body).toMatchObject({ code: 'PARTNER.BULK_UNKNOWN', ids: [unknown] });
      await as(officer).post(`/api/v1/partners/${b.id}/archive`, { reason: 'closed' }).expect(200);
      const archived = await as(officer).post('/api/v1/partners/bulk/assign-owner', { partnerIds: [a.id, b.id], ownerId: officerId }).expect(409);
      expect(archived.body).toMatchObject({ code: 'PARTNER.ARCHIVED', ids: [b.id] });
      const now = await read(a.id);
      expect({ tags: now.tags, owner: now.owner, version: now.version }).toEqual({ tags: [tag], owner: null, version: a.version });
    });

    it('refuses an unknown owner or list, too many ids, and viewers', async () => {
      const p = await create();
      expect((await as(officer).post('/api/v1/partners/bulk/assign-owner', { partnerIds: [p.id], ownerId: randomUUID() }).expect(422)).body.code).toBe('PARTNER.UNKNOWN_OWNER');
      expect((await as(officer).post('/api/v1/partners/bulk/add-to-list', { partnerIds: [p.id], list: 'no-such-list' }).expect(422)).body.code).toBe('PARTNER.UNKNOWN_LIST');
      const many = Array.from({ length: BULK_MAX_PARTNERS + 1 }, () => randomUUID());
      expect((await as(officer).post('/api/v1/partners/bulk/add-tag', { partnerIds: many, tag: 'x' }).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
      for (const bad of [{ partnerIds: [], tag: 'x' }, { partnerIds: [p.id, p.id], tag: 'x' }, { partnerIds: ['nope'], tag: 'x' }, { partnerIds: [p.id], tag: '=cmd' }]) {
        expect((await as(officer).post('/api/v1/partners/bulk/add-tag', bad).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
      await as(officer).post('/api/v1/partners/bulk/assign-owner', { partnerIds: [p.id] }).expect(400);
      await as(viewer).post('/api/v1/partners/bulk/add-tag', { partnerIds: [p.id], tag: 'x' }).expect(403);
      expect((await read(p.id)).version).toBe(p.version);
    });

    it('two bulk tag requests over the same partners at once lose neither tag', async () => {
      const partners = await Promise.all([create(), create(), create()]);
      const ids = partners.map((p) => p.id);
      await Promise.all([
        as(officer).post('/api/v1/partners/bulk/add-tag', { partnerIds: ids, tag: 'left' }).expect(200),
        as(colleague).post('/api/v1/partners/bulk/add-tag', { partnerIds: [...ids].reverse(), tag: 'right' }).expect(200),
      ]);
      for (const id of ids) expect([...(await read(id)).tags].sort()).toEqual([tag, 'left', 'right'].sort());
    });
  });
});
