import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contactBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('contacts', () => {
  let app: TestApp;
  let officer: string;
  let viewer: string;
  let partnerA: string;
  let partnerB: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const addContact = async (partnerId: string, overrides: Record<string, unknown> = {}) =>
    (await app.http().post(`/api/v1/partners/${partnerId}/contacts`).set(auth(officer)).send(contactBody(overrides)).expect(201)).body;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('viewer')]);
    const create = async () => (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body.id as string;
    partnerA = await create();
    partnerB = await create();
  });
  afterAll(() => app.close());

  it('adds a contact with lawful basis and communication preferences, and reads it back', async () => {
    const contact = await addContact(partnerA, {
      fullName: 'Alex Morgan',
      email: ' Alex.Morgan@Example.org ',
      lawfulBasis: 'consent',
      communicationPreferences: { newsletter: true },
    });
    expect(contact).toMatchObject({
      partnerId: partnerA,
      fullName: 'Alex Morgan',
      email: 'alex.morgan@example.org',
      lawfulBasis: 'consent',
      communicationPreferences: { email: true, phone: true, post: false, newsletter: true, events: false },
      isPrimary: false,
      version: 1,
    });
    const read = await app.http().get(`/api/v1/contacts/${contact.id}`).set(auth(viewer)).expect(200);
    expect(read.body).toEqual(contact);
    expect(read.headers.etag).toBe('"1"');
  });

  it('keeps one primary contact per organisation: making another primary demotes the first', async () => {
    const first = await addContact(partnerA, { isPrimary: true });
    const second = await addContact(partnerA, { isPrimary: true });
    const list = await app.http().get(`/api/v1/partners/${partnerA}/contacts`).set(auth(viewer)).expect(200);
    const primaries = list.body.filter((c: { isPrimary: boolean }) => c.isPrimary).map((c: { id: string }) => c.id);
    expect(primaries).toEqual([second.id]);
    expect(list.body[0].id).toBe(second.id);
    const demoted = await app.http().get(`/api/v1/contacts/${first.id}`).set(auth(viewer)).expect(200);
    expect(demoted.body.isPrimary).toBe(false);
    // The demoted contact's record changed: its version moved and its own trail says why.
    expect(demoted.headers.etag).toBe('"2"');
    const trail = await app.http().get(`/api/v1/contacts/${first.id}/audit`).set(auth(viewer)).expect(200);
    expect(trail.body[0]).toMatchObject({
      action: 'updated',
      changes: { isPrimary: { before: true, after: false } },
      reason: `Contact ${second.id} was made the primary contact`,
    });
    // Promoting by edit demotes and audits the same way.
    await app.http().patch(`/api/v1/contacts/${first.id}`).set(auth(officer)).set('if-match', '"2"').send({ isPrimary: true }).expect(200);
    const secondTrail = await app.http().get(`/api/v1/contacts/${second.id}/audit`).set(auth(viewer)).expect(200);
    expect(secondTrail.body[0]).toMatchObject({ changes: { isPrimary: { before: true, after: false } }, reason: `Contact ${first.id} was made the primary contact` });
  });

  it('updates with If-Match; a stale version gets 412', async () => {
    const contact = await addContact(partnerA);
    await app.http().patch(`/api/v1/contacts/${contact.id}`).set(auth(officer)).set('if-match', '"1"').send({ jobTitle: 'CEO' }).expect(200);
    const stale = await app.http().patch(`/api/v1/contacts/${contact.id}`).set(auth(officer)).set('if-match', '"1"').send({ jobTitle: 'CFO' }).expect(412);
    expect(stale.body.code).toBe('CONTACT.VERSION_CONFLICT');
  });

  it('moves a person to another organisation and keeps the history', async () => {
    const contact = await addContact(partnerA, { jobTitle: 'Officer' });
    const moved = await app
      .http()
      .post(`/api/v1/contacts/${contact.id}/move`)
      .set(auth(officer))
      .set('if-match', '"1"')
      .send({ partnerId: partnerB, jobTitle: 'Director', reason: 'new job' })
      .expect(200);
    expect(moved.body).toMatchObject({ partnerId: partnerB, jobTitle: 'Director', version: 2 });
    const history = await app.http().get(`/api/v1/contacts/${contact.id}/affiliations`).set(auth(viewer)).expect(200);
    expect(history.body).toMatchObject([
      { partnerId: partnerB, jobTitle: 'Director', endedAt: null },
      { partnerId: partnerA, jobTitle: 'Officer', endedAt: expect.any(String) },
    ]);
    const trail = await app.http().get(`/api/v1/contacts/${contact.id}/audit`).set(auth(viewer)).expect(200);
    expect(trail.body[0]).toMatchObject({ action: 'moved', reason: 'new job', changes: { partnerId: { before: partnerA, after: partnerB } } });
    const same = await app.http().post(`/api/v1/contacts/${contact.id}/move`).set(auth(officer)).set('if-match', '"2"').send({ partnerId: partnerB }).expect(422);
    expect(same.body.code).toBe('CONTACT.CANNOT_MOVE');
  });

  it('archives and restores; archived contacts leave the default list', async () => {
    const contact = await addContact(partnerB);
    await app.http().post(`/api/v1/contacts/${contact.id}/archive`).set(auth(officer)).send({ reason: 'left' }).expect(200);
    const live = await app.http().get(`/api/v1/partners/${partnerB}/contacts`).set(auth(viewer)).expect(200);
    expect(live.body.map((c: { id: string }) => c.id)).not.toContain(contact.id);
    const all = await app.http().get(`/api/v1/partners/${partnerB}/contacts?archived=include`).set(auth(viewer)).expect(200);
    expect(all.body.map((c: { id: string }) => c.id)).toContain(contact.id);
    await app.http().patch(`/api/v1/contacts/${contact.id}`).set(auth(officer)).set('if-match', '"2"').send({ jobTitle: 'x' }).expect(409);
    await app.http().post(`/api/v1/contacts/${contact.id}/restore`).set(auth(officer)).expect(200);
  });

  it('rejects header-injection and malformed values with field errors', async () => {
    const res = await app
      .http()
      .post(`/api/v1/partners/${partnerA}/contacts`)
      .set(auth(officer))
      .send({ fullName: 'Eve\r\nBcc: all@example.org', email: 'eve@example.org\r\nBcc: x@y.z', phone: 'call me' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'fullName', 'phone']);
  });

  it('a viewer cannot write contacts, and an unknown partner is 404', async () => {
    await app.http().post(`/api/v1/partners/${partnerA}/contacts`).set(auth(viewer)).send(contactBody()).expect(403);
    const missing = await app
      .http()
      .post('/api/v1/partners/00000000-0000-4000-8000-000000000000/contacts')
      .set(auth(officer))
      .send(contactBody())
      .expect(404);
    expect(missing.body.code).toBe('PARTNER.NOT_FOUND');
  });
});
