import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { UsersService } from '../../src/users/users.service.js';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ListedAction {
  id: string;
  description: string;
  status: string;
  dueDate: string | null;
  overdue: boolean;
  owner: { id: string; name: string } | null;
  meeting: { id: string; title: string; occurredAt: string };
  partners: { id: string; name: string }[];
}
interface ActionPage {
  items: ListedAction[];
  nextCursor: string | null;
}

describe('the follow-up actions list', () => {
  let app: TestApp;
  let officer: string;
  let officerId: string;
  let colleagueId: string;
  let partners: { id: string; name: string }[];
  let meeting: { id: string; title: string; occurredAt: string; actions: { id: string; description: string }[] };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const me = async (token: string): Promise<string> => (await app.http().get('/api/v1/auth/me').set(auth(token)).expect(200)).body.id;
  const list = async (query: string): Promise<ActionPage> => (await app.http().get(`/api/v1/actions?${query}`).set(auth(officer)).expect(200)).body;
  /** Every page of a query, following nextCursor. */
  const all = async (query: string, limit = 2): Promise<ListedAction[]> => {
    const items: ListedAction[] = [];
    let cursor: string | null = null;
    do {
      const page: ActionPage = await list(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const descriptions = (items: ListedAction[]) => items.map((a) => a.description);

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.tokenFor('officer');
    officerId = await me(officer);
    const colleague = { email: `colm-${randomUUID()}@staff.test`, displayName: 'Colm Colleague', role: 'officer' as const, password: 'a-long-test-password' };
    colleagueId = (await app.api.get(UsersService).create(colleague, { notify: false })).id;
    const unique = Date.now().toString(36);
    partners = [];
    for (const name of [`Zebra Crossing ${unique}`, `Aardvark Trust ${unique}`]) {
      partners.push((await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ name })).expect(201)).body);
    }
    meeting = (
      await app
        .http()
        .post('/api/v1/meetings')
        .set(auth(officer))
        .send({
          occurredAt: '2026-06-02T10:00:00Z',
          kind: 'meeting',
          title: 'Quarterly catch-up',
          partnerIds: partners.map((p) => p.id),
          actions: [
            { description: 'Later, mine', ownerId: officerId, dueDate: '2031-05-01' },
            { description: 'Undated, mine', ownerId: officerId },
            { description: 'Overdue, mine', ownerId: officerId, dueDate: '2020-01-02' },
            { description: 'Long overdue, colleague', ownerId: colleagueId, dueDate: '2019-03-04' },
            { description: 'Sooner, unassigned', dueDate: '2030-01-01' },
            { description: 'Same day, mine', ownerId: officerId, dueDate: '2031-05-01' },
          ],
        })
        .expect(201)
    ).body;
  });
  afterAll(() => app.close());

  it('pages through every action, overdue first then by due date (undated last), naming owner, meeting and partners', async () => {
    const items = await all(`partner=${partners[0].id}`);
    expect(descriptions(items.slice(0, 2))).toEqual(['Long overdue, colleague', 'Overdue, mine']);
    expect(descriptions(items.slice(2, 3))).toEqual(['Sooner, unassigned']);
    expect(descriptions(items.slice(3, 5)).sort()).toEqual(['Later, mine', 'Same day, mine']);
    expect(descriptions(items.slice(5))).toEqual(['Undated, mine']);
    expect(new Set(items.map((a) => a.id)).size).toBe(6);
    expect(items.map((a) => a.overdue)).toEqual([true, true, false, false, false, false]);
    // Same due date: ordered by id, so a page boundary between them never repeats or skips one.
    const sameDay = items.slice(3, 5).map((a) => a.id);
    expect(sameDay).toEqual([...sameDay].sort());

    const first = items[0];
    expect(first.owner).toEqual({ id: colleagueId, name: 'Colm Colleague' });
    expect(first.meeting).toEqual({ id: meeting.id, title: 'Quarterly catch-up', occurredAt: meeting.occurredAt });
    // Partners by name.
    expect(first.partners).toEqual([partners[1], partners[0]].map((p) => ({ id: p.id, name: p.name })));
    expect(items.find((a) => a.description === 'Sooner, unassigned')?.owner).toBeNull();
    // The same list in one page is the same order.
    expect((await list(`partner=${partners[0].id}&limit=100`)).items.map((a) => a.id)).toEqual(items.map((a) => a.id));
  });

  it('filters by owner (me, anyone, a user, none), state and overdue', async () => {
    const p = `partner=${partners[1].id}`;
    expect(descriptions(await all(`${p}&owner=me`))).toEqual(['Overdue, mine', expect.any(String), expect.any(String), 'Undated, mine']);
    expect(await all(`${p}&owner=anyone`)).toHaveLength(6);
    expect(descriptions(await all(`${p}&owner=${colleagueId}`))).toEqual(['Long overdue, colleague']);
    expect(descriptions(await all(`${p}&owner=none`))).toEqual(['Sooner, unassigned']);
    expect(descriptions(await all(`${p}&overdue=true`))).toEqual(['Long overdue, colleague', 'Overdue, mine']);
    expect(await all(`${p}&overdue=false`)).toHaveLength(4);

    const overdueMine = meeting.actions.find((a) => a.description === 'Overdue, mine');
    await app.http().patch(`/api/v1/actions/${overdueMine?.id}`).set(auth(officer)).send({ status: 'done' }).expect(200);
    expect(descriptions(await all(`${p}&overdue=true`))).toEqual(['Long overdue, colleague']);
    const done = await all(`${p}&status=done`);
    expect(done).toEqual([expect.objectContaining({ description: 'Overdue, mine', status: 'done', overdue: false })]);
    expect(await all(`${p}&status=open`)).toHaveLength(5);
    // A done action is no longer overdue, so it sorts among the others by its due date.
    expect(descriptions(await all(p)).slice(0, 3)).toEqual(['Long overdue, colleague', 'Overdue, mine', 'Sooner, unassigned']);
  });

  it('refuses bad filters and forged cursors with a stable code, never a 500', async () => {
    for (const query of ['owner=someone', 'owner=------------------------------------', 'status=closed', 'overdue=yes', 'limit=0', 'limit=101', 'dueBefore=2026-13-01']) {
      const res = await app.http().get(`/api/v1/actions?${query}`).set(auth(officer));
      expect({ query, status: res.status, code: res.body.code }).toEqual({ query, status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    }
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify({ s: 'actions', v: values })).toString('base64url');
    for (const cursor of ['nonsense', forged([0, 'not-a-date', meeting.id]), forged([7, '2030-01-01', meeting.id]), forged([1, '2030-01-01', 'x'])]) {
      const res = await app.http().get(`/api/v1/actions?cursor=${cursor}`).set(auth(officer));
      expect({ cursor, status: res.status, code: res.body.code }).toEqual({ cursor, status: 400, code: 'REQUEST.INVALID_CURSOR' });
    }
  });
});
