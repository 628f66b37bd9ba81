import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { TransactionRunner } from '../../src/database/transaction.js';
import { MailRelayHandler } from '../../src/mail/mail-relay.handler.js';
import { MailSendHandler } from '../../src/mail/mail-send.handler.js';
import { mailTemplates } from '../../src/mail/mail-templates.js';
import { OutboxService } from '../../src/mail/outbox.service.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { jobIds } from '../../src/queue/queue.contract.js';
import { User } from '../../src/users/user.entity.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(QUEUE_BACKENDS)('mail outbox on the %s queue backend', (backend, env) => {
  let app: TestApp;
  let seq = 0;
  const nextEmail = (): string => `outbox-${backend}-${++seq}@partner.test`;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env });
  });
  afterAll(() => app.close());
  beforeEach(() => app.mail.clear());

  const outboxRow = async (id: string): Promise<{ status: string; attempts: number; last_error: string | null }> =>
    (await app.dataSource.query('SELECT status, attempts, last_error FROM mail_outbox WHERE id = $1', [id]))[0];

  const addMail = (recipient: string): Promise<string> =>
    app.api.get(TransactionRunner).run((tx) =>
      app.api.get(OutboxService).add(tx, recipient, mailTemplates.testMessage({ requestedAt: 'now' })),
    );

  it('a business write and its mail commit together, and the mail arrives by SMTP', async () => {
    const email = nextEmail();
    await app.api.get(TransactionRunner).run(async (tx) => {
      await tx.manager.save(tx.manager.create(User, { email, displayName: 'Kim', role: 'viewer', passwordHash: 'x' }));
      await app.api.get(OutboxService).add(tx, email, mailTemplates.testMessage({ requestedAt: 'now' }));
    });
    const mail = await app.mail.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe('Test message from the partnerships CRM');
    expect(mail.html).toContain('outgoing mail works');
  });

  it('a business write and its mail roll back together', async () => {
    const email = nextEmail();
    const attempt = app.api.get(TransactionRunner).run(async (tx) => {
      await tx.manager.save(tx.manager.create(User, { email, displayName: 'Lee', role: 'viewer', passwordHash: 'x' }));
      await app.api.get(OutboxService).add(tx, email, mailTemplates.testMessage({ requestedAt: 'now' }));
      throw new Error('the business rule failed after both writes');
    });
    await expect(attempt).rejects.toThrow('the business rule failed');
    const users = await app.dataSource.query('SELECT 1 FROM users WHERE email = $1', [email]);
    const mails = await app.dataSource.query('SELECT 1 FROM mail_outbox WHERE recipient = $1', [email]);
    expect(users).toHaveLength(0);
    expect(mails).toHaveLength(0);
  });

  it('sends a mail once even when its job runs twice', async () => {
    const email = nextEmail();
    const id = await addMail(email);
    const producer = app.api.get(JobProducer);
    // The same deterministic id again (collapses) and a second, distinct job for the same row.
    await producer.enqueue('mail.send', { outboxId: id }, jobIds.mailSend(id));
    await producer.enqueue('mail.send', { outboxId: id }, `${jobIds.mailSend(id)}-duplicate`);
    const queue = await producer.queue('mail');
    await eventually(async () => ((await queue.getJobState(`${jobIds.mailSend(id)}-duplicate`)) === 'completed' ? true : undefined));
    await eventually(async () => ((await outboxRow(id)).status === 'sent' ? true : undefined));
    expect(app.mail.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect((await outboxRow(id)).attempts).toBe(1);
  });

  it('retries a transient SMTP failure with backoff and then sends', async () => {
    const email = nextEmail();
    app.mail.failNext(1, 451);
    const id = await addMail(email);
    await app.mail.waitFor((m) => m.to.includes(email));
    const row = await eventually(async () => {
      const r = await outboxRow(id);
      return r.status === 'sent' ? r : undefined;
    });
    expect(row.attempts).toBe(2);
    expect(app.mail.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('marks a permanent SMTP rejection failed, with its error, and does not retry', async () => {
    const email = nextEmail();
    app.mail.failNext(1, 550);
    const id = await addMail(email);
    const row = await eventually(async () => {
      const r = await outboxRow(id);
      return r.status === 'failed' ? r : undefined;
    });
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain('550');
  });

  it('closes a row as failed once a transient failure meets the end of its retry horizon', async () => {
    const email = nextEmail();
    // Written long ago: its 12-hour horizon has passed, so this transient failure is its last.
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, created_at)
       VALUES ('test-message', $1, 'Last try', 'b', now() - interval '13 hours') RETURNING id`,
      [email],
    );
    app.mail.failNext(1, 421);
    await app.worker?.get(MailSendHandler).handle({ outboxId: id });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toContain('421');
  });

  it('keeps retrying a transient failure within the horizon, however many attempts it took', async () => {
    const email = nextEmail();
    // Six failed attempts already: BullMQ's own attempt budget (5) would have given up; the horizon has not.
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, attempts) VALUES ('test-message', $1, 'Again', 'b', 6) RETURNING id`,
      [email],
    );
    app.mail.failNext(1, 451);
    await app.worker?.get(MailSendHandler).handle({ outboxId: id });
    const row = (await app.dataSource.query(`SELECT status, attempts FROM mail_outbox WHERE id = $1`, [id]))[0];
    expect(row).toMatchObject({ status: 'pending', attempts: 7 });
    // Its next attempt is a delayed job of its own, due after the doubled delay (500 ms × 2^6 = 32 s here).
    const queue = await app.api.get(JobProducer).queue('mail');
    const next = await eventually(async () => (await queue.getJob(jobIds.mailSend(id, 7))) ?? undefined);
    expect(await next.getState()).toBe('delayed');
    expect(next.delay).toBeGreaterThan(20_000);
    await next.promote();
    await app.mail.waitFor((m) => m.to.includes(email));
    await eventually(async () => ((await outboxRow(id)).status === 'sent' ? true : undefined));
    expect((await outboxRow(id)).attempts).toBe(8);
  });

  it('the relay re-sends a committed mail whose job was lost, and re-sends rows interrupted mid-send with the same Message-ID', async () => {
    const lost = nextEmail();
    const stuck = nextEmail();
    const [{ id: lostId }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, created_at)
       VALUES ('test-message', $1, 'Lost job', 'body', now() - interval '5 minutes') RETURNING id`,
      [lost],
    );
    // Claimed by a worker that died (its lease of MAIL_SEND_LEASE_SECONDS has run out); SMTP may or may not have it.
    const [{ id: stuckId }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status, attempts, claimed_at)
       VALUES ('test-message', $1, 'Stuck', 'body', 'sending', 1, now() - interval '1 hour') RETURNING id`,
      [stuck],
    );
    // Claimed a moment ago: its worker may still be talking to SMTP, so it is left alone.
    const [{ id: liveId }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status, attempts, claimed_at)
       VALUES ('test-message', $1, 'Live', 'body', 'sending', 1, now()) RETURNING id`,
      [nextEmail()],
    );
    await app.worker?.get(MailRelayHandler).handle();
    await app.mail.waitFor((m) => m.to.includes(lost));
    const resent = await app.mail.waitFor((m) => m.to.includes(stuck));
    expect(resent.messageId).toBe(`<${stuckId}@partnership-crm>`);
    await eventually(async () => ((await outboxRow(lostId)).status === 'sent' ? true : undefined));
    await eventually(async () => ((await outboxRow(stuckId)).status === 'sent' ? true : undefined));
    expect(await outboxRow(stuckId)).toMatchObject({ attempts: 2 });
    expect((await outboxRow(liveId)).status).toBe('sending');
  });

  it('an admin lists failed mail and resends one, audited, with the same Message-ID; other states are refused', async () => {
    const admin = await app.tokenFor('admin');
    const email = nextEmail();
    app.mail.failNext(1, 550);
    const id = await addMail(email);
    await eventually(async () => ((await outboxRow(id)).status === 'failed' ? true : undefined));
    const list = await app.http().get('/api/v1/mail/outbox?state=failed&limit=100').set('authorization', `Bearer ${admin}`).expect(200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ id, state: 'failed', attempts: 1, messageId: `<${id}@partnership-crm>` }));
    expect(list.body.items.find((m: { id: string }) => m.id === id).lastError).not.toContain(email);

    const resent = await app.http().post(`/api/v1/mail/outbox/${id}/resend`).set('authorization', `Bearer ${admin}`).expect(200);
    expect(resent.body).toMatchObject({ id, state: expect.stringMatching(/^(pending|sending|sent)$/) });
    expect(Date.parse(resent.body.retryUntil)).toBeGreaterThan(Date.now() + 11 * 3600_000);
    const mail = await app.mail.waitFor((m) => m.to.includes(email));
    expect(mail.messageId).toBe(`<${id}@partnership-crm>`);
    await eventually(async () => ((await outboxRow(id)).status === 'sent' ? true : undefined));
    const audit = await app.dataSource.query(`SELECT action, actor_id FROM audit_entries WHERE entity_type = 'mail' AND entity_id = $1`, [id]);
    expect(audit).toEqual([{ action: 'resent', actor_id: expect.any(String) }]);

    const again = await app.http().post(`/api/v1/mail/outbox/${id}/resend`).set('authorization', `Bearer ${admin}`).expect(409);
    expect(again.body.code).toBe('MAIL.NOT_FAILED');
    const missing = await app.http().post('/api/v1/mail/outbox/00000000-0000-4000-8000-000000000000/resend').set('authorization', `Bearer ${admin}`);
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'MAIL.NOT_FOUND' });
    const [{ id: blanked }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status) VALUES ('test-message', $1, 'Old', '(removed under the retention policy)', 'failed') RETURNING id`,
      [nextEmail()],
    );
    const removed = await app.http().post(`/api/v1/mail/outbox/${blanked}/resend`).set('authorization', `Bearer ${admin}`).expect(409);
    expect(removed.body.code).toBe('MAIL.CONTENT_REMOVED');
    const bad = await app.http().get('/api/v1/mail/outbox?state=lost').set('authorization', `Bearer ${admin}`).expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('an admin retrying the failed mail.send job from the queues sends the mail, audited; a second retry is refused', async () => {
    const admin = await app.tokenFor('admin');
    const auth = { authorization: `Bearer ${admin}` };
    const email = nextEmail();
    app.mail.failNext(1, 550, `550 no such mailbox ${email}`);
    const id = await addMail(email);
    const queue = await app.api.get(JobProducer).queue('mail');
    await eventually(async () => ((await queue.getJobState(jobIds.mailSend(id))) === 'failed' ? true : undefined));
    expect((await outboxRow(id)).status).toBe('failed');

    const failed = await app.http().get('/api/v1/admin/queues/mail/jobs?state=failed&limit=100').set(auth).expect(200);
    const job = (failed.body.items as { id: string; failedReason: string }[]).find((j) => j.id === jobIds.mailSend(id));
    expect(job?.failedReason).toContain('550');
    expect(JSON.stringify(job)).not.toContain(email);

    await app.http().post(`/api/v1/admin/queues/mail/jobs/${jobIds.mailSend(id)}/retry`).set(auth).expect(200);
    const mail = await app.mail.waitFor((m) => m.to.includes(email));
    expect(mail.messageId).toBe(`<${id}@partnership-crm>`);
    await eventually(async () => ((await outboxRow(id)).status === 'sent' ? true : undefined));
    expect(await outboxRow(id)).toMatchObject({ attempts: 2, last_error: null });
    await eventually(async () => ((await queue.getJobState(jobIds.mailSend(id))) === 'completed' ? true : undefined));
    const audit = await app.dataSource.query(`SELECT action FROM audit_entries WHERE entity_type = 'mail' AND entity_id = $1`, [id]);
    expect(audit).toEqual([{ action: 'resent' }]);
    expect(app.mail.messages.filter((m) => m.to.includes(email))).toHaveLength(1);

    const again = await app.http().post(`/api/v1/admin/queues/mail/jobs/${jobIds.mailSend(id)}/retry`).set(auth).expect(409);
    expect(again.body.code).toBe('QUEUE.JOB_NOT_FAILED');
  });

  it('the CLI resends failed mail (mail:resend), which then arrives', async () => {
    const email = nextEmail();
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status, attempts, last_error)
       VALUES ('test-message', $1, 'From the CLI', 'body', 'failed', 5, 'SMTP 421') RETURNING id`,
      [email],
    );
    const run = spawn(process.execPath, ['dist/src/cli.js', 'mail:resend', id], { env: { ...process.env, ...env } });
    let out = '';
    run.stdout.on('data', (d: Buffer) => (out += d.toString()));
    run.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => run.once('exit', resolve));
    expect({ code, out }).toEqual({ code: 0, out: expect.stringContaining(`resent ${id}`) });
    await app.mail.waitFor((m) => m.to.includes(email));
    await eventually(async () => ((await outboxRow(id)).status === 'sent' ? true : undefined));
    expect((await outboxRow(id)).attempts).toBe(6);
  });

  it('job payloads carry the outbox id only, never the address or the content', async () => {
    const email = nextEmail();
    const id = await addMail(email);
    const queue = await app.api.get(JobProducer).queue('mail');
    const job = await eventually(async () => (await queue.getJob(jobIds.mailSend(id))) ?? undefined);
    expect(job.data).toEqual({ outboxId: id });
    expect(JSON.stringify(job.data)).not.toContain(email);
  });
});
