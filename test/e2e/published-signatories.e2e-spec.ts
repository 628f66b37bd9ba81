import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { individualSignature, linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface PledgeSignatories {
  slug: string;
  kind: string;
  signatoryCount: number;
  signatories: { name: string; partnerId?: string }[];
}

interface Signed {
  body: Record<string, unknown>;
  signatureId: string;
  /** The "Signature confirmed" mail, with the withdrawal link. */
  confirmation: CaughtMail;
  partnerId?: string;
}

function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; rawPayload: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, rawPayload: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe.each(QUEUE_BACKENDS)('published signatories (%s queue backend)', (backend, env) => {
  let app: TestApp;
  let admin: string;
  let officer: string;
  let before: Map<string, PledgeSignatories>;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const signed: Record<string, Signed> = {};

  const publish = async () => (await app.http().post('/api/v1/publications').set(auth(admin)).expect(200)).body;
  const published = async (): Promise<{ version: number; pledges: PledgeSignatories[] }> =>
    (await app.http().get('/public/signatories').expect(200)).body;
  const bySlug = async (): Promise<Map<string, PledgeSignatories>> => new Map((await published()).pledges.map((p) => [p.slug, p]));

  /** Signs, confirms by email and, unless told otherwise, has an officer approve. */
  const sign = async (slug: string, body: Record<string, unknown>, approve: Record<string, unknown> | null): Promise<Signed> => {
    await app.http().post(`/public/pledges/${slug}/signatures`).set('x-forwarded-for', nextClientIp()).send(body).expect(202);
    const email = String(body.email);
    const mail = (subject: string) => app.mail.waitFor((m) => m.to.includes(email) && m.subject.startsWith(subject));
    await app.http().post(`/sign/verify/${linkToken(await mail('Confirm your signature'), 'verify')}`).type('form').send('').expect(200);
    const confirmation = await mail('Signature confirmed');
    const [{ id }] = await app.dataSource.query('SELECT id FROM signatures WHERE email = $1', [email]);
    if (!approve) return { body, signatureId: id, confirmation };
    const approved = await app.http().post(`/api/v1/signatures/${id}/approve`).set(auth(officer)).send(approve).expect(200);
    return { body, signatureId: id, confirmation, partnerId: approved.body.partnerId ?? undefined };
  };
  const withdraw = (who: Signed) => app.http().post(`/sign/withdraw/${linkToken(who.confirmation, 'withdraw')}`).type('form').send('').expect(200);
  const names = (pledge: PledgeSignatories | undefined) => (pledge?.signatories ?? []).map((s) => s.name);

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { ...env, TRUST_PROXY_HOPS: '1', PLEDGE_SIGN_MAX_PER_IP: '100' } });
    [admin, officer] = await Promise.all([app.tokenFor('admin'), app.tokenFor('officer')]);
    await publish();
    before = await bySlug();
    const org = (label: string, listingConsent = true) => organisationSignature({ organisationName: `${label} ${backend} Trust`, listingConsent });
    const person = (label: string, listingConsent = true) => individualSignature({ signerName: `${label} ${backend} Person`, listingConsent });
    signed.listed = await sign('pact', org('Listed'), { createPartner: true });
    signed.unlisted = await sign('pact', org('Unlisted', false), { createPartner: true });
    signed.pending = await sign('pact', org('Pending'), null);
    signed.suspended = await sign('pact', org('Suspended'), { createPartner: true });
    signed.withdrawn = await sign('pact', org('Withdrawn'), { createPartner: true });
    signed.named = await sign('city-plan', person('Named'), {});
    signed.anonymous = await sign('city-plan', person('Anonymous', false), {});
    signed.leaver = await sign('city-plan', person('Leaver'), {});
  });
  afterAll(() => app.close());

  it('the scheduled job publishes approved signatories who consented, with allowlisted fields only', async () => {
    const current = (await published()).version;
    await app.api.get(JobProducer).enqueue('publishing.publish', {}, `publishing.publish-signatories-${backend}`);
    // The API instance learns of the new version by NOTIFY.
    const latest = await eventually(async () => {
      const res = await app.http().get('/public/signatories');
      return res.status === 200 && res.body.version > current ? res : undefined;
    });
    const pledges = new Map((latest.body.pledges as PledgeSignatories[]).map((p) => [p.slug, p]));
    const pact = pledges.get('pact');
    expect(pact?.kind).toBe('organisational');
    expect(pact?.signatoryCount).toBe((before.get('pact')?.signatoryCount ?? 0) + 4);
    expect(names(pact)).toEqual(expect.arrayContaining([`Listed ${backend} Trust`, `Suspended ${backend} Trust`, `Withdrawn ${backend} Trust`]));
    expect(names(pact)).not.toContain(`Unlisted ${backend} Trust`);
    expect(names(pact)).not.toContain(`Pending ${backend} Trust`);
    expect(pact?.signatories.find((s) => s.name === `Listed ${backend} Trust`)).toEqual({
      partnerId: signed.listed.partnerId,
      name: `Listed ${backend} Trust`,
      website: signed.listed.body.website,
      area: 'Wirral',
      kind: expect.any(String),
      textVersion: expect.any(Number),
      signedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      commitments: [expect.any(String), expect.any(String)],
    });

    const cityPlan = pledges.get('city-plan');
    expect(cityPlan?.kind).toBe('individual');
    expect(cityPlan?.signatoryCount).toBe((before.get('city-plan')?.signatoryCount ?? 0) + 3);
    expect(names(cityPlan)).toEqual(expect.arrayContaining([`Named ${backend} Person`, `Leaver ${backend} Person`]));
    expect(names(cityPlan)).not.toContain(`Anonymous ${backend} Person`);
    expect(cityPlan?.signatories.find((s) => s.name === `Named ${backend} Person`)).toEqual({ name: `Named ${backend} Person` });

    const text = JSON.stringify(latest.body);
    for (const who of Object.values(signed)) expect(text).not.toContain(String(who.body.email));
    for (const hidden of ['Sam Signer', 'Chief Executive', '@']) expect(text).not.toContain(hidden);
    const history = await app.http().get('/api/v1/publications').set(auth(admin)).expect(200);
    expect(history.body[0]).toMatchObject({ version: latest.body.version, signatoryCount: pact!.signatories.length + cityPlan!.signatories.length });
  });

  it('is served from memory like the partner list: strong ETag, 304, brotli, open CORS', async () => {
    const first = await app.http().get('/public/signatories').expect(200);
    expect(first.headers.etag).toMatch(/^"\d+-[0-9a-f]{20}-signatories(-gz|-br)?"$/);
    expect(first.headers['cache-control']).toContain('max-age=');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    await app.http().get('/public/signatories').set('if-none-match', first.headers.etag).expect(304);
    await app.http().get('/public/signatories').set('if-modified-since', first.headers['last-modified']).expect(304);
    const partners = await app.http().get('/public/partners').expect(200);
    expect(partners.body.version).toBe(first.body.version);

    const server = app.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const [plain, br] = await Promise.all(
      ['identity', 'br'].map((encoding) => rawGet(`http://127.0.0.1:${port}/public/signatories`, { 'accept-encoding': encoding })),
    );
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    await app.http().get('/public/signatories').set('if-none-match', String(br.headers.etag)).expect(304);
  });

  it('suspended and withdrawn signatories stay in the published snapshot until the next publication, then leave it', async () => {
    const { version } = await published();
    await app.http().post(`/api/v1/signatures/${signed.suspended.signatureId}/suspend`).set(auth(officer)).send({ reason: 'Under review' }).expect(200);
    await withdraw(signed.withdrawn);
    await withdraw(signed.leaver);
    const unchanged = await bySlug();
    expect(names(unchanged.get('pact'))).toContain(`Suspended ${backend} Trust`);

    expect(await publish()).toMatchObject({ created: true, version: version + 1 });
    const after = await bySlug();
    expect(names(after.get('pact'))).toEqual(expect.arrayContaining([`Listed ${backend} Trust`]));
    expect(names(after.get('pact'))).not.toContain(`Suspended ${backend} Trust`);
    expect(names(after.get('pact'))).not.toContain(`Withdrawn ${backend} Trust`);
    expect(names(after.get('city-plan'))).not.toContain(`Leaver ${backend} Person`);
    expect(after.get('pact')?.signatoryCount).toBe((before.get('pact')?.signatoryCount ?? 0) + 2);
    expect(after.get('city-plan')?.signatoryCount).toBe((before.get('city-plan')?.signatoryCount ?? 0) + 2);
    // Nothing changed since: publishing again makes no new version.
    expect(await publish()).toMatchObject({ created: false, version: version + 1 });
  });

  it('an individual withdraws only their name (page or API): the endorsement still counts, the name leaves at the next publication', async () => {
    const shy = await sign('city-plan', individualSignature({ signerName: `Shy ${backend} Person` }), {});
    const viaApi = await sign('city-plan', individualSignature({ signerName: `Api ${backend} Person` }), {});
    await publish();
    const listed = await bySlug();
    expect(names(listed.get('city-plan'))).toEqual(expect.arrayContaining([`Shy ${backend} Person`, `Api ${backend} Person`]));

    const token = linkToken(shy.confirmation, 'withdraw');
    const offer = await app.http().get(`/sign/withdraw/${token}`).expect(200);
    expect(offer.text).toContain('Stop showing my name');
    expect(offer.text).toContain(`action="/sign/withdraw/${token}/name"`);
    const done = await app.http().post(`/sign/withdraw/${token}/name`).type('form').send('').expect(200);
    expect(done.text).toContain('Your name will no longer be shown');
    expect(done.text).toContain('published every hour');
    const withdrawName = (withdrawToken: string) => app.http().post('/public/signatures/name-display/withdraw').send({ token: withdrawToken });
    const byApi = await withdrawName(linkToken(viaApi.confirmation, 'withdraw')).expect(200);
    expect(byApi.body).toEqual({ pledgeSlug: 'city-plan', pledgeTitle: expect.any(String), nameShown: false, changed: true, message: expect.stringContaining('no longer be shown') });
    expect((await withdrawName(linkToken(viaApi.confirmation, 'withdraw')).expect(200)).body).toMatchObject({ changed: false });

    // The published snapshot changes at the next publication, like every other withdrawal.
    expect(names((await bySlug()).get('city-plan'))).toContain(`Shy ${backend} Person`);
    await publish();
    const after = await bySlug();
    expect(names(after.get('city-plan'))).not.toContain(`Shy ${backend} Person`);
    expect(names(after.get('city-plan'))).not.toContain(`Api ${backend} Person`);
    expect(after.get('city-plan')?.signatoryCount).toBe(listed.get('city-plan')?.signatoryCount);

    // The endorsement stands; the change is audited and the consent withdrawn in the ledger.
    const [row] = await app.dataSource.query('SELECT status, listing_consent, signer_name FROM signatures WHERE id = $1', [shy.signatureId]);
    expect(row).toEqual({ status: 'approved', listing_consent: false, signer_name: `Shy ${backend} Person` });
    const audit = await app.dataSource.query(`SELECT action, actor_id, changes FROM audit_entries WHERE entity_type = 'signature' AND entity_id = $1`, [shy.signatureId]);
    expect(audit).toContainEqual({ action: 'name-display-withdrawn', actor_id: null, changes: { listingConsent: { before: true, after: false } } });
    const [consent] = await app.dataSource.query(
      `SELECT action FROM consent_events WHERE subject_id = $1 AND purpose = 'name-display' ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [shy.signatureId],
    );
    expect(consent).toEqual({ action: 'withdrawn' });

    // The same link now offers only the whole withdrawal, and says the name is not shown.
    const later = await app.http().get(`/sign/withdraw/${token}`).expect(200);
    expect(later.text).toContain('Your name is not shown publicly.');
    expect(later.text).not.toContain('Stop showing my name');

    // An organisation has no name display of its own; bad tokens fail as other links do.
    const organisation = await withdrawName(linkToken(signed.listed.confirmation, 'withdraw')).expect(422);
    expect(organisation.body.code).toBe('SIGNATURE.NO_NAME_DISPLAY');
    expect((await withdrawName('A'.repeat(43)).expect(404)).body.code).toBe('PLEDGE.TOKEN_INVALID');
    expect((await app.http().post('/public/signatures/name-display/withdraw').send({}).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    await withdraw(shy);
    expect((await withdrawName(token).expect(410)).body.code).toBe('PLEDGE.TOKEN_USED');
  });
});
