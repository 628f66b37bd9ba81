import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { agreementBody, contactBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const at = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

describe('partner timeline and staff calendar feed', () => {
  let app: TestApp;
  let officer: string;
  let officerId: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.tokenFor('officer');
    officerId = (await app.http().get('/api/v1/auth/me').set(auth(officer)).expect(200)).body.id;
  });
  afterAll(() => app.close());

  const meeting = async (partnerIds: string[], occurredAt: string, extra: Record<string, unknown> = {}) =>
    (
      await app
        .http()
        .post('/api/v1/meetings')
        .set(auth(officer))
        .send({ occurredAt, kind: 'visit', title: 'Site visit', partnerIds, ...extra })
        .expect(201)
    ).body;

  it('shows meetings, actions, contacts and record changes in one feed, newest first, page by page, in words with who did them', async () => {
    const partner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    const other = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ name: 'Other Place Trust' })).expect(201)).body;
    await app.http().patch(`/api/v1/partners/${partner.id}`).set(auth(officer)).set('if-match', '"1"').send({ status: 'active' }).expect(200);
    await meeting([partner.id, other.id], at(-10), { staffIds: [officerId], actions: [{ description: 'Send report', ownerId: officerId, dueDate: '2031-01-01' }] });
    await meeting([partner.id], at(-5), { kind: 'call', title: 'Follow-up call' });
    const addContact = async (fullName: string) =>
      (await app.http().post(`/api/v1/partners/${partner.id}/contacts`).set(auth(officer)).send(contactBody({ fullName, isPrimary: true })).expect(201)).body;
    const dana = await addContact('Dana Director');
    await addContact('Sam Secretary');
    await app.http().post(`/api/v1/contacts/${dana.id}/move`).set(auth(officer)).set('if-match', '"2"').send({ partnerId: other.id, reason: 'new job' }).expect(200);
    const agreement = (await app.http().post('/api/v1/agreements').set(auth(officer)).send(agreementBody([partner.id], { title: 'Youth MoU' })).expect(201)).body;
    await app.http().post(`/api/v1/agreements/${agreement.id}/status`).set(auth(officer)).set('if-match', '"1"').send({ to: 'active' }).expect(200);
    await app.http().post(`/api/v1/agreements/${agreement.id}/documents`).query({ fileName: 'signed-mou.pdf' }).set(auth(officer))
      .set('content-type', 'application/pdf').send(Buffer.from('%PDF-1.4\n%test\n')).expect(201);
    const all: { type: string; at: string; id: string; subjectId: string; summary: string; detail: string | null; actor: { id: string; name: string } | null }[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/partners/${partner.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await app.http().get(url).set(auth(officer)).expect(200)).body as { items: typeof all; nextCursor: string | null };
      all.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(all.map((i) => i.type).sort()).toEqual([
      'action', 'agreement', 'agreement-change', 'agreement-change', 'change', 'change', 'contact', 'contact', 'contact', 'contact', 'meeting', 'meeting',
    ]);
    const times = all.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(all.map((i) => JSON.stringify(i))).size).toBe(all.length);
    // Every entry made by staff names them.
    const actor = { id: officerId, name: 'Test officer' };
    for (const item of all) expect({ type: item.type, actor: item.actor }).toEqual({ type: item.type, actor });
    const summaries = all.map((i) => i.summary);
    expect(summaries).toEqual(expect.arrayContaining([
      'Created the partner record.',
      'Changed the status from Prospect to Active.',
      'Logged a visit: “Site visit”.',
      'Logged a call: “Follow-up call”.',
      'Agreed the action “Send report”.',
      'Added Dana Director as the primary contact.',
      'Added Sam Secretary as the primary contact.',
      'Dana Director is no longer the primary contact.',
      'Dana Director moved to Other Place Trust.',
      'Added the agreement “Youth MoU”.',
      'Changed the agreement “Youth MoU” from Draft to Active.',
      'Added the document “signed-mou.pdf” to the agreement “Youth MoU”.',
    ]));
    const detailOf = (summary: string) => all.find((i) => i.summary === summary)?.detail;
    expect(detailOf('Logged a visit: “Site visit”.')).toBe('Staff: Test officer. Also with Other Place Trust.');
    expect(detailOf('Agreed the action “Send report”.')).toBe('From the meeting “Site visit”; owner Test officer, due 1 Jan 2031.');
    expect(detailOf('Dana Director moved to Other Place Trust.')).toBe('Reason: new job');
    expect(detailOf('Added the agreement “Youth MoU”.')).toBe('Status now: Active.');
    expect(all.find((i) => i.type === 'agreement')).toMatchObject({ id: agreement.id, subjectId: agreement.id });
    expect(all.filter((i) => i.type === 'contact').map((i) => i.subjectId)).toContain(dana.id);

    // The move shows on the other partner's timeline too, from its side.
    const theirs = (await app.http().get(`/api/v1/partners/${other.id}/timeline?type=contact`).set(auth(officer)).expect(200)).body.items;
    expect(theirs.map((i: { summary: string }) => i.summary)).toEqual([`Dana Director joined from ${partner.name}.`]);
  });

  it('filters the feed by type, page by page, and refuses an unknown type', async () => {
    const partner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    await app.http().patch(`/api/v1/partners/${partner.id}`).set(auth(officer)).set('if-match', '"1"').send({ status: 'active' }).expect(200);
    const meetings = [await meeting([partner.id], at(-3)), await meeting([partner.id], at(-2)), await meeting([partner.id], at(-1))];
    const seen: { type: string; id: string }[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/partners/${partner.id}/timeline?type=meeting&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await app.http().get(url).set(auth(officer)).expect(200)).body as { items: typeof seen; nextCursor: string | null };
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.map((i) => i.type)).toEqual(['meeting', 'meeting', 'meeting']);
    expect(seen.map((i) => i.id)).toEqual(meetings.map((m: { id: string }) => m.id).reverse());
    const changes = (await app.http().get(`/api/v1/partners/${partner.id}/timeline?type=change`).set(auth(officer)).expect(200)).body.items;
    expect(changes.map((i: { type: string }) => i.type)).toEqual(['change', 'change']);
    expect(changes.map((i: { summary: string }) => i.summary)).toEqual(['Changed the status from Prospect to Active.', 'Created the partner record.']);
    const refused = await app.http().get(`/api/v1/partners/${partner.id}/timeline?type=gossip`).set(auth(officer)).expect(400);
    expect(refused.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const forged = Buffer.from(JSON.stringify({ s: 'timeline', v: ['yesterday', 'meeting', partner.id] })).toString('base64url');
    const badCursor = await app.http().get(`/api/v1/partners/${partner.id}/timeline?cursor=${forged}`).set(auth(officer)).expect(400);
    expect(badCursor.body.code).toBe('REQUEST.INVALID_CURSOR');
  });

  it('publishes a per-user iCalendar feed that a real parser reads, and revoking it stops it', async () => {
    const partner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ name: 'Speke, Garston; & Co' })).expect(201)).body;
    const upcoming = await meeting([partner.id], at(3), {
      staffIds: [officerId],
      title: 'Planning; budget, and "next steps"',
      actions: [{ description: 'Book the hall', ownerId: officerId, dueDate: '2031-02-03' }],
    });
    await meeting([partner.id], at(-30), { staffIds: [officerId], title: 'Long past' });
    const owned = (overrides: Record<string, unknown>) => agreementBody([partner.id], { ownerId: officerId, status: 'active', ...overrides });
    const inForce = (await app.http().post('/api/v1/agreements').set(auth(officer)).send(owned({ title: 'Youth MoU', reviewDate: '2031-03-01', endDate: '2032-06-30', renewalNoticeDays: 90 })).expect(201)).body;
    await app.http().post('/api/v1/agreements').set(auth(officer)).send(owned({ title: 'Draft MoU', status: 'draft', reviewDate: '2031-03-02' })).expect(201);
    const { url } = (await app.http().post('/api/v1/calendar/feed').set(auth(officer)).expect(201)).body;
    const path = new URL(url).pathname;
    const res = await app.http().get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.text).toContain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain('Planning; budget, and "next steps" (Speke, Garston; & Co)');
    expect(summaries).toContain('Action due: Book the hall');
    expect(summaries).not.toContain(expect.stringContaining('Long past'));
    const planned = events.find((e) => e.uid === `meeting-${upcoming.id}@partnership-crm`);
    expect(planned?.startDate.toJSDate().toISOString()).toBe(new Date(Math.floor(Date.parse(upcoming.occurredAt) / 1000) * 1000).toISOString());
    const action = events.find((e) => e.summary === 'Action due: Book the hall');
    expect(action?.startDate.isDate).toBe(true);
    expect(action?.startDate.toString()).toBe('2031-02-03');

    const review = events.find((e) => e.uid === `agreement-review-${inForce.id}@partnership-crm`);
    expect(review?.summary).toBe('Agreement review: Youth MoU');
    expect(review?.startDate.toString()).toBe('2031-03-01');
    const notice = events.find((e) => e.uid === `agreement-renewal-${inForce.id}@partnership-crm`);
    expect(notice?.summary).toBe('Renewal notice due: Youth MoU');
    expect(notice?.startDate.toString()).toBe('2032-04-01');
    expect(summaries).not.toContain(expect.stringContaining('Draft MoU'));

    // Every event links to a page of the staff app, which a browser can open (the JSON API would answer 401).
    const base = new URL(url).origin;
    expect(planned?.component.getFirstPropertyValue('url')).toBe(`${base}/app/partners/${partner.id}`);
    expect(action?.component.getFirstPropertyValue('url')).toBe(`${base}/app/actions`);
    expect(review?.component.getFirstPropertyValue('url')).toBe(`${base}/app/agreements/${inForce.id}`);
    for (const event of events) {
      const link = new URL(String(event.component.getFirstPropertyValue('url')));
      expect(link.origin).toBe(base);
      const page = await app.http().get(link.pathname).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
    }

    const rotated = (await app.http().post('/api/v1/calendar/feed').set(auth(officer)).expect(201)).body.url;
    await app.http().get(path).expect(404);
    await app.http().get(new URL(rotated).pathname).expect(200);
    await app.http().delete('/api/v1/calendar/feed').set(auth(officer)).expect(204);
    const gone = await app.http().get(new URL(rotated).pathname).expect(404);
    expect(gone.body.code).toBe('CALENDAR.FEED_NOT_FOUND');
  });
});
