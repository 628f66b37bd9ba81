import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { createServer, type Socket } from 'node:net';
import { MailCatcher } from '../../src/devtools/mail-catcher.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { JOB_QUEUE, JOB_SCHEDULES, QUEUE_NAMES } from '../../src/queue/queue.contract.js';
import { logged, startProcess } from '../support/child-process.js';
import { individualSignature, nextClientIp } from '../support/pledges.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { capturedLogs, startTestApp, type TestApp } from '../support/test-app.js';

const expectedSchedulers = (queue: string): string[] => JOB_SCHEDULES.filter((s) => JOB_QUEUE[s.job] === queue).map((s) => s.id).sort();

/** A Redis that takes connections and never answers (hung, or cut off by the network). */
async function blackHole(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.each(QUEUE_BACKENDS)('recurring jobs on the %s queue backend', (backend, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { ...env, QUEUE_SCHEDULER_CHECK_MS: '500' } });
  });
  afterAll(() => app.close());

  it('come back without a restart when the backend loses them (Redis flushed, schedulers gone)', async () => {
    const producer = app.api.get(JobProducer);
    const schedulers = async (): Promise<Record<string, string[]>> =>
      Object.fromEntries(
        await Promise.all(QUEUE_NAMES.map(async (name) => [name, (await (await producer.queue(name)).getJobSchedulers()).map((s) => s.key).sort()])),
      );
    const all = Object.fromEntries(QUEUE_NAMES.map((name) => [name, expectedSchedulers(name)]));
    expect(await schedulers()).toEqual(all);
    if (backend === 'redis') {
      // Every key of this test's queues gone, as when Redis restarts without its data.
      const redis = new Redis(process.env.TEST_REDIS_URL ?? '');
      try {
        const keys = await redis.keys(`${env.QUEUE_REDIS_PREFIX}:*`);
        expect(keys.length).toBeGreaterThan(0);
        await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    } else {
      for (const schedule of JOB_SCHEDULES) await (await producer.queue(JOB_QUEUE[schedule.job])).removeJobScheduler(schedule.id);
    }
    expect(Object.values(await schedulers()).flat().length).toBeLessThan(JOB_SCHEDULES.length);
    await eventually(async () => (JSON.stringify(await schedulers()) === JSON.stringify(all) ? true : undefined));
    expect(capturedLogs.some((line) => line.includes('job schedulers restored'))).toBe(true);
    // And each has its next run again.
    const mail = await producer.queue('mail');
    await eventually(async () => ((await mail.getDelayed()).some((j) => j.repeatJobKey === 'mail-relay-pending') ? true : undefined));
  });
});

describe('signing-side requests while Redis is away', () => {
  let app: TestApp;
  let redis: Awaited<ReturnType<typeof blackHole>>;
  beforeAll(async () => {
    redis = await blackHole();
    // A client address of its own: earlier files in this worker's database have signed from 127.0.0.1.
    app = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${redis.port}`, QUEUE_ENQUEUE_TIMEOUT_MS: '300', TRUST_PROXY_HOPS: '1' } });
  });
  afterAll(async () => {
    await redis.close();
    await app.close();
  });

  it('answer once their data has committed, leaving the mail pending for the outbox sweep', async () => {
    const body = individualSignature();
    // Without the enqueue timeout this waits as long as Redis is away (here: for ever).
    await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', nextClientIp()).send(body).expect(202);
    const rows = await app.dataSource.query('SELECT status FROM mail_outbox WHERE recipient = $1', [body.email]);
    expect(rows).toEqual([{ status: 'pending' }]);
    const admin = await app.tokenFor('admin');
    const res = await app.http().post('/api/v1/mail/test').set('authorization', `Bearer ${admin}`).expect(202);
    expect(await app.dataSource.query('SELECT status FROM mail_outbox WHERE id = $1', [res.body.outboxId])).toEqual([{ status: 'pending' }]);
    expect(capturedLogs.some((line) => line.includes('after-commit effect failed') && line.includes('left to the sweeper'))).toBe(true);
  });
});

describe.each(QUEUE_BACKENDS)('a worker stopped while SMTP hangs, on the %s queue backend', (_backend, env) => {
  const hanging = new MailCatcher();
  let app: TestApp;
  beforeAll(async () => {
    await hanging.start();
    // Takes the message, then never answers it.
    hanging.setDelay(3_600_000);
    app = await startTestApp({ env });
  });
  afterAll(async () => {
    await app.close();
    await hanging.stop();
  });

  it('exits 0 within the shutdown timeout and leaves the mail to be retried', async () => {
    const worker = startProcess('dist/src/worker.js', {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${hanging.smtpPort}`,
      MAIL_SEND_TIMEOUT_MS: '1500',
      SHUTDOWN_TIMEOUT_MS: '8000',
    });
    await logged(worker, 'worker started');
    const admin = await app.tokenFor('admin');
    const { body } = await app.http().post('/api/v1/mail/test').set('authorization', `Bearer ${admin}`).expect(202);
    const row = async (): Promise<{ status: string; last_error: string | null }> =>
      (await app.dataSource.query('SELECT status, last_error FROM mail_outbox WHERE id = $1', [body.outboxId]))[0];
    await eventually(async () => ((await row()).status === 'sending' ? true : undefined));
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(worker.output.join('')).not.toContain('shutdown timed out');
    expect(await row()).toEqual({ status: 'pending', last_error: 'SMTP send gave up after 1500 ms' });
  });
});
