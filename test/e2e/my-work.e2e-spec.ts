import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agreementBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const daysFromNow = (n: number): string => new Date(Date.now() + n * DAY).toISOString();
const dateIn = (n: number): string => daysFromNow(n).slice(0, 10);

/** GET /api/v1/me/work and /api/v1/team/work over records made through the API, as staff would make them. */
describe('my work and the team\'s', () => {
  let app: TestApp;
  let officer: string;
  let officerId: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, admin, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin'), app.tokenFor('viewer')]);
    officerId = (await as(officer).get('/api/v1/auth/me').expect(200)).body.id as string;
  });
  afterAll(() => app.close());

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('authorization', `Bearer ${token}`).send(body),
  });
  /** A partner of mine last met `daysAgo` days ago on a 30-day cadence (due 30 − daysAgo days from now). */
  const partnerMet = async (name: string, daysAgo: number, actions: object[] = []): Promise<string> => {
    const partner = (await as(officer).post('/api/v1/partners', partnerBody({ name, ownerId: officerId, dialogueCadenceDays: 30 })).expect(201)).body;
    await as(officer)
      .post('/api/v1/meetings', { occurredAt: daysFromNow(-daysAgo), kind: 'meeting', title: `Catch-up with ${name}`, partnerIds: [partner.id], actions })
      .expect(201);
    return partner.id as string;
  };

  it('lists my overdue partners most overdue first with days overdue, then those due soon, with counts', async () => {
    const before = (await as(officer).get('/api/v1/me/work').expect(200)).body;
    expect(before.dialogue).toEqual({ overdue: [], dueSoon: [], overdueCount: 0, dueSoonCount: 0 });

    const lately = await partnerMet('Lately Overdue Trust', 40);
    const long = await partnerMet('Long Overdue Society', 100);
    const soon = await partnerMet('Soon Due Club', 25);
    await partnerMet('Far Off Guild', 1);
    const work = (await as(officer).get('/api/v1/me/work').expect(200)).body;
    expect(work.dialogue.overdue.map((i: { partnerId: string; overdueDays: number }) => [i.partnerId, i.overdueDays])).toEqual([
      [long, 70],
      [lately, 10],
    ]);
    expect(work.dialogue.dueSoon).toEqual([expect.objectContaining({ partnerId: soon, partnerName: 'Soon Due Club', overdueDays: -5 })]);
    expect([work.dialogue.overdueCount, work.dialogue.dueSoonCount, work.dueWithinDays]).toEqual([2, 1, 14]);
    // Someone else's partners are not mine.
    expect((await as(admin).get('/api/v1/me/work').expect(200)).body.dialogue.overdueCount).toBe(0);
  });

  it('lists my open actions overdue first with their meeting and partners; closed ones leave', async () => {
    const partnerId = await partnerMet('Action Partners CIC', 3, [
      { description: 'Send the draft plan', ownerId: officerId, dueDate: dateIn(5) },
      { description: 'Book the room', ownerId: officerId, dueDate: dateIn(-4) },
      { description: 'Think about it', ownerId: officerId },
      { description: 'Not mine', dueDate: dateIn(-9) },
    ]);
    const work = (await as(officer).get('/api/v1/me/work').expect(200)).body;
    expect(work.actions.items.map((a: { description: string; overdueDays: number }) => [a.description, a.overdueDays])).toEqual([
      ['Book the room', 4],
      ['Send the draft plan', 0],
      ['Think about it', 0],
    ]);
    expect(work.actions.items[0]).toMatchObject({ meetingTitle: 'Catch-up with Action Partners CIC', partners: [{ id: partnerId, name: 'Action Partners CIC' }] });
    expect([work.actions.openCount, work.actions.overdueCount]).toEqual([3, 1]);

    await app.http().patch(`/api/v1/actions/${work.actions.items[0].id}`).set('authorization', `Bearer ${officer}`).send({ status: 'done' }).expect(200);
    const after = (await as(officer).get('/api/v1/me/work').expect(200)).body;
    expect([after.actions.openCount, after.actions.overdueCount]).toEqual([2, 0]);
  });

  it('lists my agreements in force with a review or renewal notice within 30 days, soonest first', async () => {
    const partner = (await as(officer).post('/api/v1/partners', partnerBody()).expect(201)).body;
    const make = async (overrides: object) =>
      (await as(officer).post('/api/v1/agreements', agreementBody([partner.id], { ownerId: officerId, status: 'active', ...overrides })).expect(201)).body.id as string;
    const review = await make({ reviewDate: dateIn(20) });
    const notice = await make({ startDate: dateIn(-300), endDate: dateIn(70), renewalNoticeDays: 60 });
    await make({ reviewDate: dateIn(45) });
    await make({ reviewDate: dateIn(3), status: 'draft' });
    const work = (await as(officer).get('/api/v1/me/work').expect(200)).body;
    expect(work.agreements.map((a: { id: string; reason: string; date: string }) => [a.id, a.reason, a.date])).toEqual([
      [notice, 'renewal-notice', dateIn(10)],
      [review, 'review', dateIn(20)],
    ]);
    expect(work.agreements[0].parties).toEqual([{ id: partner.id, name: partner.name }]);
  });

  it('tells admins how many signatures wait for review, and no one else', async () => {
    expect((await as(officer).get('/api/v1/me/work').expect(200)).body.signaturesAwaitingReview).toBeNull();
    expect((await as(viewer).get('/api/v1/me/work').expect(200)).body.signaturesAwaitingReview).toBeNull();
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM signatures WHERE status = 'verified'`);
    expect((await as(admin).get('/api/v1/me/work').expect(200)).body.signaturesAwaitingReview).toBe(n);
  });

  it('gives the lead everyone\'s overdue counts, one row per owner', async () => {
    const team = (await as(admin).get('/api/v1/team/work').expect(200)).body;
    const mine = team.owners.find((o: { ownerId: string | null }) => o.ownerId === officerId);
    expect(mine).toMatchObject({ overdueDialogue: 2, overdueActions: 0, openActions: 2 });
    expect(mine.dueSoonDialogue).toBeGreaterThanOrEqual(1);
    expect(team.owners.filter((o: { ownerId: string | null }) => o.ownerId === null).length).toBeLessThanOrEqual(1);
    await as(officer).get('/api/v1/team/work').expect(403);
  });

  it('lists the active staff by name for owner pickers, to every role', async () => {
    const members = (await as(viewer).get('/api/v1/team/members').expect(200)).body as { id: string; displayName: string }[];
    expect(members.some((m) => m.id === officerId)).toBe(true);
    expect(Object.keys(members[0]).sort()).toEqual(['displayName', 'id']);
  });
});
