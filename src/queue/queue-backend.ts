import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  createPostgresBackend,
  createRedisBackend,
  IQueueBackend,
  Processor,
  Queue,
  runMigrations,
  Worker,
  type BackendFactory,
  type ConnectionOptions,
  type JobsOptions,
  type QueueOptions,
  type WorkerOptions,
} from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { directConnection } from '../database/direct-connection.js';
import type { QueueName } from './queue.contract.js';
import { redisSettingProblems } from './redis-settings.js';

export type AppQueue = Queue<unknown, unknown, string, unknown, unknown, string, IQueueBackend, unknown>;
export type AppWorker = Worker<unknown, unknown, string, IQueueBackend, number | object | string | boolean, unknown>;
type AnyFactory = BackendFactory<IQueueBackend, unknown>;

/**
 * Options every job gets, scheduled ones included (BullMQ merges them into scheduler templates):
 * retries with backoff, and finished jobs trimmed by age and count so the backend does not grow
 * without bound. Failed jobs keep their error and stack trace until trimmed.
 */
export function defaultJobOptions(queue: AppConfig['queue']): JobsOptions {
  return {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: { age: queue.keepCompleted.ageSeconds, count: queue.keepCompleted.count },
    removeOnFail: { age: queue.keepFailed.ageSeconds, count: queue.keepFailed.count },
  };
}

/** Names this worker process on the jobs it takes (BullMQ's processedBy), for operators and tests. */
export const WORKER_NAME = `${hostname()}-${process.pid}`;

/**
 * Chooses the BullMQ backend: PostgreSQL (schema `bullmq` in the app database) by default, Redis
 * when REDIS_URL is set. Queue and Worker classes get the factory explicitly, so no process-wide
 * default is relied on. The PostgreSQL schema is migrated before any queue or worker exists.
 */
@Injectable()
export class QueueBackend {
  private readonly logger = new Logger(QueueBackend.name);
  private pgPool?: pg.Pool;
  private redis?: Redis;
  private ready?: Promise<void>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get kind(): 'redis' | 'postgres' {
    return this.config.queue.redisUrl ? 'redis' : 'postgres';
  }

  /** Idempotent; migrates the PostgreSQL queue schema (advisory-locked inside BullMQ), or checks Redis's settings. */
  init(): Promise<void> {
    if (!this.ready && this.kind === 'redis') void this.checkRedisSettings();
    this.ready ??= this.kind === 'redis' ? Promise.resolve() : this.migratePostgres();
    return this.ready;
  }

  /** A warning at boot for a Redis that could lose jobs (eviction, no persistence). Never blocks or fails start-up. */
  private async checkRedisSettings(): Promise<void> {
    const client = new Redis({ ...redisOptions(this.config.queue.redisUrl ?? ''), maxRetriesPerRequest: 1, lazyConnect: true });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const info = `${await client.info('memory')}\n${await client.info('persistence')}`;
      const save = await client.config('GET', 'save').then((reply) => String((reply as string[])[1] ?? ''), () => null);
      for (const problem of redisSettingProblems(info, save)) this.logger.warn({ msg: 'Redis is not configured for queues', problem });
    } catch (error: unknown) {
      this.logger.warn({ msg: 'Redis settings could not be checked', error: error instanceof Error ? error.message : 'unknown' });
    } finally {
      client.disconnect();
    }
  }

  async createQueue(name: QueueName): Promise<AppQueue> {
    await this.init();
    const opts = { ...this.baseOptions(), defaultJobOptions: defaultJobOptions(this.config.queue) } as QueueOptions<unknown>;
    return new Queue(name, opts, this.factory());
  }

  async createWorker(name: QueueName, processor: Processor, concurrency: number): Promise<AppWorker> {
    await this.init();
    const { lockDurationMs, stalledIntervalMs } = this.config.queue;
    const opts = {
      ...this.baseOptions(),
      concurrency,
      autorun: false,
      name: WORKER_NAME,
      lockDuration: lockDurationMs,
      stalledInterval: stalledIntervalMs,
    } as WorkerOptions<unknown>;
    return new Worker(name, processor, opts, this.factory()) as AppWorker;
  }

  /**
   * Runs `work` while holding a lock shared by every process on this backend. On PostgreSQL, workers
   * starting together and upserting the same schedulers can each create a next run (two pending runs
   * of one schedule); a session advisory lock makes them take turns. Redis runs each upsert as one
   * atomic script, so it needs none.
   */
  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    if (this.kind === 'redis') return work();
    await this.init();
    // A connection of its own: the work needs the pool's, and workers hold some of those while they wait for jobs.
    const client = new pg.Client(directConnection(this.config, 'partnership-crm-queue-lock'));
    // Losing it mid-way only loses the turn-taking, which the work survives: no crash over it.
    client.on('error', (error) => this.logger.warn({ msg: 'queue lock connection lost', lock: name, error: error.message }));
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
      return await work();
    } finally {
      // Ending the session releases the lock.
      await client.end().catch(() => undefined);
    }
  }

  /** A cheap round trip to the backend, for readiness checks. */
  async ping(): Promise<void> {
    if (this.kind === 'redis') {
      await this.redisClient().ping();
    } else {
      await this.pool().query('SELECT 1');
    }
  }

  /** Called by JobProducer once every queue is closed, so nothing uses the connection after. */
  async release(): Promise<void> {
    const pool = this.pgPool;
    this.pgPool = undefined;
    this.ready = undefined;
    this.redis?.disconnect();
    this.redis = undefined;
    await pool?.end();
  }

  private factory(): AnyFactory {
    return (this.kind === 'redis' ? createRedisBackend : createPostgresBackend) as unknown as AnyFactory;
  }

  private baseOptions(): { connection: unknown; prefix?: string } {
    return this.kind === 'redis'
      ? { connection: redisOptions(this.config.queue.redisUrl ?? ''), prefix: this.config.queue.redisPrefix }
      : { connection: this.pool() };
  }

  private pool(): pg.Pool {
    // Direct, not through a transaction-mode pooler: BullMQ LISTENs, takes session advisory locks and relies
    // on the search_path set at connect. Our own pool, so BullMQ does not set search_path itself.
    this.pgPool ??= new pg.Pool({
      ...directConnection(this.config, 'partnership-crm-queue'),
      max: this.config.database.poolSize,
      options: `-c search_path=${this.config.queue.pgSchema}`,
    });
    return this.pgPool;
  }

  /** The backend's own Redis connection (Redis backend only): readiness checks and data-protection scrubs. */
  redisClient(): Redis {
    this.redis ??= new Redis({ ...redisOptions(this.config.queue.redisUrl ?? ''), lazyConnect: false });
    return this.redis;
  }

  private async migratePostgres(): Promise<void> {
    const client = await this.pool().connect();
    try {
      const applied = await runMigrations(client, this.config.queue.pgSchema);
      if (applied > 0) this.logger.log(`queue schema "${this.config.queue.pgSchema}" migrated (${applied} step(s))`);
    } finally {
      client.release();
    }
  }
}

function redisOptions(url: string): ConnectionOptions & { maxRetriesPerRequest: null } {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
