import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresBackend, createRedisBackend, Queue, type BackendFactory, type IQueueBackend } from 'bullmq';
import pg from 'pg';
import { MailCatcher } from '../../src/devtools/mail-catcher.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/devtools/embedded-database.js';
import { JOB_QUEUE, type JobName, type JobPayloads } from '../../src/queue/queue.contract.js';
import { logged, startProcess, type Started } from '../support/child-process.js';
import { TEST_ENV } from '../support/test-env.js';

export type Backend = 'postgres' | 'redis';

const ADMIN = { email: 'resilience-admin@staff.test', password: 'a-long-resilience-password' };

function withoutUnset(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  return merged;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Seconds (and other knobs) a run may change from the environment, e.g. RESILIENCE_PG_OUTAGE_S=20. */
export function knob(name: string, fallback: number): number {
  const raw = process.env[`RESILIENCE_${name}`];
  return raw ? Number(raw) : fallback;
}

/** A redis-server of the suite's own, without persistence: a restart comes back empty. */
export class OwnRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * The system under test as production runs it: the API and the worker as processes of their own, on a
 * PostgreSQL server, a Redis and an SMTP server that belong to the suite and that it breaks on purpose.
 */
export class Stack {
  readonly smtp = new MailCatcher();
  api?: Started;
  workers: Started[] = [];
  apiUrl = '';
  /** More API processes on the same database and queue backend (two-instance scenarios). */
  extraApis: { process: Started; url: string }[] = [];
  private readonly queues = new Map<string, Queue>();
  private db?: EmbeddedDatabase;
  private dataDir = '';
  private pgPort = 0;
  redis?: OwnRedis;
  databaseUrl = '';
  env: Record<string, string | undefined> = {};
  pool?: pg.Pool;

  constructor(readonly backend: Backend) {}

  async start(): Promise<void> {
    this.dataDir = mkdtempSync(join(tmpdir(), `crm-resilience-${this.backend}-`));
    this.pgPort = await freePort();
    await this.startPostgres();
    const database = `crm_resilience_${this.backend}`;
    await this.db?.ensureDatabase(database);
    this.databaseUrl = this.db?.url(database) ?? '';
    if (this.backend === 'redis') {
      this.redis = new OwnRedis(await freePort());
      await this.redis.start();
    }
    const smtpPort = await this.smtp.start();
    const apiPort = await freePort();
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
    this.env = {
      ...TEST_ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATABASE_URL: this.databaseUrl,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: this.redis ? `redis://127.0.0.1:${this.redis.port}` : undefined,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PUBLISH_AT_FIRST_BOOT: 'false',
      // Short, so a run takes minutes: every figure below scales with these.
      SHUTDOWN_TIMEOUT_MS: '8000',
      MAIL_SEND_TIMEOUT_MS: '2000',
      MAIL_SEND_LEASE_SECONDS: '4',
      MAIL_RETRY_BASE_DELAY_MS: '500',
      MAIL_RETRY_MAX_DELAY_MS: '3000',
      MAIL_RELAY_EVERY_MS: '2000',
      QUEUE_ENQUEUE_TIMEOUT_MS: '500',
      QUEUE_SCHEDULER_CHECK_MS: '5000',
      QUEUE_LOCK_DURATION_MS: '3000',
      QUEUE_STALLED_INTERVAL_MS: '1500',
      WORKER_CONCURRENCY: '4',
    };
    await this.cli(['migrate']);
    await this.cli(['user:create', '--email', ADMIN.email, '--name', 'Resilience Admin', '--role', 'admin', '--password', ADMIN.password]);
    this.pool = new pg.Pool({ connectionString: this.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
    await this.startApi();
    await this.startWorker();
  }

  async startApi(): Promise<void> {
    this.api = startProcess('dist/src/main.js', this.env);
    await logged(this.api, 'api listening');
  }

  /** One more API process, on a port of its own; returns its base URL. */
  async startExtraApi(): Promise<string> {
    const port = await freePort();
    const started = startProcess('dist/src/main.js', { ...this.env, PORT: String(port) });
    await logged(started, 'api listening');
    const url = `http://127.0.0.1:${port}`;
    this.extraApis.push({ process: started, url });
    return url;
  }

  /** Adds a job from outside the app, as a second trigger (another worker's scheduler, an operator) would. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string): Promise<void> {
    const queueName = JOB_QUEUE[name];
    let queue = this.queues.get(queueName);
    if (!queue) {
      // BullMQ's own client, not the app's (whose config module reads this process's environment).
      const options = this.redis
        ? { connection: { host: '127.0.0.1', port: this.redis.port, maxRetriesPerRequest: null }, prefix: 'crm' }
        : { connection: { connectionString: this.databaseUrl, schema: 'bullmq', max: 2 } };
      const factory = (this.redis ? createRedisBackend : createPostgresBackend) as unknown as BackendFactory<IQueueBackend, unknown>;
      queue = new Queue(queueName, options, factory) as unknown as Queue;
      this.queues.set(queueName, queue);
    }
    await queue.add(name, payload, { jobId });
  }

  /** A bearer token for the suite's admin (who receives the test mails the load sends). */
  async adminToken(): Promise<string> {
    const res = await fetch(`${this.apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  private async cli(args: string[]): Promise<void> {
    const child = spawn(process.execPath, ['dist/src/cli.js', ...args], { env: withoutUnset(this.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`cli ${args[0]} failed (${String(code)}):\n${out}`);
  }

  async startWorker(): Promise<Started> {
    const worker = startProcess('dist/src/worker.js', this.env);
    this.workers.push(worker);
    await logged(worker, 'worker started');
    return worker;
  }

  /** Starts `count` workers at once (a fleet booting together). */
  startWorkers(count: number): Promise<Started[]> {
    return Promise.all(Array.from({ length: count }, () => this.startWorker()));
  }

  alive(): Started[] {
    return this.workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  }

  async startPostgres(): Promise<void> {
    this.db = await startEmbeddedDatabase(this.dataDir, this.pgPort, true, { ownSession: true });
  }

  async stopPostgres(): Promise<void> {
    await this.db?.stop();
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await (this.pool as pg.Pool).query(sql, params)).rows as T[];
  }

  async stop(): Promise<void> {
    const processes = [...this.workers, ...(this.api ? [this.api] : []), ...this.extraApis.map((a) => a.process)];
    for (const p of processes) {
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    }
    await Promise.all(processes.map((p) => p.exit));
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    await this.pool?.end().catch(() => undefined);
    await this.redis?.kill();
    await this.smtp.stop();
    await this.db?.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
