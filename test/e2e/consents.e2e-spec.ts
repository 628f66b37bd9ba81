import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { individualSignature, linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ConsentRecord {
  current: { purpose: string; given: boolean; source: string; actorId: string | null; wordingVersion: string | null }[];
  events: { purpose: string; action: string; source: string; actorId: string | null; wordingVersion: string | null; details: Record<string, unknown> }[];
}

describe('consent records', () => {
  let app: TestApp;
  let officer: string;
  let officerId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { TRUST_PROXY_HOPS: '1', PLEDGE_SIGN_MAX_PER_IP: '30' } });
    officer = await app.tokenFor('officer');
    officerId = (await app.http().get('/api/v1/auth/me').set(auth(officer)).expect(200)).body.id;
  });
  afterAll(() => app.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const consentsOf = async (path: string): Promise<ConsentRecord> => (await app.http().get(`/api/v1/${path}/consents`).set(auth(officer)).expect(200)).body;
  const sign = (slug: string, body: Record<string, unknown>) =>
    app.http().post(`/public/pledges/${slug}/signatures`).set('x-forwarded-for', nextClientIp()).send(body).expect(202);
  const mailTo = (email: unknown, subject: string): Promise<CaughtMail> =>
    app.mail.waitFor((m) => m.to.includes(String(email)) && m.subject.startsWith(subject));
  const signatureId = async (email: unknown): Promise<string> => (await app.dataSource.query('SELECT id FROM signatures WHERE email = $1', [email]))[0].id;

  it('staff recording and clearing an organisation\'s public-listing consent are events; the state is derived from them', async () => {
    const partner = (
      await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ publicListing: { consent: true, fields: ['name', 'website'] } })).expect(201)
    ).body;
    const given = await consentsOf(`partners/${partner.id}`);
    expect(given.current).toEqual([expect.objectContaining({ purpose: 'public-listing', given: true, source: 'staff', actorId: officerId })]);
    expect(given.events).toEqual([expect.objectContaining({ action: 'given', details: { fields: ['name', 'website'] } })]);

    const cleared = (
      await app.http().patch(`/api/v1/partners/${partner.id}`).set(auth(officer)).set('if-match', `"${partner.version}"`)
        .send({ publicListing: { consent: false } }).expect(200)
    ).body;
    await app.http().patch(`/api/v1/partners/${partner.id}`).set(auth(officer)).set('if-match', `"${cleared.version}"`)
      .send({ description: 'Unrelated change' }).expect(200);
    const record = await consentsOf(`partners/${partner.id}`);
    expect(record.events.map((e) => e.action)).toEqual(['given', 'withdrawn']);
    expect(record.current).toEqual([expect.objectContaining({ purpose: 'public-listing', given: false, source: 'staff' })]);
  });

  it('a contact\'s communication preferences are one consent per channel, and the derived state matches them', async () => {
    const partner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    const contact = (await app.http().post(`/api/v1/partners/${partner.id}/contacts`).set(auth(officer)).send(contactBody()).expect(201)).body;
    expect((await consentsOf(`contacts/${contact.id}`)).events.map((e) => `${e.purpose} ${e.action}`)).toEqual([
      'communications.email given',
      'communications.phone given',
    ]);
    const updated = (
      await app.http().patch(`/api/v1/contacts/${contact.id}`).set(auth(officer)).set('if-match', '"1"')
        .send({ communicationPreferences: { phone: false, newsletter: true } }).expect(200)
    ).body;
    const record = await consentsOf(`contacts/${contact.id}`);
    expect(record.events).toHaveLength(4);
    expect(record.events.every((e) => e.source === 'staff' && e.actorId === officerId)).toBe(true);
    const derived = Object.fromEntries(record.current.map((c) => [c.purpose.replace('communications.', ''), c.given]));
    // A channel never consented to has no event: not given.
    for (const [channel, on] of Object.entries(updated.communicationPreferences)) expect(derived[channel] ?? false).toBe(on);
  });

  it('signing consents to the exact text and, separately, to listing; approval carries listing to the partner; withdrawal withdraws all', async () => {
    const pledge = (await app.http().get('/public/pledges/pact').expect(200)).body;
    const body = organisationSignature();
    await sign('pact', body);
    const verifyToken = linkToken(await mailTo(body.email, 'Confirm your signature'), 'verify');
    await app.http().post(`/sign/verify/${verifyToken}`).type('form').send('').expect(200);
    const confirmed = await mailTo(body.email, 'Signature confirmed');
    const id = await signatureId(body.email);
    expect((await app.http().get(`/api/v1/signatures/${id}`).set(auth(officer)).expect(200)).body.lawfulBasis).toBe('consent');
    const signed = await consentsOf(`signatures/${id}`);
    expect(signed.current).toEqual([
      expect.objectContaining({ purpose: 'pledge-signature', given: true, source: 'form', wordingVersion: `pact/v${pledge.version}/sha256:${pledge.sha256}` }),
      expect.objectContaining({ purpose: 'public-listing', given: true, source: 'form', wordingVersion: 'organisation-listing/v1' }),
    ]);

    const { partnerId } = (await app.http().post(`/api/v1/signatures/${id}/approve`).set(auth(officer)).send({ createPartner: true }).expect(200)).body;
    expect((await consentsOf(`partners/${partnerId}`)).events).toEqual([
      expect.objectContaining({ action: 'given', source: 'form', actorId: officerId, wordingVersion: 'organisation-listing/v1', details: { signatureId: id } }),
    ]);

    await app.http().post(`/sign/withdraw/${linkToken(confirmed, 'withdraw')}`).type('form').send('').expect(200);
    expect((await consentsOf(`signatures/${id}`)).current.map((c) => [c.purpose, c.given])).toEqual([
      ['pledge-signature', false],
      ['public-listing', false],
    ]);
    const partner = await consentsOf(`partners/${partnerId}`);
    expect(partner.current).toEqual([expect.objectContaining({ given: false, source: 'form' })]);
    expect((await app.http().get(`/api/v1/partners/${partnerId}`).set(auth(officer)).expect(200)).body.publicListing.consent).toBe(false);
  });

  it('an individual who does not agree to show their name gives only the signing consent', async () => {
    const body = individualSignature({ listingConsent: false });
    await sign('city-plan', body);
    await mailTo(body.email, 'Confirm your signature');
    const record = await consentsOf(`signatures/${await signatureId(body.email)}`);
    expect(record.current.map((c) => c.purpose)).toEqual(['pledge-signature']);
  });

  it('an unknown subject is 404 with the subject\'s own code', async () => {
    for (const [path, code] of [['partners', 'PARTNER.NOT_FOUND'], ['contacts', 'CONTACT.NOT_FOUND'], ['signatures', 'SIGNATURE.NOT_FOUND']]) {
      const res = await app.http().get(`/api/v1/${path}/${randomUUID()}/consents`).set(auth(officer)).expect(404);
      expect(res.body.code).toBe(code);
    }
  });
});
