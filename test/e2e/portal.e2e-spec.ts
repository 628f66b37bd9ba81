import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { nextClientIp } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LINK = /\/portal\/sign-in\/([0-9a-f-]{36})\/([A-Za-z0-9_-]{43})/g;

function links(mail: CaughtMail): { partnerId: string; token: string }[] {
  return [...mail.text.matchAll(LINK)].map((m) => ({ partnerId: m[1], token: m[2] }));
}

const errorCode = (html: string): string | undefined => /data-error-code="([A-Z_.]+)"/.exec(html)?.[1];

describe('partner portal: sign-in by emailed link, proposals and moderation', () => {
  let app: TestApp;
  let admin: string;
  const auth = (): [string, string] => ['authorization', `Bearer ${admin}`];

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { PORTAL_LINK_MAX_PER_EMAIL: '3', PORTAL_SIGN_IN_MIN_RESPONSE_MS: '0', INSTITUTION_NAME: 'Test Borough Council', PRIVACY_NOTICE_URL: 'https://council.example/privacy' } });
    admin = await app.tokenFor('admin');
  });
  afterAll(() => app.close());

  async function organisationWithContact(): Promise<{ partnerId: string; contactId: string; email: string; name: string }> {
    const name = `Portal org ${randomUUID().slice(0, 8)}`;
    const partner = await app.http().post('/api/v1/partners').set(...auth()).send(partnerBody({ name })).expect(201);
    const partnerId = (partner.body as { id: string }).id;
    const body = contactBody({ email: `portal-${randomUUID().slice(0, 8)}@partner.test` });
    const contact = await app.http().post(`/api/v1/partners/${partnerId}/contacts`).set(...auth()).send(body).expect(201);
    return { partnerId, contactId: (contact.body as { id: string }).id, email: String(body.email), name };
  }

  async function askForLink(email: string, ip = nextClientIp()): Promise<string> {
    const res = await app.http().post('/portal/sign-in').set('x-forwarded-for', ip).type('form').send({ email }).expect(200);
    return res.text;
  }

  async function signIn(partnerId: string, token: string): Promise<{ cookie: string; csrf: string }> {
    const res = await app.http().post(`/portal/sign-in/${partnerId}/${token}`).expect(303);
    expect(res.headers.location).toBe('/portal');
    const setCookie = String(res.headers['set-cookie']);
    const cookie = /crm_portal=[^;]+/.exec(setCookie)?.[0] ?? '';
    const home = await app.http().get('/portal').set('cookie', cookie).expect(200);
    const csrf = /name="csrf" value="([0-9a-f]{64})"/.exec(home.text)?.[1] ?? '';
    return { cookie, csrf };
  }

  it('answers a known and an unknown address alike, and mails a single-use link only to the known one', async () => {
    const org = await organisationWithContact();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@partner.test`;
    const [known, stranger] = [await askForLink(org.email), await askForLink(unknown)];
    expect(known).toBe(stranger);
    const mail = await app.mail.waitFor((m) => m.to.includes(org.email) && m.subject === 'Your sign-in link for the partner portal');
    const [link] = links(mail);
    // The privacy notice: on the page and in the mail, naming the institution.
    const signing = await app.http().get('/sign/pact').expect(200);
    for (const text of [known, mail.text, signing.text]) {
      expect(text).toContain('Test Borough Council');
      expect(text).toContain('https://council.example/privacy');
    }
    expect(link.partnerId).toBe(org.partnerId);
    expect(mail.text).toContain(org.name);
    expect(await app.dataSource.query(`SELECT id FROM mail_outbox WHERE recipient = $1`, [unknown])).toEqual([]);

    // Opening the link asks for a click; posting it signs in with the portal's own cookie.
    const confirm = await app.http().get(`/portal/sign-in/${link.partnerId}/${link.token}`).expect(200);
    expect(confirm.text).toContain(org.name);
    const res = await app.http().post(`/portal/sign-in/${link.partnerId}/${link.token}`).expect(303);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^crm_portal=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/portal; HttpOnly; SameSite=Strict$/);
    const cookie = /crm_portal=[^;]+/.exec(setCookie)?.[0] ?? '';
    const home = await app.http().get('/portal').set('cookie', cookie).expect(200);
    expect(home.text).toContain(`<h1>${org.name}</h1>`);

    // The portal cookie is no staff credential.
    const staff = await app.http().get('/api/v1/partners').set('cookie', cookie).expect(401);
    expect((staff.body as { code: string }).code).toBe('AUTH.UNAUTHENTICATED');

    // Used once: refused the second time, with the one page every bad link gets.
    const reused = await app.http().post(`/portal/sign-in/${link.partnerId}/${link.token}`).expect(410);
    expect(errorCode(reused.text)).toBe('PORTAL.LINK_INVALID');
  });

  it('refuses expired, tampered and another organisation\'s links with the same page', async () => {
    const a = await organisationWithContact();
    const b = await organisationWithContact();
    await askForLink(a.email);
    const [link] = links(await app.mail.waitFor((m) => m.to.includes(a.email)));
    const pages: string[] = [];
    const refuse = async (partnerId: string, token: string): Promise<void> => {
      const get = await app.http().get(`/portal/sign-in/${partnerId}/${token}`).expect(410);
      const post = await app.http().post(`/portal/sign-in/${partnerId}/${token}`).expect(410);
      expect(post.headers['set-cookie']).toBeUndefined();
      pages.push(get.text, post.text);
    };
    await refuse(b.partnerId, link.token); // another organisation's
    const tampered = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    await refuse(a.partnerId, tampered);
    await refuse(a.partnerId, 'not-a-token');
    await app.dataSource.query(`UPDATE portal_links SET expires_at = now() - interval '1 second' WHERE partner_id = $1`, [a.partnerId]);
    await refuse(a.partnerId, link.token); // expired (otherwise good)
    expect(new Set(pages).size).toBe(1);
    expect(errorCode(pages[0])).toBe('PORTAL.LINK_INVALID');
    expect(pages[0]).toContain('Ask for a new sign-in link');
  });

  it('limits link requests per address (known or not) and says when to retry', async () => {
    const email = `limited-${randomUUID().slice(0, 8)}@partner.test`;
    for (let i = 0; i < 3; i += 1) await askForLink(email);
    const res = await app.http().post('/portal/sign-in').set('x-forwarded-for', nextClientIp()).type('form').send({ email: email.toUpperCase() }).expect(429);
    expect(errorCode(res.text)).toBe('PORTAL.RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a portal form without the session\'s CSRF value or from another site', async () => {
    const org = await organisationWithContact();
    await askForLink(org.email);
    const [link] = links(await app.mail.waitFor((m) => m.to.includes(org.email)));
    const { cookie, csrf } = await signIn(link.partnerId, link.token);
    const noToken = await app.http().post('/portal/sign-out').set('cookie', cookie).type('form').send({}).expect(403);
    expect(errorCode(noToken.text)).toBe('PORTAL.CSRF_REJECTED');
    await app.http().post('/portal/sign-out').set('cookie', cookie).set('sec-fetch-site', 'cross-site').type('form').send({ csrf }).expect(403);
    await app.http().post('/portal/sign-out').set('cookie', cookie).type('form').send({ csrf }).expect(200);
    const after = await app.http().get('/portal').set('cookie', cookie).expect(401);
    expect(errorCode(after.text)).toBe('PORTAL.SIGN_IN_REQUIRED');
  });

  it('staff invite a contact; a proposal is approved through the partners service, audited with the proposer', async () => {
    const org = await organisationWithContact();
    await app.http().post(`/api/v1/contacts/${org.contactId}/portal-invitation`).set(...auth()).expect(204);
    const invitation = await app.mail.waitFor((m) => m.to.includes(org.email) && m.subject.startsWith('You are invited to the partner portal'));
    const [link] = links(invitation);
    const { cookie, csrf } = await signIn(link.partnerId, link.token);
    const description = `We run community kitchens ${randomUUID().slice(0, 8)}`;
    const home = await app.http().get('/portal').set('cookie', cookie).expect(200);
    const area = /<option value="([a-z0-9-]+)" selected>/.exec(home.text)?.[1] ?? '';
    const sent = await app.http().post('/portal/proposals').set('cookie', cookie).type('form')
      .send(`csrf=${csrf}&name=${encodeURIComponent(org.name)}&description=${encodeURIComponent(description)}&website=&area=${area}&publicFields=description&publicFields=area`)
      .expect(303);
    expect(sent.headers.location).toBe('/portal?sent=1');

    const queue = await app.http().get('/api/v1/portal/proposals').set(...auth()).expect(200);
    const proposal = (queue.body as { id: string; partnerId: string; changes: Record<string, unknown>; proposer: { email: string } }[]).find((p) => p.partnerId === org.partnerId);
    expect(proposal?.changes).toEqual({ description, website: null, publicFields: ['area', 'description', 'name'] });
    expect(proposal?.proposer.email).toBe(org.email);

    const approved = await app.http().post(`/api/v1/portal/proposals/${proposal?.id}/approve`).set(...auth()).send({}).expect(200);
    expect((approved.body as { status: string }).status).toBe('approved');
    const partner = await app.http().get(`/api/v1/partners/${org.partnerId}`).set(...auth()).expect(200);
    expect((partner.body as { description: string }).description).toBe(description);
    const audit = await app.http().get(`/api/v1/partners/${org.partnerId}/audit`).set(...auth()).expect(200);
    const entries = ((audit.body as { items?: unknown[] }).items ?? audit.body) as { action: string; reason: string | null }[];
    expect(entries.find((e) => e.action === 'updated')?.reason).toContain(org.email);
    await app.http().post(`/api/v1/portal/proposals/${proposal?.id}/reject`).set(...auth()).send({ reason: 'Too late' }).expect(409);
  });

  it('a rejected proposal mails the reason to the proposer', async () => {
    const org = await organisationWithContact();
    await askForLink(org.email);
    const [link] = links(await app.mail.waitFor((m) => m.to.includes(org.email)));
    const { cookie, csrf } = await signIn(link.partnerId, link.token);
    const home = await app.http().get('/portal').set('cookie', cookie).expect(200);
    const area = /<option value="([a-z0-9-]+)" selected>/.exec(home.text)?.[1] ?? '';
    await app.http().post('/portal/proposals').set('cookie', cookie).type('form')
      .send(`csrf=${csrf}&name=${encodeURIComponent(`${org.name} Ltd`)}&description=&website=&area=${area}`).expect(303);
    const queue = await app.http().get('/api/v1/portal/proposals').set(...auth()).expect(200);
    const proposal = (queue.body as { id: string; partnerId: string }[]).find((p) => p.partnerId === org.partnerId);
    await app.http().post(`/api/v1/portal/proposals/${proposal?.id}/reject`).set(...auth()).send({ reason: 'Please use the registered name.' }).expect(200);
    const mail = await app.mail.waitFor((m) => m.to.includes(org.email) && m.subject.startsWith('Your proposed change'));
    expect(mail.text).toContain('Please use the registered name.');
  });

  it('a claim from the organisation\'s website domain is granted at once; one from elsewhere waits for staff', async () => {
    const unique = randomUUID().slice(0, 8);
    const domain = `claim-${unique}.org.test`;
    const name = `Claimable ${unique}`;
    const created = await app.http().post('/api/v1/partners').set(...auth())
      .send(partnerBody({ name, website: `https://www.${domain}`, status: 'active', publicListing: { consent: true, fields: ['name', 'website'] } })).expect(201);
    const partnerId = (created.body as { id: string }).id;
    await app.http().post('/api/v1/publications').set(...auth()).expect(200);

    const search = await app.http().get(`/portal/claim?q=${encodeURIComponent(name)}`).expect(200);
    expect(search.text).toContain(`/portal/claim/${partnerId}`);
    const outsider = `someone-${unique}@partner.test`;
    const claim = (email: string) => app.http().post(`/portal/claim/${partnerId}`).set('x-forwarded-for', nextClientIp()).type('form')
      .send({ name: `Claimant ${unique}`, email, evidence: 'I am the new volunteer coordinator' });
    const waiting = await claim(outsider).expect(200);
    await app.mail.waitFor((m) => m.to.includes(outsider) && m.subject === `Your claim for ${name}`);
    const queue = await app.http().get('/api/v1/portal/claims').set(...auth()).expect(200);
    const pending = (queue.body as { id: string; partnerId: string; email: string; evidence: string; domainMatches: boolean; websiteDomain: string }[]).find((c) => c.partnerId === partnerId);
    expect(pending).toMatchObject({ email: outsider, evidence: 'I am the new volunteer coordinator', domainMatches: false, websiteDomain: domain });

    const insider = `director@${domain}`;
    const granted = await claim(insider).expect(200);
    expect(granted.text).toBe(waiting.text);
    const [link] = links(await app.mail.waitFor((m) => m.to.includes(insider) && m.subject === 'Your sign-in link for the partner portal'));
    const { cookie } = await signIn(link.partnerId, link.token);
    await app.http().get('/portal').set('cookie', cookie).expect(200);
    // Now that it has a portal user, nobody else can claim it; the waiting claim is still staff's to decide.
    const closed = await claim(`late-${unique}@partner.test`).expect(409);
    expect(errorCode(closed.text)).toBe('PORTAL.NOT_CLAIMABLE');
    await app.http().post(`/api/v1/portal/claims/${pending?.id}/approve`).set(...auth()).expect(200);
    const [outsiderLink] = links(await app.mail.waitFor((m) => m.to.includes(outsider) && m.subject === 'Your sign-in link for the partner portal'));
    await signIn(outsiderLink.partnerId, outsiderLink.token);
    await app.http().post(`/api/v1/portal/claims/${pending?.id}/reject`).set(...auth()).send({ reason: 'late' }).expect(409);
  });

  it('an organisation keeps its contacts and their preferences (consent source form) and sees its commitments', async () => {
    const org = await organisationWithContact();
    await askForLink(org.email);
    const [link] = links(await app.mail.waitFor((m) => m.to.includes(org.email)));
    const { cookie, csrf } = await signIn(link.partnerId, link.token);
    const unique = randomUUID().slice(0, 8);
    const newEmail = `colleague-${unique}@partner.test`;
    const added = await app.http().post('/portal/contacts').set('cookie', cookie).type('form')
      .send(`csrf=${csrf}&fullName=${encodeURIComponent(`Colleague ${unique}`)}&jobTitle=Treasurer&email=${encodeURIComponent(newEmail)}&phone=&preferences=email&preferences=newsletter`).expect(303);
    expect(added.headers.location).toBe('/portal/contacts?saved=added');
    const contacts = await app.http().get(`/api/v1/partners/${org.partnerId}/contacts`).set(...auth()).expect(200);
    const colleague = (contacts.body as { id: string; email: string; version: number; communicationPreferences: Record<string, boolean> }[]).find((c) => c.email === newEmail);
    expect(colleague?.communicationPreferences).toEqual({ email: true, phone: false, post: false, newsletter: true, events: false });
    await app.http().post(`/portal/contacts/${colleague?.id}`).set('cookie', cookie).type('form')
      .send(`csrf=${csrf}&version=${colleague?.version}&fullName=${encodeURIComponent(`Colleague ${unique}`)}&jobTitle=Treasurer&email=${encodeURIComponent(newEmail)}&phone=&preferences=email`).expect(303);
    const sources = await app.dataSource.query<{ source: string; purpose: string; action: string }[]>(
      `SELECT source, purpose, action FROM consent_events WHERE subject_type = 'contact' AND subject_id = $1 ORDER BY occurred_at, id`, [colleague?.id],
    );
    expect(sources.every((e) => e.source === 'form')).toBe(true);
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.at(-1)?.action).toBe('withdrawn');
    // Another organisation's contact cannot be changed from this session.
    const other = await organisationWithContact();
    const foreign = await app.http().get(`/api/v1/partners/${other.partnerId}/contacts`).set(...auth()).expect(200);
    const target = (foreign.body as { id: string; version: number }[])[0];
    await app.http().post(`/portal/contacts/${target.id}`).set('cookie', cookie).type('form').send(`csrf=${csrf}&version=${target.version}&fullName=Hijack`).expect(422);

    const agreement = await app.http().post('/api/v1/agreements').set(...auth())
      .send({ title: `Food pact ${unique}`, kind: 'memorandum-of-understanding', parties: [org.partnerId], description: `Internal note ${unique}` }).expect(201);
    expect((agreement.body as { id: string }).id).toBeTruthy();
    const page = await app.http().get('/portal/commitments').set('cookie', cookie).expect(200);
    expect(page.text).toContain(`Food pact ${unique}`);
    expect(page.text).not.toContain(`Internal note ${unique}`);
  });
});
