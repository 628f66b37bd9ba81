import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { findInTextColumns, postgresQueueTexts, redisQueueTexts } from '../support/data-scan.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { registerSubject } from '../support/personal-data.js';
import { individualSignature, linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { capturedLogs, startTestApp, type TestApp } from '../support/test-app.js';

const ENV = { TRUST_PROXY_HOPS: '1', PLEDGE_SIGN_MAX_PER_IP: '50', PLEDGE_MAIL_MAX_PER_EMAIL_PER_DAY: '10' };

interface Person {
  name: string;
  formerName: string;
  email: string;
}

describe.each(QUEUE_BACKENDS)('data protection on the %s queue backend', (backend, env) => {
  let app: TestApp;
  let admin: string;
  let officer: string;
  const leakedJobs: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { ...env, ...ENV } });
    [admin, officer] = await Promise.all([app.tokenFor('admin'), app.tokenFor('officer')]);
  });
  afterAll(async () => {
    const maintenance = await app.api.get(JobProducer).queue('maintenance');
    for (const id of leakedJobs) await (await maintenance.getJob(id))?.remove();
    await app.close();
  });

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const sign = (slug: string, body: Record<string, unknown>) =>
    app.http().post(`/public/pledges/${slug}/signatures`).set('x-forwarded-for', nextClientIp()).send(body);
  const mailTo = (email: string, subject: string): Promise<CaughtMail> =>
    app.mail.waitFor((m) => m.to.includes(email) && m.subject.startsWith(subject));
  const verify = async (email: string): Promise<CaughtMail> => {
    const token = linkToken(await mailTo(email, 'Confirm your signature'), 'verify');
    await app.http().post(`/sign/verify/${token}`).type('form').send('').expect(200);
    return mailTo(email, 'Signature confirmed');
  };
  const signatureIdFor = async (email: string, slug: string): Promise<string> =>
    (await app.dataSource.query(
      'SELECT s.id FROM signatures s JOIN pledges p ON p.id = s.pledge_id WHERE s.email = $1 AND p.slug = $2',
      [email, slug],
    ))[0].id;
  const counts = async (slug: string) => (await app.http().get(`/api/v1/pledges/${slug}/counts`).set(auth(officer)).expect(200)).body.total;
  const scalar = async (sql: string, params: unknown[] = []): Promise<number> => (await app.dataSource.query(sql, params))[0].n;
  const queueTexts = () =>
    backend === 'redis'
      ? redisQueueTexts(env.REDIS_URL ?? '', env.QUEUE_REDIS_PREFIX ?? '')
      : postgresQueueTexts(process.env.DATABASE_URL ?? '');

  /** One person across the product: two contact records' worth of history, meetings, two signatures, mail. */
  async function buildPerson(): Promise<Person & { ids: Record<string, string> }> {
    const unique = randomUUID().slice(0, 8);
    const person = { name: `Robin Quill ${unique}`, formerName: `Robin Quillfeather ${unique}`, email: `robin.quill-${unique}@home.test` };
    registerSubject(person.name, person.formerName);
    const partner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    const nextPartner = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    const contact = (
      await app
        .http()
        .post(`/api/v1/partners/${partner.id}/contacts`)
        .set(auth(officer))
        .send(contactBody({ fullName: person.formerName, email: person.email, phone: '+44 151 496 0123', jobTitle: 'Volunteer Lead' }))
        .expect(201)
    ).body;
    await app.http().patch(`/api/v1/contacts/${contact.id}`).set(auth(officer)).set('if-match', '"1"')
      .send({ fullName: person.name, communicationPreferences: { newsletter: true } }).expect(200);
    await app.http().post(`/api/v1/contacts/${contact.id}/move`).set(auth(officer)).set('if-match', '"2"')
      .send({ partnerId: nextPartner.id, jobTitle: 'Trustee' }).expect(200);
    const meeting = (
      await app.http().post('/api/v1/meetings').set(auth(officer)).send({
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        kind: 'meeting',
        title: `Catch-up with ${person.name}`,
        partnerIds: [nextPartner.id],
        contactIds: [contact.id],
        notes: `${person.name} will share the volunteer rota; write to ${person.email}.`,
        actions: [{ description: `Send ${person.name} the minutes` }],
      }).expect(201)
    ).body;

    await sign('city-plan', individualSignature({ signerName: person.name, email: person.email })).expect(202);
    await verify(person.email);
    const endorsement = await signatureIdFor(person.email, 'city-plan');
    await app.http().post(`/api/v1/signatures/${endorsement}/approve`).set(auth(officer)).send({}).expect(200);
    app.mail.clear();
    await sign('pact', organisationSignature({ signerName: person.name, email: person.email })).expect(202);
    await verify(person.email);
    const pactSignature = await signatureIdFor(person.email, 'pact');
    await app.http().post(`/api/v1/signatures/${pactSignature}/approve`).set(auth(officer)).send({ createPartner: true }).expect(200);
    // A mail server that refuses the address and quotes it back: the error is kept without it.
    app.mail.failNext(1, 550, `5.1.1 <${person.email.toUpperCase()}>: mailbox unavailable`);
    await sign('city-plan', individualSignature({ signerName: person.name, email: person.email })).expect(202);
    await eventually(async () => ((await scalar(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1 AND status = 'failed'`, [person.email])) > 0 ? true : undefined));
    return { ...person, ids: { contact: contact.id, meeting: meeting.id, action: meeting.actions[0].id, endorsement, pactSignature, partner: partner.id } };
  }

  it('subject access finds a person everywhere; erasure leaves no trace of them, keeps the counts and suppresses them', async () => {
    const person = await buildPerson();
    // A job that should never exist (payloads carry ids only), to prove erasure reaches the queue backend too.
    const maintenance = await app.api.get(JobProducer).queue('maintenance');
    const leakId = `leak-${randomUUID()}`;
    leakedJobs.push(leakId);
    await maintenance.add('data-protection.apply-retention', { asOf: '2030-01-01', note: `${person.name} <${person.email}>` }, { jobId: leakId, delay: 86_400_000 });

    const sar = await app.http().get('/api/v1/data-protection/subject-access').query({ email: ` ${person.email.toUpperCase()} ` }).set(auth(admin)).expect(200);
    const report = sar.body;
    const ids = (section: string): string[] => report.items[section].map((row: { id: string }) => row.id);
    const outboxIds = (await app.dataSource.query('SELECT id FROM mail_outbox WHERE recipient = $1', [person.email])).map((r: { id: string }) => r.id);
    expect(outboxIds.length).toBeGreaterThanOrEqual(5);
    expect(report).toMatchObject({ email: person.email, suppressed: false, subjectHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(report.knownAs).toEqual(expect.arrayContaining([person.name, person.formerName, '+44 151 496 0123']));
    expect(ids('contacts')).toEqual([person.ids.contact]);
    expect(report.items.contactAffiliations).toHaveLength(2);
    expect(ids('signatures').sort()).toEqual([person.ids.endorsement, person.ids.pactSignature].sort());
    expect(report.items.signatures.every((s: { lawfulBasis: string }) => s.lawfulBasis === 'consent')).toBe(true);
    expect(report.items.meetingAttendance).toEqual([expect.objectContaining({ meetingId: person.ids.meeting, contactId: person.ids.contact })]);
    expect(ids('mailOutbox').sort()).toEqual([...outboxIds].sort());
    const auditActions = report.items.auditEntries.map((e: { entityType: string; action: string }) => `${e.entityType} ${e.action}`);
    expect(auditActions).toEqual(expect.arrayContaining(['contact created', 'contact updated', 'contact moved', 'meeting created']));
    const consents = report.items.consentEvents.map((e: { purpose: string; action: string }) => `${e.purpose} ${e.action}`);
    expect(consents).toEqual(expect.arrayContaining(['communications.email given', 'communications.newsletter given', 'pledge-signature given', 'name-display given']));
    expect(report.items.otherMentions).toEqual(
      expect.arrayContaining([
        { table: 'meeting_logs', id: person.ids.meeting, columns: ['title', 'notes'] },
        { table: 'meeting_actions', id: person.ids.action, columns: ['description'] },
      ]),
    );
    expect(report.counts.signatures).toBe(2);
    // The failed mail kept the server's answer without the address.
    const failed = await app.dataSource.query(`SELECT last_error FROM mail_outbox WHERE recipient = $1 AND status = 'failed'`, [person.email]);
    expect(failed[0].last_error).toContain('<[recipient]>');

    const summary = await app.http().get('/api/v1/data-protection/subject-access').query({ email: person.email, format: 'summary' }).set(auth(admin)).expect(200);
    expect(summary.headers['content-type']).toMatch(/^text\/html/);
    expect(summary.text).toContain(`Data held about ${person.email}`);
    expect(summary.text).toContain('Meetings attended (1)');
    expect(summary.text).toContain('Pledge signatures (2)');
    const browser = await app.http().get('/api/v1/data-protection/subject-access').query({ email: person.email }).set(auth(admin)).set('accept', 'text/html').expect(200);
    expect(browser.text).toContain('<h1>Data held about');

    const pledgeCounts = { cityPlan: await counts('city-plan'), pact: await counts('pact') };
    const before = {
      contacts: await scalar('SELECT count(*)::int AS n FROM contacts'),
      outbox: await scalar('SELECT count(*)::int AS n FROM mail_outbox'),
      audit: await scalar('SELECT count(*)::int AS n FROM audit_entries'),
      attendance: await scalar('SELECT count(*)::int AS n FROM meeting_contacts'),
    };

    const erasure = await app.http().post('/api/v1/data-protection/erasures').set(auth(admin))
      .send({ email: person.email.toUpperCase(), reason: `Written request from ${person.name}` }).expect(201);
    expect(erasure.body).toMatchObject({ subjectHash: report.subjectHash, remainingMentions: [] });
    expect(erasure.body.counts).toMatchObject({ contacts: 1, contact_affiliations: 2, signatures: 2, meeting_logs: 1, meeting_actions: 1, suppression_entries: 1 });
    expect(erasure.body.counts.mail_outbox).toBeGreaterThanOrEqual(outboxIds.length);
    // Contact created, updated and moved, and the meeting's creation (its title, notes and attendee's name).
    expect(erasure.body.counts.audit_entries).toBe(4);
    expect(erasure.body.counts.queue).toBeGreaterThanOrEqual(1);

    // No trace of the email or any name they had, in any table, in the queue backend or in the logs.
    const needles = [person.email, person.name, person.formerName];
    expect(await findInTextColumns(app.dataSource, needles)).toEqual([]);
    const queued = (await queueTexts()).filter((t) => needles.some((n) => t.text.toLowerCase().includes(n.toLowerCase())));
    expect(queued.map((t) => t.source)).toEqual([]);
    expect(capturedLogs.filter((line) => needles.some((n) => line.toLowerCase().includes(n.toLowerCase())))).toEqual([]);

    // Counts still add up: rows are pseudonymised, not removed; the erasure itself is audited by hash only.
    expect(await counts('city-plan')).toEqual(pledgeCounts.cityPlan);
    expect(await counts('pact')).toEqual(pledgeCounts.pact);
    expect(await scalar('SELECT count(*)::int AS n FROM contacts')).toBe(before.contacts);
    expect(await scalar('SELECT count(*)::int AS n FROM mail_outbox')).toBe(before.outbox);
    expect(await scalar('SELECT count(*)::int AS n FROM meeting_contacts')).toBe(before.attendance);
    // + the erasure, + one "erased" entry on the contact and on each signature.
    expect(await scalar('SELECT count(*)::int AS n FROM audit_entries')).toBe(before.audit + 4);
    const [entry] = await app.dataSource.query(`SELECT changes, reason, actor_id FROM audit_entries WHERE entity_type = 'data-subject' AND action = 'erased' AND changes -> 'subjectHash' ->> 'after' = $1`, [report.subjectHash]);
    expect(entry.reason).toBe('Written request from [erased]');
    expect(entry.changes.counts.after.contacts).toBe(1);
    const contact = (await app.http().get(`/api/v1/contacts/${person.ids.contact}`).set(auth(officer)).expect(200)).body;
    expect(contact).toMatchObject({ fullName: 'Erased person', email: null, phone: null, jobTitle: null, erasedAt: expect.any(String), archivedAt: expect.any(String) });
    const meeting = (await app.http().get(`/api/v1/meetings/${person.ids.meeting}`).set(auth(officer)).expect(200)).body;
    expect(meeting.contacts).toEqual([{ id: person.ids.contact, name: 'Erased person' }]);
    expect(meeting.notes).toBe('[erased] will share the volunteer rota; write to [erased].');
    const trail = (await app.http().get(`/api/v1/contacts/${person.ids.contact}/audit`).set(auth(officer)).expect(200)).body;
    expect(trail[0]).toMatchObject({ action: 'erased' });
    expect(trail.find((e: { action: string }) => e.action === 'created').changes.fullName.after).toBe(`erased:${report.subjectHash}`);
    const endorsement = (await app.http().get(`/api/v1/signatures/${person.ids.endorsement}`).set(auth(officer)).expect(200)).body;
    expect(endorsement).toMatchObject({ status: 'approved', signer: null, area: { code: 'sefton' }, erasedAt: expect.any(String) });
    const pact = (await app.http().get(`/api/v1/signatures/${person.ids.pactSignature}`).set(auth(officer)).expect(200)).body;
    expect(pact).toMatchObject({ status: 'approved', signer: null, organisation: { name: expect.any(String) }, listingConsent: true });
    const mails = await app.dataSource.query('SELECT DISTINCT recipient FROM mail_outbox WHERE id = ANY($1)', [outboxIds]);
    expect(mails).toEqual([{ recipient: `erased:${report.subjectHash}` }]);

    // Suppressed: not added again by staff (any spelling), not re-added or mailed by signing.
    const again = await app.http().post(`/api/v1/partners/${person.ids.partner}/contacts`).set(auth(officer))
      .send(contactBody({ email: person.email.toUpperCase() })).expect(409);
    expect(again.body.code).toBe('DATA_PROTECTION.SUPPRESSED');
    app.mail.clear();
    await sign('city-plan', individualSignature({ signerName: person.name, email: person.email })).expect(202);
    // Signing writes its mail to the outbox before it answers: no row, no mail, whenever the relay runs.
    expect(await scalar('SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1', [person.email])).toBe(0);
    expect(await scalar('SELECT count(*)::int AS n FROM signatures WHERE email = $1', [person.email])).toBe(0);
    expect(app.mail.messages.filter((m) => m.to.includes(person.email))).toEqual([]);

    const afterwards = (await app.http().get('/api/v1/data-protection/subject-access').query({ email: person.email }).set(auth(admin)).expect(200)).body;
    expect(afterwards.suppressed).toBe(true);
    expect(Object.values(afterwards.counts).every((n) => n === 0)).toBe(true);
    // Erasing again is harmless: nothing left to find.
    const repeat = await app.http().post('/api/v1/data-protection/erasures').set(auth(admin)).send({ email: person.email, reason: 'duplicate request' }).expect(201);
    expect(repeat.body.counts).toMatchObject({ contacts: 0, signatures: 0, suppression_entries: 0 });
  });

  it('an erasure preview counts, table by table, what the erasure then reports, and changes nothing', async () => {
    const person = await buildPerson();
    const before = (await app.http().get('/api/v1/data-protection/subject-access').query({ email: person.email }).set(auth(admin)).expect(200)).body;
    const suppressedBefore = (await app.http().get('/api/v1/data-protection/suppression-list').set(auth(admin)).expect(200)).body.size;
    const audits = await scalar('SELECT count(*)::int AS n FROM audit_entries');

    const preview = await app.http().post('/api/v1/data-protection/erasures/preview').set(auth(admin)).send({ email: person.email.toUpperCase() }).expect(200);
    expect(preview.body.counts).toMatchObject({ contacts: 1, suppression_entries: 1 });
    const unchanged = (await app.http().get('/api/v1/data-protection/subject-access').query({ email: person.email }).set(auth(admin)).expect(200)).body;
    expect(unchanged.counts).toEqual(before.counts);
    expect(await scalar('SELECT count(*)::int AS n FROM audit_entries')).toBe(audits);
    expect((await app.http().get('/api/v1/data-protection/suppression-list').set(auth(admin)).expect(200)).body.size).toBe(suppressedBefore);

    const erased = await app.http().post('/api/v1/data-protection/erasures').set(auth(admin)).send({ email: person.email, reason: 'erasure request by email' }).expect(201);
    expect(erased.body.counts).toEqual(preview.body.counts);
    expect(erased.body.subjectHash).toBe(preview.body.subjectHash);
    expect((await app.http().get('/api/v1/data-protection/suppression-list').set(auth(admin)).expect(200)).body.size).toBe(suppressedBefore + 1);

    await app.http().post('/api/v1/data-protection/erasures/preview').set(auth(officer)).send({ email: person.email }).expect(403);
    const staff = `staff-${randomUUID().slice(0, 8)}@staff.test`;
    await app.tokenFor('viewer', staff);
    const refused = await app.http().post('/api/v1/data-protection/erasures/preview').set(auth(admin)).send({ email: staff }).expect(409);
    expect(refused.body.code).toBe('DATA_PROTECTION.STAFF_ACCOUNT');
    const invalid = await app.http().post('/api/v1/data-protection/erasures/preview').set(auth(admin)).send({ email: 'not an address' }).expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('a staff member cannot be erased as a data subject', async () => {
    const email = `staff-${randomUUID().slice(0, 8)}@staff.test`;
    await app.tokenFor('viewer', email);
    const res = await app.http().post('/api/v1/data-protection/erasures').set(auth(admin)).send({ email, reason: 'asked to be forgotten' }).expect(409);
    expect(res.body.code).toBe('DATA_PROTECTION.STAFF_ACCOUNT');
  });
});

describe('the append-only audit trail and erasure', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** Runs statements in a transaction that is always rolled back. */
  async function inTransaction(work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>): Promise<void> {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await work((sql, params) => runner.query(sql, params));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('ordinary code cannot change or delete entries, even with the redaction flag; only a marker may replace a value', async () => {
    const officer = await app.tokenFor('officer');
    const partner = (await app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).send(partnerBody()).expect(201)).body;
    const contact = (await app.http().post(`/api/v1/partners/${partner.id}/contacts`).set('authorization', `Bearer ${officer}`).send(contactBody()).expect(201)).body;
    const [{ id }] = await app.dataSource.query(`SELECT id FROM audit_entries WHERE entity_id = $1 AND action = 'created'`, [contact.id]);
    const marker = `erased:${'a'.repeat(64)}`;
    await expect(app.dataSource.query(`UPDATE audit_entries SET changes = '{}' WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(app.dataSource.query(`DELETE FROM audit_entries WHERE id = $1`, [id])).rejects.toThrow('append-only');
    const withFlag = (sql: string, params: unknown[]) =>
      inTransaction(async (query) => {
        await query(`SELECT set_config('crm.audit_redaction', 'on', true)`);
        await query(sql, params);
      });
    await expect(withFlag(`UPDATE audit_entries SET changes = jsonb_set(changes, '{fullName,after}', '"Someone else"') WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(withFlag(`UPDATE audit_entries SET changes = changes - 'fullName' WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(withFlag(`UPDATE audit_entries SET action = 'updated' WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(withFlag(`DELETE FROM audit_entries WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(withFlag(`UPDATE audit_entries SET changes = jsonb_set(changes, '{fullName,after}', to_jsonb($2::text)) WHERE id = $1`, [id, marker])).resolves.toBeUndefined();
    await expect(
      inTransaction(async (query) => {
        await query(`UPDATE audit_entries SET changes = jsonb_set(changes, '{fullName,after}', to_jsonb($2::text)) WHERE id = $1`, [id, marker]);
      }),
    ).rejects.toThrow('append-only');
  });
});
