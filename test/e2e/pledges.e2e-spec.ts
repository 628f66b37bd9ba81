import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { PurgeUnverifiedSignaturesHandler } from '../../src/pledges/purge-unverified.handler.js';
import { partnerBody } from '../support/factories.js';
import { individualSignature, linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ENV = { TRUST_PROXY_HOPS: '1', PLEDGE_SIGN_MAX_PER_IP: '30', PLEDGE_MAIL_MAX_PER_EMAIL_PER_DAY: '3' };

describe('signing pledges online', () => {
  let app: TestApp;
  let officer: string;
  let viewer: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: ENV });
    [officer, viewer, admin] = await Promise.all([app.tokenFor('officer'), app.tokenFor('viewer'), app.tokenFor('admin')]);
  });
  afterAll(() => app.close());
  beforeEach(() => app.mail.clear());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const sign = (slug: string, body: Record<string, unknown>, ip = nextClientIp()) =>
    app.http().post(`/public/pledges/${slug}/signatures`).set('x-forwarded-for', ip).set('user-agent', 'jest-signer/1.0').send(body);
  const mailTo = (email: unknown, subject: string): Promise<CaughtMail> =>
    app.mail.waitFor((m) => m.to.includes(String(email)) && m.subject.startsWith(subject));
  /** Opens the verification link as a browser would: the page, then its button. */
  const verify = async (email: unknown): Promise<CaughtMail> => {
    const token = linkToken(await mailTo(email, 'Confirm your signature'), 'verify');
    const page = await app.http().get(`/sign/verify/${token}`).expect(200);
    expect(page.text).toContain('<form method="post" action="/sign/verify/');
    await app.http().post(`/sign/verify/${token}`).type('form').send('').set('x-forwarded-for', '192.0.2.7').expect(200);
    return mailTo(email, 'Signature confirmed');
  };
  const signatureOf = async (email: unknown, pledge = 'pact') => {
    const page = await app.http().get(`/api/v1/signatures?pledge=${pledge}&limit=100`).set(auth(viewer)).expect(200);
    let items = page.body.items as { signer: { email: string } | null; id: string }[];
    let cursor = page.body.nextCursor as string | null;
    while (!items.some((s) => s.signer?.email === email) && cursor) {
      const next = await app.http().get(`/api/v1/signatures?pledge=${pledge}&limit=100&cursor=${cursor}`).set(auth(viewer)).expect(200);
      items = next.body.items;
      cursor = next.body.nextCursor;
    }
    const found = items.find((s) => s.signer?.email === email);
    if (!found) throw new Error(`no signature for ${String(email)}`);
    return (await app.http().get(`/api/v1/signatures/${found.id}`).set(auth(viewer)).expect(200)).body;
  };
  const counts = async (slug: string) => (await app.http().get(`/api/v1/pledges/${slug}/counts`).set(auth(viewer)).expect(200)).body;
  const areaCounts = (all: { areas: { area: { code: string } | null; verified: number; approved: number }[] }, code: string) =>
    all.areas.find((a) => a.area?.code === code) ?? { verified: 0, approved: 0 };

  it('an organisation signs the PACT, confirms by email, and an officer approves it as a new PACT partner', async () => {
    const body = organisationSignature();
    const before = await counts('pact');
    const publicBefore = (await app.http().get('/public/pledges/pact').expect(200)).body;
    expect(publicBefore).toMatchObject({ slug: 'pact', kind: 'organisational', version: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(publicBefore.commitments.map((c: { code: string }) => c.code)).toEqual([
      'engaging-with-local-priorities', 'energising-local-leadership-and-partnerships', 'empowering-local-communities', 'enabling-local-change',
    ]);

    const res = await sign('pact', { ...body, textVersion: publicBefore.version }).expect(202);
    expect(res.body).toEqual({ status: 'received', message: expect.any(String) });
    const confirmed = await verify(body.email);
    expect(confirmed.text).toMatch(/\/sign\/certificate\/[A-Za-z0-9_-]{43}/);
    expect(confirmed.text).toMatch(/\/sign\/withdraw\/[A-Za-z0-9_-]{43}/);
    // The certificate (print-ready HTML) names the signer, the organisation and the exact text signed.
    const certificate = await app.http().get(`/sign/certificate/${linkToken(confirmed, 'certificate')}`).expect(200);
    expect(certificate.headers['content-type']).toMatch(/^text\/html/);
    for (const evidence of [body.organisationName, 'Sam Signer', publicBefore.sha256, `version ${publicBefore.version}`]) {
      expect(certificate.text).toContain(evidence);
    }

    const signature = await signatureOf(body.email);
    expect(signature).toMatchObject({
      status: 'verified',
      pledge: 'pact',
      textVersion: publicBefore.version,
      textSha256: publicBefore.sha256,
      organisation: { name: body.organisationName, kind: { code: 'charity' }, charityNumber: body.charityNumber },
      signer: { name: 'Sam Signer', jobTitle: 'Chief Executive', email: body.email },
      area: { code: 'wirral' },
      authorityConfirmed: true,
      listingConsent: true,
      commitments: [{ code: 'engaging-with-local-priorities' }, { code: 'enabling-local-change' }],
      evidence: { submittedUserAgent: 'jest-signer/1.0', verifiedIp: '192.0.2.7' },
      partnerId: null,
      partnerCandidates: [],
    });
    expect(signature.verifiedAt).toEqual(expect.any(String));

    const approved = await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({ createPartner: true }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', partnerId: expect.any(String), approvedAt: expect.any(String) });
    const partner = (await app.http().get(`/api/v1/partners/${approved.body.partnerId}`).set(auth(viewer)).expect(200)).body;
    expect(partner).toMatchObject({ name: body.organisationName, lists: ['pact-partners'], publicListing: { consent: true } });

    const after = await counts('pact');
    expect(after.total.verified).toBe(before.total.verified + 1);
    expect(after.total.approved).toBe(before.total.approved + 1);
    expect(areaCounts(after, 'wirral').approved).toBe(areaCounts(before, 'wirral').approved + 1);
    const publicAfter = (await app.http().get('/public/pledges/pact').expect(200)).body;
    expect(publicAfter.signatureCount).toBe(publicBefore.signatureCount + 1);

    // The signature is now one of the organisation's commitments and on its timeline.
    const register = (await app.http().get(`/api/v1/partners/${partner.id}/commitments`).set(auth(viewer)).expect(200)).body;
    expect(register.pledges).toEqual([
      expect.objectContaining({ id: signature.id, pledge: 'pact', status: 'approved', textVersion: publicBefore.version, renewalDate: null }),
    ]);
    const timeline = (await app.http().get(`/api/v1/partners/${partner.id}/timeline`).set(auth(viewer)).expect(200)).body;
    expect(timeline.items).toContainEqual(expect.objectContaining({ type: 'signature', id: signature.id, summary: expect.stringMatching(/ approved\.$/) }));
  });

  it('an individual endorses the City Plan; approval needs no partner; withdrawal erases them and keeps the count', async () => {
    const body = individualSignature();
    const before = await counts('city-plan');
    await sign('city-plan', body).expect(202);
    const confirmed = await verify(body.email);
    const signature = await signatureOf(body.email, 'city-plan');
    expect(signature).toMatchObject({ kind: 'individual', organisation: null, signer: { name: body.signerName }, area: { code: 'sefton' } });
    await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({ partnerId: signature.id }).expect(422);
    await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({}).expect(200);
    const approvedCounts = await counts('city-plan');
    expect(approvedCounts.total.approved).toBe(before.total.approved + 1);

    const withdrawToken = linkToken(confirmed, 'withdraw');
    expect((await app.http().get(`/sign/withdraw/${withdrawToken}`).expect(200)).text).toContain('Withdraw my endorsement');
    const done = await app.http().post(`/sign/withdraw/${withdrawToken}`).type('form').send('').expect(200);
    expect(done.text).toContain('Signature withdrawn');
    const tombstone = (await app.http().get(`/api/v1/signatures/${signature.id}`).set(auth(viewer)).expect(200)).body;
    expect(tombstone).toMatchObject({ status: 'withdrawn', signer: null, erasedAt: expect.any(String), area: { code: 'sefton' } });
    expect(tombstone.evidence).toEqual({ submittedIp: null, submittedUserAgent: null, verifiedIp: null, verifiedUserAgent: null });
    const stored = await app.dataSource.query('SELECT 1 FROM signatures WHERE email = $1 OR signer_name = $2', [body.email, body.signerName]);
    expect(stored).toHaveLength(0);
    expect(await app.dataSource.query(`SELECT 1 FROM mail_outbox WHERE recipient = $1 AND status = 'sent'`, [body.email])).toHaveLength(0);
    const afterWithdrawal = await counts('city-plan');
    expect(afterWithdrawal.total).toMatchObject({ verified: before.total.verified + 1, withdrawn: before.total.withdrawn + 1 });
    // The signer's own links say plainly what happened, and show nothing of the person.
    const certificateAfter = await app.http().get(`/sign/certificate/${linkToken(confirmed, 'certificate')}`).expect(200);
    expect(certificateAfter.text).toContain('was withdrawn on');
    expect(certificateAfter.text).toContain('your name and email address have been erased');
    expect(certificateAfter.text).not.toContain(String(body.signerName));
    const withdrawAgain = await app.http().post(`/sign/withdraw/${withdrawToken}`).type('form').send('').expect(410);
    expect(withdrawAgain.text).toContain('This signature has already been withdrawn.');
    expect((await app.http().get(`/sign/withdraw/${withdrawToken}`).expect(410)).text).toContain('already been withdrawn');
  });

  it('approval offers the existing partner with the same charity number, links it, and a withdrawal takes it off the PACT list', async () => {
    const existing = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ charityNumber: '5550001' })).expect(201)).body;
    const body = organisationSignature({ charityNumber: '555 0001', listingConsent: false });
    await sign('pact', body).expect(202);
    const confirmed = await verify(body.email);
    const signature = await signatureOf(body.email);
    expect(signature.partnerCandidates).toEqual([
      { id: existing.id, name: existing.name, matchedOn: ['charityNumber'], websiteDomain: new URL(existing.website).hostname.replace(/^www\./, ''), companyNumber: null, charityNumber: '5550001' },
    ]);
    const duplicate = await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({ createPartner: true }).expect(409);
    expect(duplicate.body.code).toBe('PARTNER.POSSIBLE_DUPLICATE');
    await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(viewer)).send({ partnerId: existing.id }).expect(403);
    await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({ partnerId: existing.id }).expect(200);
    let partner = (await app.http().get(`/api/v1/partners/${existing.id}`).set(auth(viewer)).expect(200)).body;
    expect(partner).toMatchObject({ lists: ['pact-partners'], publicListing: { consent: false } });

    await app.http().post(`/sign/withdraw/${linkToken(confirmed, 'withdraw')}`).type('form').send('').expect(200);
    partner = (await app.http().get(`/api/v1/partners/${existing.id}`).set(auth(viewer)).expect(200)).body;
    expect(partner.lists).toEqual([]);
    const withdrawn = (await app.http().get(`/api/v1/signatures/${signature.id}`).set(auth(viewer)).expect(200)).body;
    // An organisation's signature stays on record as evidence.
    expect(withdrawn).toMatchObject({ status: 'withdrawn', signer: { email: body.email }, partnerId: existing.id });
  });

  it('staff reject with a reason, and suspend an approved signature, which leaves the list until approved again', async () => {
    const rejectedBody = organisationSignature();
    await sign('pact', rejectedBody).expect(202);
    await verify(rejectedBody.email);
    const toReject = await signatureOf(rejectedBody.email);
    await app.http().post(`/api/v1/signatures/${toReject.id}/reject`).set(auth(officer)).send({}).expect(400);
    const rejected = await app.http().post(`/api/v1/signatures/${toReject.id}/reject`).set(auth(officer)).send({ reason: 'Not a real organisation' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: 'Not a real organisation' });
    await app.http().post(`/api/v1/signatures/${toReject.id}/suspend`).set(auth(officer)).send({ reason: 'x' }).expect(409);

    const body = organisationSignature();
    await sign('pact', body).expect(202);
    await verify(body.email);
    const signature = await signatureOf(body.email);
    const { partnerId } = (await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(admin)).send({ createPartner: true }).expect(200)).body;
    await app.http().post(`/api/v1/signatures/${signature.id}/suspend`).set(auth(officer)).send({ reason: 'Under investigation' }).expect(200);
    expect((await app.http().get(`/api/v1/partners/${partnerId}`).set(auth(viewer))).body.lists).toEqual([]);
    await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({}).expect(200);
    expect((await app.http().get(`/api/v1/partners/${partnerId}`).set(auth(viewer))).body.lists).toEqual(['pact-partners']);
    const queue = await app.http().get('/api/v1/signatures?status=verified&pledge=pact').set(auth(viewer)).expect(200);
    expect(queue.body.items.every((s: { status: string }) => s.status === 'verified')).toBe(true);
  });

  it('expired, reused and forged links are refused', async () => {
    const body = organisationSignature();
    await sign('pact', body).expect(202);
    const token = linkToken(await mailTo(body.email, 'Confirm your signature'), 'verify');
    await app.dataSource.query(`UPDATE signature_tokens SET expires_at = now() - interval '1 second' WHERE signature_id IN (SELECT id FROM signatures WHERE email = $1)`, [body.email]);
    const expired = await app.http().post(`/sign/verify/${token}`).type('form').send('').expect(410);
    expect(expired.text).toContain('data-error-code="PLEDGE.TOKEN_EXPIRED"');
    await app.http().get(`/sign/verify/${token}`).expect(410);

    // Signing again sends a fresh link (the signature is still unverified); it works once.
    app.mail.clear();
    await sign('pact', body).expect(202);
    const fresh = linkToken(await mailTo(body.email, 'Confirm your signature'), 'verify');
    await app.http().post(`/sign/verify/${fresh}`).type('form').send('').expect(200);
    const reused = await app.http().post(`/sign/verify/${fresh}`).type('form').send('').expect(410);
    expect(reused.text).toContain('data-error-code="PLEDGE.TOKEN_USED"');
    // Not only "already used": where the signature stands.
    expect(reused.text).toContain('You have already confirmed this signature');

    const forged = `${fresh.slice(0, -1)}${fresh.endsWith('A') ? 'B' : 'A'}`;
    const unknown = await app.http().post(`/sign/verify/${forged}`).type('form').send('').expect(404);
    expect(unknown.text).toContain('data-error-code="PLEDGE.TOKEN_INVALID"');
    await app.http().get('/sign/verify/not-a-token').expect(404);
    await app.http().get(`/sign/certificate/${forged}`).expect(404);
    // Only hashes are stored.
    expect(await app.dataSource.query('SELECT 1 FROM signature_tokens WHERE token_hash = $1 OR token_hash = $2', [fresh, token])).toHaveLength(0);
  });

  it('an unverified signature is never counted', async () => {
    const before = await counts('pact');
    const publicBefore = (await app.http().get('/public/pledges/pact').expect(200)).body.signatureCount;
    const body = organisationSignature({ area: 'halton' });
    await sign('pact', body).expect(202);
    await mailTo(body.email, 'Confirm your signature');
    const after = await counts('pact');
    expect(after.total.submitted).toBe(before.total.submitted + 1);
    expect(after.total.current.submitted).toBe((before.total.current.submitted ?? 0) + 1);
    for (const figure of ['verified', 'approved', 'withdrawn'] as const) expect(after.total[figure]).toBe(before.total[figure]);
    expect(areaCounts(after, 'halton').verified).toBe(areaCounts(before, 'halton').verified);
    expect((await app.http().get('/public/pledges/pact').expect(200)).body.signatureCount).toBe(publicBefore);
    const queue = await app.http().get('/api/v1/signatures?status=verified&pledge=pact&limit=100').set(auth(viewer)).expect(200);
    expect(queue.body.items.some((s: { signer: { email: string } }) => s.signer.email === body.email)).toBe(false);
  });

  it('a repeat submission for an address that signed gets the identical answer; the address is told by mail', async () => {
    const body = organisationSignature();
    const first = await sign('pact', body).expect(202);
    await verify(body.email);
    app.mail.clear();
    const again = await sign('pact', { ...body, organisationName: 'Someone Else Ltd' }).expect(202);
    const stranger = await sign('pact', organisationSignature()).expect(202);
    const visible = (res: typeof first) => ({ status: res.status, body: res.body, type: res.headers['content-type'], length: res.headers['content-length'] });
    expect(visible(again)).toEqual(visible(first));
    expect(visible(stranger)).toEqual(visible(first));
    const note = await mailTo(body.email, 'You have already signed');
    expect(note.text).toMatch(/\/sign\/certificate\//);
    expect(app.mail.messages.filter((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Confirm'))).toHaveLength(0);
    expect((await signatureOf(body.email)).organisation.name).toBe(body.organisationName);
  });

  it('20 parallel identical submissions make one signature and no 500', async () => {
    const body = organisationSignature();
    const ip = nextClientIp();
    const results = await Promise.all(Array.from({ length: 20 }, () => sign('pact', body, ip)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    const rows = await app.dataSource.query('SELECT id, status FROM signatures WHERE email = $1', [body.email]);
    expect(rows).toEqual([{ id: expect.any(String), status: 'submitted' }]);
  });

  it('mails to one address are capped per day, while the answer stays the same', async () => {
    const body = individualSignature();
    for (let i = 0; i < 5; i++) await sign('city-plan', body).expect(202);
    await mailTo(body.email, 'Confirm your signature');
    const sent = await app.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [body.email]);
    expect(sent).toEqual([{ n: 3 }]);
  });

  it('a filled honeypot gets the usual answer, and nothing is stored or sent', async () => {
    const body = organisationSignature({ url: 'http://spam.example' });
    const res = await sign('pact', body).expect(202);
    expect(res.body.status).toBe('received');
    expect(await app.dataSource.query('SELECT 1 FROM signatures WHERE email = $1', [body.email])).toHaveLength(0);
    expect(await app.dataSource.query('SELECT 1 FROM mail_outbox WHERE recipient = $1', [body.email])).toHaveLength(0);
  });

  it.each([
    ['signerName', 'Eve\r\nBcc: victim@example.org'],
    ['signerName', 'Eve\nX'],
    ['jobTitle', 'Boss\rBcc: a@b.c'],
    ['organisationName', 'Org\u2028Subject: hi'],
    ['email', 'eve@example.org\r\nBcc: victim@example.org'],
    ['email', 'eve@example.org%0d%0aBcc:victim@example.org'],
    ['email', 'eve@example.org\u0000'],
  ])('a header-injection attempt in %s is rejected with 400', async (field, value) => {
    const res = await sign('pact', organisationSignature({ [field]: value })).expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('refuses what the pledge kind does not ask for, or lacks what it needs', async () => {
    const noAuthority = await sign('pact', organisationSignature({ authorityConfirmed: false })).expect(400);
    expect(noAuthority.body.errors.map((e: { field: string }) => e.field)).toEqual(['authorityConfirmed']);
    const missing = await sign('pact', individualSignature()).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['authorityConfirmed', 'jobTitle', 'organisationKind', 'organisationName']);
    await sign('city-plan', { ...individualSignature(), organisationName: 'X' }).expect(400);
    const commitment = await sign('pact', organisationSignature({ commitments: ['being-good-neighbours'] })).expect(422);
    expect(commitment.body.code).toBe('PLEDGE.UNKNOWN_COMMITMENT');
    expect((await sign('pact', organisationSignature({ area: 'atlantis' })).expect(422)).body.code).toBe('REFERENCE.UNKNOWN');
    expect((await sign('no-such-pledge', organisationSignature()).expect(404)).body.code).toBe('PLEDGE.NOT_FOUND');
  });

  it('a new text version leaves existing signatures on the version and hash they signed', async () => {
    const old = (await app.http().get('/public/pledges/city-plan').expect(200)).body;
    const earlier = individualSignature();
    await sign('city-plan', earlier).expect(202);
    await verify(earlier.email);
    const newText = `${old.text}\n\nI will also take part in the annual State of the City conversation.`;
    await app.http().post('/api/v1/pledges/city-plan/texts').set(auth(officer)).send({ body: newText }).expect(403);
    const published = await app.http().post('/api/v1/pledges/city-plan/texts').set(auth(admin)).send({ body: newText }).expect(201);
    expect(published.body.currentVersion).toBe(old.version + 1);
    const current = (await app.http().get('/public/pledges/city-plan').expect(200)).body;
    expect(current).toMatchObject({ version: old.version + 1, text: newText });
    expect(current.sha256).not.toBe(old.sha256);

    expect(await signatureOf(earlier.email, 'city-plan')).toMatchObject({ textVersion: old.version, textSha256: old.sha256 });
    const stale = await sign('city-plan', { ...individualSignature(), textVersion: old.version }).expect(409);
    expect(stale.body.code).toBe('PLEDGE.TEXT_CHANGED');
    const later = individualSignature();
    await sign('city-plan', { ...later, textVersion: current.version }).expect(202);
    await verify(later.email);
    expect(await signatureOf(later.email, 'city-plan')).toMatchObject({ textVersion: current.version, textSha256: current.sha256 });
    const byVersion = (await counts('city-plan')).versions.map((v: { version: number }) => v.version);
    expect(byVersion).toEqual(expect.arrayContaining([old.version, current.version]));
    // Published texts cannot be changed or removed, even in SQL.
    await expect(app.dataSource.query(`UPDATE pledge_texts SET body = 'changed' WHERE version = $1`, [old.version])).rejects.toThrow(/immutable/);
    await expect(app.dataSource.query('DELETE FROM pledge_texts')).rejects.toThrow(/immutable/);
  });

  it('the retention job deletes signatures unverified for 30 days, keeps the rest, and is idempotent', async () => {
    const stale = organisationSignature();
    const recent = organisationSignature();
    const verified = organisationSignature();
    for (const body of [stale, recent, verified]) await sign('pact', body).expect(202);
    await verify(verified.email);
    await app.dataSource.query(
      `UPDATE signatures SET created_at = now() - interval '31 days', submitted_at = now() - interval '31 days' WHERE email = ANY($1)`,
      [[stale.email, verified.email]],
    );
    await app.dataSource.query(`UPDATE signatures SET created_at = now() - interval '29 days', submitted_at = now() - interval '29 days' WHERE email = $1`, [recent.email]);
    const handler = app.worker?.get(PurgeUnverifiedSignaturesHandler) as PurgeUnverifiedSignaturesHandler;
    await handler.handle();
    const left = async () =>
      (await app.dataSource.query('SELECT email FROM signatures WHERE email = ANY($1) ORDER BY email', [[stale.email, recent.email, verified.email]])).map(
        (r: { email: string }) => r.email,
      );
    expect(await left()).toEqual([recent.email, verified.email].sort());
    await handler.handle();
    expect(await left()).toEqual([recent.email, verified.email].sort());
    // Sent signing mails no longer hold their secret links.
    const bodies = await app.dataSource.query(`SELECT text_body FROM mail_outbox WHERE recipient = $1 AND status = 'sent'`, [verified.email]);
    expect(bodies.length).toBeGreaterThan(0);
    for (const { text_body } of bodies) expect(text_body).not.toMatch(/\/sign\//);
  });

  it('merging partners moves their signatures', async () => {
    const body = organisationSignature();
    await sign('pact', body).expect(202);
    await verify(body.email);
    const signature = await signatureOf(body.email);
    const { partnerId } = (await app.http().post(`/api/v1/signatures/${signature.id}/approve`).set(auth(officer)).send({ createPartner: true }).expect(200)).body;
    const survivor = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    await app.http().post(`/api/v1/partners/${survivor.id}/merge`).set(auth(admin)).send({ duplicateId: partnerId }).expect(200);
    expect((await app.http().get(`/api/v1/signatures/${signature.id}`).set(auth(viewer))).body.partnerId).toBe(survivor.id);
  });
});

describe('per-IP rate limit on signing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { ...ENV, PLEDGE_SIGN_MAX_PER_IP: '3' } });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After once an address has signed too often, on the API and the form alike', async () => {
    const ip = nextClientIp();
    for (let i = 0; i < 3; i++) {
      await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', ip).send(individualSignature()).expect(202);
    }
    const limited = await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', ip).send(individualSignature()).expect(429);
    expect(limited.body.code).toBe('PLEDGE.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const form = new URLSearchParams({ signerName: 'Pat', email: 'pat@home.test', textVersion: '' });
    const page = await app.http().post('/sign/city-plan').set('x-forwarded-for', ip).type('form').send(form.toString()).expect(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['retry-after']).toBeDefined();
    // Another client is not affected.
    await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', nextClientIp()).send(individualSignature()).expect(202);
  });
  describe('the words a signer reads', () => {
    it('an empty submit asks for each thing plainly; a full name on two lines is asked for on one', async () => {
      const empty = await app.http().post('/sign/city-plan').set('x-forwarded-for', nextClientIp()).type('form').send('textVersion=').expect(400);
      expect(empty.text).toContain('Enter your full name<');
      expect(empty.text).toContain('Enter your email address');
      expect(empty.text).not.toContain('on one line');
      const twoLines = new URLSearchParams({ signerName: 'Pat\nSmith', email: 'pat@home.test', textVersion: '' });
      const bad = await app.http().post('/sign/city-plan').set('x-forwarded-for', nextClientIp()).type('form').send(twoLines.toString()).expect(400);
      expect(bad.text).toContain('Enter your full name on one line');
    });

    it('thanks the signer in a sentence that reads for any pledge title', async () => {
      const page = await app.http().get('/sign/city-plan/check-email').expect(200);
      expect(page.text).toContain('Thank you: we have your signature for the pledge <strong>“Endorse the City Plan”</strong>.');
      expect(page.text).not.toContain('Thank you for signing <strong>Endorse');
    });
  });
});
