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
  type QueueOptions,
  type WorkerOptions,
} from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { QueueName } from './queue.contract.js';

export type AppQueue = Queue<unknown, unknown, string, unknown, unknown, string, IQueueBackend, unknown>;
export type AppWorker = Worker<unknown, unknown, string, IQueueBackend, number | object | string | boolean, unknown>;
type AnyFactory = BackendFactory<IQueueBackend, unknown>;

/** Job retention: enough history to debug, trimmed by age and count. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 5000 },
} as const;

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

  /** Idempotent; migrates the PostgreSQL queue schema (advisory-locked inside BullMQ). */
  init(): Promise<void> {
    this.ready ??= this.kind === 'redis' ? Promise.resolve() : this.migratePostgres();
    return this.ready;
  }

  async createQueue(name: QueueName): Promise<AppQueue> {
    await this.init();
    const opts = { ...this.baseOptions(), defaultJobOptions: DEFAULT_JOB_OPTIONS } as QueueOptions<unknown>;
    return new Queue(name, opts, this.factory());
  }

  async createWorker(name: QueueName, processor: Processor, concurrency: number): Promise<AppWorker> {
    await this.init();
    const opts = { ...this.baseOptions(), concurrency, autorun: false } as WorkerOptions<unknown>;
    return new Worker(name, processor, opts, this.factory()) as AppWorker;
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
    this.pgPool ??= new pg.Pool({
      connectionString: this.config.database.url,
      ssl: this.config.database.ssl ? { rejectUnauthorized: true } : undefined,
      max: this.config.database.poolSize,
      // Our own pool, so BullMQ does not set search_path itself.
      options: `-c search_path=${this.config.queue.pgSchema}`,
      application_name: 'partnership-crm-queue',
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
