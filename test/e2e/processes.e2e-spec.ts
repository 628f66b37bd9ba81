import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { MailCatcher } from '../../src/devtools/mail-catcher.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { JOB_NAMES, JOB_SCHEDULES, QUEUE_NAMES } from '../../src/queue/queue.contract.js';
import { assertEveryJobHandled } from '../../src/queue/worker-host.service.js';
import { logged, startProcess } from '../support/child-process.js';
import { eventually } from '../support/queue-backends.js';
import { startTestApp } from '../support/test-app.js';

describe('entry points', () => {
  const mail = new MailCatcher();
  let smtpUrl: string;
  let db: pg.Pool;

  beforeAll(async () => {
    smtpUrl = `smtp://127.0.0.1:${await mail.start()}`;
    db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  });
  afterAll(async () => {
    await db.end();
    await mail.stop();
  });

  const cli = (args: string[], input?: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> => {
    const p = spawn(process.execPath, ['dist/src/cli.js', ...args], { env: { ...process.env, SMTP_URL: smtpUrl, ...env } });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.stdin.end(input ?? '');
    return new Promise((resolve) => p.once('exit', (code) => resolve({ code, out })));
  };

  it('the CLI creates a user who can then sign in, and refuses an invalid one', async () => {
    const created = await cli(['user:create', '--email', 'Cli.User@staff.test', '--name', 'Cli User', '--role', 'officer'], 'a-password-from-stdin\n');
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining('created officer cli.user@staff.test') });
    const { rows } = await db.query(`SELECT role, is_active FROM users WHERE email = 'cli.user@staff.test'`);
    expect(rows).toEqual([{ role: 'officer', is_active: true }]);
    const bad = await cli(['user:create', '--email', 'x@staff.test', '--name', 'X', '--role', 'boss', '--password', 'short']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('role must be one of');
    expect(bad.out).toContain('password must be longer');
  });

  it('seed:demo (run by npm run dev) migrates a fresh database into a demo with partners, once', async () => {
    // A database of its own: the demo's consenting partners must not join the shared test database's publications.
    const url = new URL(process.env.DATABASE_URL ?? '');
    const name = `${url.pathname.slice(1)}_demo`;
    await db.query(`CREATE DATABASE "${name}"`);
    const demoUrl = Object.assign(new URL(url.href), { pathname: `/${name}` }).href;
    const demo = new pg.Pool({ connectionString: demoUrl, max: 1 });
    // pool.end() can resolve before its idle connection has closed; the forced DROP below then terminates it.
    demo.on('error', () => undefined);
    try {
      expect(await cli(['migrate'], '', { DATABASE_URL: demoUrl })).toMatchObject({ code: 0 });
      const first = await cli(['seed:demo'], '', { DATABASE_URL: demoUrl });
      expect(first).toMatchObject({ code: 0, out: expect.stringContaining('seeded demo partners') });
      expect((await cli(['seed:demo'], '', { DATABASE_URL: demoUrl })).out).not.toContain('seeded');
      const { rows } = await demo.query(
        `SELECT count(*)::int AS partners, count(*) FILTER (WHERE dialogue_due_at < now())::int AS overdue,
                (SELECT count(*)::int FROM meeting_logs) AS meetings, (SELECT count(*)::int FROM agreements) AS agreements
           FROM partners`,
      );
      expect(rows[0]).toEqual({ partners: 8, overdue: expect.any(Number), meetings: 6, agreements: 1 });
      expect(rows[0].overdue).toBeGreaterThan(0);
    } finally {
      await demo.end();
      await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it('workers starting on a database never published publish its listed partners once, however many start', async () => {
    const url = new URL(process.env.DATABASE_URL ?? '');
    const name = `${url.pathname.slice(1)}_first_publication`;
    await db.query(`CREATE DATABASE "${name}"`);
    const firstUrl = Object.assign(new URL(url.href), { pathname: `/${name}` }).href;
    const fresh = new pg.Pool({ connectionString: firstUrl, max: 1 });
    fresh.on('error', () => undefined);
    const env = { SMTP_URL: smtpUrl, DATABASE_URL: firstUrl, PUBLISH_AT_FIRST_BOOT: 'true' };
    const workers: ReturnType<typeof startProcess>[] = [];
    try {
      expect(await cli(['migrate'], '', { DATABASE_URL: firstUrl })).toMatchObject({ code: 0 });
      expect(await cli(['seed:demo'], '', { DATABASE_URL: firstUrl })).toMatchObject({ code: 0 });
      workers.push(startProcess('dist/src/worker.js', env), startProcess('dist/src/worker.js', env));
      await Promise.all(workers.map((worker) => logged(worker, 'worker started')));
      const { rows } = await fresh.query(`SELECT version, partner_count FROM publications`);
      expect(rows).toEqual([{ version: 1, partner_count: expect.any(Number) }]);
      expect(rows[0].partner_count).toBeGreaterThan(0);
      // A later start finds a version and publishes nothing more.
      const again = startProcess('dist/src/worker.js', env);
      workers.push(again);
      await logged(again, 'worker started');
      expect((await fresh.query('SELECT count(*)::int AS n FROM publications')).rows[0].n).toBe(1);
    } finally {
      for (const worker of workers) worker.child.kill('SIGTERM');
      await Promise.all(workers.map((worker) => worker.exit));
      await fresh.end();
      await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it('the API refuses to start on bad configuration and names the variable', async () => {
    const api = startProcess('dist/src/main.js', { SMTP_URL: smtpUrl, JWT_SECRET: 'too-short' });
    expect(await api.exit).toBe(1);
    expect(api.output.join('')).toContain('JWT_SECRET');
  });

  it('the API finishes an in-flight request on SIGTERM, then exits cleanly', async () => {
    const api = startProcess('dist/src/main.js', { SMTP_URL: smtpUrl, PORT: '0', HOST: '127.0.0.1' });
    const line = await logged(api, 'api listening');
    const url = (JSON.parse(line) as { url: string }).url;
    // Login counts the attempt first: with the counters' table locked here, the request is held mid-way, in
    // flight for as long as the test needs, and the test sees it waiting rather than guessing when it arrives.
    const lock = await db.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE rate_limit_buckets IN EXCLUSIVE MODE');
      const inFlight = fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@staff.test', password: 'whatever-password' }),
      });
      await eventually(async () => {
        const { rows } = await db.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%rate_limit_buckets%'`,
        );
        return rows.length > 0 ? true : undefined;
      });
      api.child.kill('SIGTERM');
      await logged(api, 'shutting down');
      await lock.query('COMMIT');
      expect((await inFlight).status).toBe(401);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      lock.release();
    }
    expect(await api.exit).toBe(0);
  });

  it('the worker finishes an in-flight job on SIGTERM before exiting', async () => {
    mail.setDelay(1500);
    const worker = startProcess('dist/src/worker.js', { SMTP_URL: smtpUrl });
    await logged(worker, 'worker started');
    const { rows } = await db.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body) VALUES ('test-message', 'slow@partner.test', 'Slow', 'b') RETURNING id`,
    );
    const id = rows[0].id as string;
    const app = await startTestApp();
    await app.api.get(JobProducer).enqueue('mail.send', { outboxId: id }, `mail.send-${id}`);
    await app.close();
    await eventually(async () => {
      const r = await db.query('SELECT status FROM mail_outbox WHERE id = $1', [id]);
      return r.rows[0].status === 'sending' ? true : undefined;
    });
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    const after = await db.query('SELECT status FROM mail_outbox WHERE id = $1', [id]);
    expect(after.rows[0].status).toBe('sent');
    expect(mail.messages.filter((m) => m.to.includes('slow@partner.test'))).toHaveLength(1);
    mail.setDelay(0);
  });

  it('the worker refuses to start when a job has no handler', () => {
    const handled = JOB_NAMES.filter((name) => name !== 'maintenance.purge-expired');
    expect(() => assertEveryJobHandled(handled)).toThrow('Jobs without a handler: maintenance.purge-expired');
    expect(() => assertEveryJobHandled([...JOB_NAMES])).not.toThrow();
  });

  it('the worker registers every recurring job with a scheduler', async () => {
    const app = await startTestApp({ worker: true });
    const producer = app.api.get(JobProducer);
    const ids: string[] = [];
    for (const name of QUEUE_NAMES) {
      const schedulers = await (await producer.queue(name)).getJobSchedulers();
      ids.push(...schedulers.map((s) => String(s.key)));
    }
    expect(ids.sort()).toEqual(JOB_SCHEDULES.map((s) => s.id).sort());
    await app.close();
  });
});
