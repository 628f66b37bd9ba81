import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contactBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

describe('meeting logs and dialogue status', () => {
  let app: TestApp;
  let officer: string;
  let viewer: string;
  let officerId: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const newPartner = async (overrides: Record<string, unknown> = {}) =>
    (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody(overrides)).expect(201)).body as { id: string; name: string };
  const logMeeting = async (partnerIds: string[], occurredAt: string, extra: Record<string, unknown> = {}) =>
    (
      await app
        .http()
        .post('/api/v1/meetings')
        .set(auth(officer))
        .send({ occurredAt, kind: 'meeting', title: 'Catch-up', partnerIds, ...extra })
        .expect(201)
    ).body;
  const dialogue = async (partnerId: string) => (await app.http().get(`/api/v1/partners/${partnerId}/dialogue`).set(auth(viewer)).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('viewer')]);
    officerId = (await app.http().get('/api/v1/auth/me').set(auth(officer)).expect(200)).body.id;
  });
  afterAll(() => app.close());

  it('logs a meeting with attendees, topics, notes and actions', async () => {
    const partner = await newPartner();
    const contact = (await app.http().post(`/api/v1/partners/${partner.id}/contacts`).set(auth(officer)).send(contactBody()).expect(201)).body;
    const meeting = await logMeeting([partner.id], daysAgo(3), {
      staffIds: [officerId],
      contactIds: [contact.id],
      priorityAreas: ['housing'],
      themes: ['place-and-community'],
      notes: 'Discussed the housing pilot.',
      outcomes: 'Agreed to draft an MoU.',
      actions: [{ description: 'Draft the MoU', ownerId: officerId, dueDate: '2030-01-15' }],
    });
    expect(meeting).toMatchObject({
      kind: 'meeting',
      partners: [{ id: partner.id, name: partner.name }],
      contacts: [{ id: contact.id }],
      priorityAreas: [{ code: 'housing' }],
      themes: [{ code: 'place-and-community' }],
      actions: [{ description: 'Draft the MoU', ownerId: officerId, dueDate: '2030-01-15', status: 'open' }],
      version: 1,
    });
    const mine = await app.http().get('/api/v1/actions?owner=me&status=open').set(auth(officer)).expect(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(meeting.actions[0].id);
    const done = await app.http().patch(`/api/v1/actions/${meeting.actions[0].id}`).set(auth(officer)).send({ status: 'done' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', closedAt: expect.any(String) });
  });

  it('refuses a contact who is not at any of the meeting\'s partners', async () => {
    const [a, b] = [await newPartner(), await newPartner()];
    const contact = (await app.http().post(`/api/v1/partners/${b.id}/contacts`).set(auth(officer)).send(contactBody()).expect(201)).body;
    const res = await app
      .http()
      .post('/api/v1/meetings')
      .set(auth(officer))
      .send({ occurredAt: daysAgo(1), kind: 'call', title: 'x', partnerIds: [a.id], contactIds: [contact.id] })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'MEETING.INVALID_REFERENCE', field: 'contactIds' });
  });

  it('keeps the last-dialogue date right through create, edit and delete', async () => {
    const partner = await newPartner({ dialogueCadenceDays: 30 });
    expect((await dialogue(partner.id)).lastDialogueAt).toBeNull();
    const older = await logMeeting([partner.id], daysAgo(40));
    const newer = await logMeeting([partner.id], daysAgo(10));
    let status = await dialogue(partner.id);
    expect(status).toMatchObject({ cadenceDays: 30, cadenceSource: 'partner', lastDialogueAt: newer.occurredAt, overdueDays: 0 });
    // Moving the newer meeting back in time makes the partner overdue.
    const movedTo = daysAgo(35);
    await app.http().patch(`/api/v1/meetings/${newer.id}`).set(auth(officer)).set('if-match', '"1"').send({ occurredAt: movedTo }).expect(200);
    status = await dialogue(partner.id);
    expect(status.lastDialogueAt).toBe(movedTo);
    expect(status.overdueDays).toBe(5);
    await app.http().delete(`/api/v1/meetings/${newer.id}`).set(auth(officer)).set('if-match', '"2"').send({}).expect(204);
    expect((await dialogue(partner.id)).lastDialogueAt).toBe(older.occurredAt);
    await app.http().delete(`/api/v1/meetings/${older.id}`).set(auth(officer)).set('if-match', '"1"').send({}).expect(204);
    expect((await dialogue(partner.id)).lastDialogueAt).toBeNull();
  });

  it('a stale meeting edit gets 412', async () => {
    const partner = await newPartner();
    const meeting = await logMeeting([partner.id], daysAgo(2));
    await app.http().patch(`/api/v1/meetings/${meeting.id}`).set(auth(officer)).set('if-match', '"1"').send({ title: 'A' }).expect(200);
    const stale = await app.http().patch(`/api/v1/meetings/${meeting.id}`).set(auth(officer)).set('if-match', '"1"').send({ title: 'B' }).expect(412);
    expect(stale.body.code).toBe('MEETING.VERSION_CONFLICT');
  });

  it('parallel meeting writes for the same partners leave the correct last-dialogue date', async () => {
    const [a, b] = [await newPartner(), await newPartner()];
    const times = Array.from({ length: 12 }, (_, i) => daysAgo(30 - i));
    await Promise.all(times.map((t, i) => logMeeting(i % 2 === 0 ? [a.id, b.id] : [b.id, a.id], t)));
    expect((await dialogue(a.id)).lastDialogueAt).toBe(times.at(-1));
    expect((await dialogue(b.id)).lastDialogueAt).toBe(times.at(-1));
  });

  it('a scheduled (future) meeting is shown as next, not as dialogue held', async () => {
    const partner = await newPartner();
    const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await logMeeting([partner.id], future);
    const status = await dialogue(partner.id);
    expect(status).toMatchObject({ lastDialogueAt: null, nextScheduledAt: future });
  });

  it('a time typed without an offset is the institution\'s local time (TIME_ZONE), in writes and in filters', async () => {
    const partner = await newPartner();
    // Europe/London (the default TIME_ZONE) is on summer time in July: 10:00 there is 09:00 UTC.
    const meeting = await logMeeting([partner.id], '2026-07-02T10:00');
    expect(meeting.occurredAt).toBe('2026-07-02T09:00:00.000Z');
    const list = (from: string, to: string) =>
      app.http().get(`/api/v1/meetings?partner=${partner.id}&from=${from}&to=${to}`).set(auth(viewer)).expect(200);
    expect((await list('2026-07-02T09:30', '2026-07-02T10:01')).body.items.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    expect((await list('2026-07-02T09:30', '2026-07-02T10:00')).body.items).toEqual([]);
  });

  it('lists overdue and due-soon partners per owner and for the team; a snooze hides one until its date', async () => {
    const tag = `overdue-${Date.now()}`;
    const overdue = await newPartner({ ownerId: officerId, dialogueCadenceDays: 30, status: 'active', tags: [tag] });
    await logMeeting([overdue.id], daysAgo(45));
    const soon = await newPartner({ ownerId: officerId, dialogueCadenceDays: 30, status: 'active' });
    await logMeeting([soon.id], daysAgo(25));
    const fine = await newPartner({ ownerId: officerId, dialogueCadenceDays: 30, status: 'active' });
    await logMeeting([fine.id], daysAgo(1));

    const mine = await app.http().get('/api/v1/dialogue/overdue?owner=me').set(auth(officer)).expect(200);
    const ids = mine.body.items.map((i: { partnerId: string }) => i.partnerId);
    expect(ids).toContain(overdue.id);
    expect(ids).not.toContain(soon.id);
    expect(mine.body.items.find((i: { partnerId: string }) => i.partnerId === overdue.id).overdueDays).toBe(15);
    const withSoon = await app.http().get('/api/v1/dialogue/overdue?owner=me&dueWithinDays=7').set(auth(officer)).expect(200);
    const soonIds = withSoon.body.items.map((i: { partnerId: string }) => i.partnerId);
    expect(soonIds).toEqual(expect.arrayContaining([overdue.id, soon.id]));
    expect(soonIds).not.toContain(fine.id);
    const team = await app.http().get('/api/v1/dialogue/overdue?owner=all&limit=100').set(auth(viewer)).expect(200);
    expect(team.body.items.map((i: { partnerId: string }) => i.partnerId)).toContain(overdue.id);
    const overdueList = await app.http().get(`/api/v1/partners?tag=${tag}&overdue=true`).set(auth(viewer)).expect(200);
    expect(overdueList.body.items.map((p: { id: string }) => p.id)).toEqual([overdue.id]);
    const summary = await app.http().get('/api/v1/dialogue/summary').set(auth(viewer)).expect(200);
    expect(summary.body.find((s: { ownerId: string }) => s.ownerId === officerId)).toMatchObject({ overdue: 1, dueSoon: 1 });

    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await app.http().post(`/api/v1/partners/${overdue.id}/dialogue/snooze`).set(auth(officer)).send({ until, reason: 'restructuring' }).expect(200);
    const snoozed = await app.http().get('/api/v1/dialogue/overdue?owner=me').set(auth(officer)).expect(200);
    expect(snoozed.body.items.map((i: { partnerId: string }) => i.partnerId)).not.toContain(overdue.id);
    expect(await dialogue(overdue.id)).toMatchObject({ snoozedUntil: until, snoozeReason: 'restructuring' });
    const past = await app.http().post(`/api/v1/partners/${overdue.id}/dialogue/snooze`).set(auth(officer)).send({ until: '2020-01-01', reason: 'oops' }).expect(422);
    expect(past.body.code).toBe('DIALOGUE.SNOOZE_IN_PAST');
    // Staff can see who is snoozed, until when and why.
    const listed = await app.http().get('/api/v1/dialogue/snoozed?owner=me').set(auth(officer)).expect(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ partnerId: overdue.id, snoozedUntil: until, snoozeReason: 'restructuring' }));
    // A snooze is capped (DIALOGUE_SNOOZE_MAX_DAYS, 180 by default): no reminders silenced until 2099.
    const forever = await app.http().post(`/api/v1/partners/${overdue.id}/dialogue/snooze`).set(auth(officer)).send({ until: '2099-01-01', reason: 'never' }).expect(422);
    expect(forever.body).toMatchObject({ code: 'DIALOGUE.SNOOZE_TOO_LONG', maxDays: 180 });
    expect(await dialogue(overdue.id)).toMatchObject({ snoozedUntil: until });
    await app.http().post(`/api/v1/partners/${overdue.id}/dialogue/unsnooze`).set(auth(officer)).expect(200);
    const back = await app.http().get('/api/v1/dialogue/overdue?owner=me').set(auth(officer)).expect(200);
    expect(back.body.items.map((i: { partnerId: string }) => i.partnerId)).toContain(overdue.id);
  });

  it('takes the cadence from the partner\'s list when it has none of its own', async () => {
    const partner = await newPartner({ lists: ['pact-partners'] });
    expect(await dialogue(partner.id)).toMatchObject({ cadenceDays: 90, cadenceSource: 'list' });
  });

  it('merging partners moves their meetings and keeps the later dialogue', async () => {
    const admin = await app.tokenFor('admin');
    const [survivor, duplicate] = [await newPartner(), await newPartner()];
    const shared = await logMeeting([survivor.id, duplicate.id], daysAgo(20));
    const own = await logMeeting([duplicate.id], daysAgo(2));
    await app.http().post(`/api/v1/partners/${survivor.id}/merge`).set(auth(admin)).send({ duplicateId: duplicate.id }).expect(200);
    const meetings = await app.http().get(`/api/v1/meetings?partner=${survivor.id}`).set(auth(viewer)).expect(200);
    expect(meetings.body.items.map((m: { id: string }) => m.id)).toEqual([own.id, shared.id]);
    expect((await dialogue(survivor.id)).lastDialogueAt).toBe(own.occurredAt);
  });
});
