import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ApplyRetentionHandler } from '../../src/data-protection/apply-retention.handler.js';
import { REMOVED_MAIL_BODY } from '../../src/data-protection/retention.service.js';
import { SubjectHasher } from '../../src/data-protection/subject-hash.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { jobIds } from '../../src/queue/queue.contract.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { individualSignature, linkToken, nextClientIp } from '../support/pledges.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ENV = {
  TRUST_PROXY_HOPS: '1',
  PLEDGE_SIGN_MAX_PER_IP: '50',
  RETENTION_ENDED_PARTNER_CONTACT_YEARS: '2',
  RETENTION_SENT_MAIL_BODY_DAYS: '30',
  RETENTION_UNVERIFIED_SIGNATURE_DAYS: '30',
  RETENTION_CRON: '15 4 * * *',
};
const DAY_MS = 86_400_000;

/** Tables the retention job may change: compared row by row before and after a repeated run. */
const RETAINED_TABLES = ['contacts', 'contact_affiliations', 'signatures', 'mail_outbox', 'audit_entries', 'consent_events', 'meeting_logs', 'meeting_actions'];

describe.each(QUEUE_BACKENDS)('retention on the %s queue backend', (backend, env) => {
  let app: TestApp;
  let officer: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { ...env, ...ENV } });
    [officer, admin] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin')]);
  });
  afterAll(() => app.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const query = (sql: string, params: unknown[] = []) => app.dataSource.query(sql, params);

  /** Runs the job through the queue and the real worker, as of `asOf`, and waits for it to finish. */
  async function runRetention(asOf: string, attempt = 'first'): Promise<void> {
    const producer = app.api.get(JobProducer);
    const jobId = `${jobIds.applyRetention(asOf)}-${backend}-${attempt}`;
    await producer.enqueue('data-protection.apply-retention', { asOf }, jobId);
    const queue = await producer.queue('maintenance');
    await eventually(async () => {
      const state = await queue.getJobState(jobId);
      if (state === 'failed') throw new Error(`retention failed: ${(await queue.getJob(jobId))?.failedReason}`);
      return state === 'completed' ? true : undefined;
    });
  }

  async function snapshot(): Promise<Record<string, unknown[]>> {
    const rows: Record<string, unknown[]> = {};
    for (const table of RETAINED_TABLES) rows[table] = (await query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY id`)).map((r: { row: unknown }) => r.row);
    return rows;
  }

  it('registers the daily run on the configured schedule', async () => {
    const queue = await app.api.get(JobProducer).queue('maintenance');
    expect(await queue.getJobScheduler('data-protection-apply-retention')).toMatchObject({ pattern: '15 4 * * *', tz: 'Europe/London' });
  });

  it('applies each period as of the clock it is given, and a second run changes nothing more', async () => {
    const unique = randomUUID().slice(0, 8);
    const name = `Morgan Ashdown ${unique}`;
    const email = `morgan-${unique}@partner.test`;
    const ending = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ status: 'active' })).expect(201)).body;
    const leaver = (
      await app.http().post(`/api/v1/partners/${ending.id}/contacts`).set(auth(officer))
        .send(contactBody({ fullName: name, email, phone: '+44 151 496 0999', jobTitle: 'Chair' })).expect(201)
    ).body;
    const meeting = (
      await app.http().post('/api/v1/meetings').set(auth(officer)).send({
        occurredAt: new Date(Date.now() - DAY_MS).toISOString(),
        kind: 'call',
        title: 'Wind-down call',
        partnerIds: [ending.id],
        contactIds: [leaver.id],
        notes: `${name} confirmed the organisation is closing.`,
      }).expect(201)
    ).body;
    const ended = (await app.http().patch(`/api/v1/partners/${ending.id}`).set(auth(officer)).set('if-match', `"${ending.version}"`).send({ status: 'ended' }).expect(200)).body;
    expect(ended.endedAt).toEqual(expect.any(String));
    const live = (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody()).expect(201)).body;
    const stayer = (await app.http().post(`/api/v1/partners/${live.id}/contacts`).set(auth(officer)).send(contactBody()).expect(201)).body;

    const unverified = individualSignature();
    await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', nextClientIp()).send(unverified).expect(202);
    await app.mail.waitFor((m) => m.to.includes(String(unverified.email)));
    const testMail = { id: (await app.http().post('/api/v1/mail/test').set(auth(admin)).expect(202)).body.outboxId as string };
    await eventually(async () => ((await query('SELECT status FROM mail_outbox WHERE id = $1', [testMail.id]))[0].status === 'sent' ? true : undefined));

    // A year on: the partner ended too recently for its contacts; the signature and the mail body are past theirs.
    const now = Date.now();
    await runRetention(new Date(now + 365 * DAY_MS).toISOString());
    expect((await app.http().get(`/api/v1/contacts/${leaver.id}`).set(auth(officer)).expect(200)).body).toMatchObject({ fullName: name, email, erasedAt: null });
    expect(await query('SELECT 1 FROM signatures WHERE email = $1', [unverified.email])).toEqual([]);
    expect((await query('SELECT text_body, html_body FROM mail_outbox WHERE id = $1', [testMail.id]))[0]).toEqual({ text_body: REMOVED_MAIL_BODY, html_body: null });
    // The verification link mailed for the purged signature is dead with it.
    const verifyMail = await app.mail.waitFor((m) => m.to.includes(String(unverified.email)));
    await app.http().get(`/sign/verify/${linkToken(verifyMail, 'verify')}`).expect(404);

    // Three years on: the ended partner's contact is pseudonymised; the live partner's is not.
    const threeYears = new Date(now + 3 * 365 * DAY_MS).toISOString();
    const stayerBefore = (await app.http().get(`/api/v1/contacts/${stayer.id}`).set(auth(officer)).expect(200)).body;
    await runRetention(threeYears);
    expect((await app.http().get(`/api/v1/contacts/${leaver.id}`).set(auth(officer)).expect(200)).body).toMatchObject({
      fullName: 'Erased person',
      email: null,
      phone: null,
      jobTitle: null,
      erasedAt: expect.any(String),
    });
    expect((await app.http().get(`/api/v1/contacts/${stayer.id}`).set(auth(officer)).expect(200)).body).toEqual(stayerBefore);
    const notes = (await app.http().get(`/api/v1/meetings/${meeting.id}`).set(auth(officer)).expect(200)).body;
    expect(notes).toMatchObject({ notes: '[erased] confirmed the organisation is closing.', contacts: [{ id: leaver.id, name: 'Erased person' }] });
    const marker = `erased:${app.api.get(SubjectHasher).ofEmail(email)}`;
    const trail = (await app.http().get(`/api/v1/contacts/${leaver.id}/audit`).set(auth(officer)).expect(200)).body;
    expect(trail[0]).toMatchObject({ action: 'erased-by-retention', actorId: null });
    expect(trail.find((e: { action: string }) => e.action === 'created').changes).toMatchObject({
      fullName: { after: marker },
      email: { after: marker },
      phone: { after: marker },
      jobTitle: { after: marker },
    });
    const consents = (await app.http().get(`/api/v1/contacts/${leaver.id}/consents`).set(auth(officer)).expect(200)).body;
    expect(consents.current.every((c: { given: boolean; source: string }) => !c.given && c.source === 'system')).toBe(true);
    // Not suppressed: retention is not an erasure request, the person may be added again.
    await app.http().post(`/api/v1/partners/${live.id}/contacts`).set(auth(officer)).send(contactBody({ email })).expect(201);

    const before = await snapshot();
    await runRetention(threeYears, 'again');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an asOf that is not a date', async () => {
    const handler = app.worker?.get(ApplyRetentionHandler) as ApplyRetentionHandler;
    await expect(handler.handle({ asOf: 'next tuesday' })).rejects.toThrow('asOf');
  });
});
