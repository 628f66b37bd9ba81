import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
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

  it('closes a row as failed when the last retry also fails transiently', async () => {
    const email = nextEmail();
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body) VALUES ('test-message', $1, 'Last try', 'b') RETURNING id`,
      [email],
    );
    app.mail.failNext(1, 421);
    const handler = app.worker?.get(MailSendHandler);
    await expect(handler?.handle({ outboxId: id }, { jobId: 'manual', attempt: 5, finalAttempt: true })).rejects.toThrow('421');
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toContain('421');
  });

  it('the relay re-sends a committed mail whose job was lost, and closes rows interrupted mid-send', async () => {
    const lost = nextEmail();
    const [{ id: lostId }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, created_at)
       VALUES ('test-message', $1, 'Lost job', 'body', now() - interval '5 minutes') RETURNING id`,
      [lost],
    );
    const [{ id: stuckId }] = await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status, attempts, claimed_at)
       VALUES ('test-message', $1, 'Stuck', 'body', 'sending', 1, now() - interval '1 hour') RETURNING id`,
      [nextEmail()],
    );
    await app.worker?.get(MailRelayHandler).handle();
    await app.mail.waitFor((m) => m.to.includes(lost));
    await eventually(async () => ((await outboxRow(lostId)).status === 'sent' ? true : undefined));
    expect((await outboxRow(stuckId)).status).toBe('failed');
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
