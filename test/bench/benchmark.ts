import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { Role } from '../../src/common/auth/roles.decorator.js';
import type { AppConfig } from '../../src/config/app-config.js';
import type { MailCatcher } from '../../src/devtools/mail-catcher.js';
import type { StatementCount } from './statement-counter.js';

/** What a benchmark gets: the running API (on loopback), its database, config and the SMTP catcher. */
export interface BenchmarkContext {
  /** `http://127.0.0.1:<port>`: the real API, listening on loopback. */
  baseUrl: string;
  api: NestFastifyApplication;
  /** The worker, in this process: its providers (and its AppConfig) are reachable with `worker.get`. */
  worker: INestApplicationContext;
  dataSource: DataSource;
  config: AppConfig;
  mail: MailCatcher;
  /** Creates an active staff user with `role` through UsersService and signs them in over HTTP. */
  tokenFor: (role: Role) => Promise<string>;
}

/** One side of a comparison: a throughput figure with its latency spread. */
export interface Measurement {
  /** What was measured, e.g. `GET /health/live`. */
  name: string;
  /** Throughput in the benchmark's unit. */
  figure: number;
  p50Ms: number;
  p95Ms: number;
  samples: number;
  elapsedMs: number;
}

export interface BenchmarkOutcome {
  /** Names this subject when a benchmark reports several against one baseline, e.g. a query shape. */
  variant?: string;
  unit: string;
  baseline: Measurement;
  subject: Measurement;
  /** The load shape, recorded so runs can be compared like with like. */
  settings: Record<string, number | string>;
  /** Optional checks reported beside the ratio (information, never a failed run). */
  checks?: OutcomeChecks;
}

export interface OutcomeChecks {
  /** The subject sent one request at a time: its own latency, without queueing behind other connections. */
  sequential?: Measurement;
  /** Reported as met or missed by `sequential`'s p95. */
  p95TargetMs?: number;
  /** SQL statements per request, counted by the database; a string says why they could not be counted. */
  statements?: { baseline: StatementCount; subject: StatementCount } | string;
}

/** A `*.bench.ts` module exports one of these as `benchmark`. */
export interface Benchmark {
  name: string;
  description: string;
  /** One outcome, or one per variant. */
  run: (context: BenchmarkContext) => Promise<BenchmarkOutcome | BenchmarkOutcome[]>;
}

export function isBenchmark(value: unknown): value is Benchmark {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<Benchmark>;
  return typeof candidate.name === 'string' && typeof candidate.description === 'string' && typeof candidate.run === 'function';
}
