import type { BenchmarkContext, BenchmarkOutcome, Measurement, OutcomeChecks } from './benchmark.js';
import { AUTH_ME_NAME, authMe } from './baselines.js';
import { measureLoad, type LoadRequest } from './load.js';
import { seedUsers } from './seed.js';
import { benchPasswordHash, signIn } from './staff.js';
import { StatementCounter, type StatementCount } from './statement-counter.js';

/**
 * How the list benchmarks (partner list, overdue dialogue) measure an authenticated GET: under load against
 * GET /api/v1/auth/me measured just before it, then one request at a time (the latency held against the
 * issue's p95 target) while the database counts the SQL statements each request causes.
 */
export const LIST_LOAD = { connections: 16, warmupMs: 1_000, durationMs: 5_000, sequentialMs: 3_000 } as const;
const SIGNED_IN_OFFICERS = 8;

/** One side measured one request at a time, with the SQL statements it caused. */
interface OneAtATime {
  sequential: Measurement;
  statements: StatementCount | string;
}

export interface ListBench {
  context: BenchmarkContext;
  tokens: string[];
  counter: StatementCounter | string;
  baseline: OneAtATime;
}

/** Signs in a few officers (one token per connection group), warms up, and measures the baseline one at a time. */
export async function startListBench(context: BenchmarkContext, emailPrefix: string): Promise<ListBench> {
  const officers = await seedUsers(context.dataSource, {
    count: SIGNED_IN_OFFICERS,
    emailPrefix,
    role: 'officer',
    passwordHash: await benchPasswordHash(context.api),
  });
  const tokens = await Promise.all(Array.from({ length: SIGNED_IN_OFFICERS }, (_, i) => signIn(context.baseUrl, officers.emailAt(i + 1))));
  const counter = await StatementCounter.open(context.dataSource);
  const me = meRequest(tokens);
  await measureLoad({ baseUrl: context.baseUrl, name: 'warm-up', request: me, connections: LIST_LOAD.connections, warmupMs: 0, durationMs: LIST_LOAD.warmupMs });
  return { context, tokens, counter, baseline: await oneAtATime(context, counter, AUTH_ME_NAME, me) };
}

export interface ListShape {
  variant: string;
  /** Path and query string of the page measured. */
  path: string;
  p95TargetMs: number;
  settings: Record<string, number | string>;
}

/** Measures one list shape: the baseline under load, the shape under load, then the shape one at a time. */
export async function measureListShape(bench: ListBench, shape: ListShape): Promise<BenchmarkOutcome> {
  const { context, tokens } = bench;
  const list = (connection: number): LoadRequest => ({
    method: 'GET',
    path: shape.path,
    headers: { authorization: `Bearer ${tokens[connection % tokens.length]}` },
    expectStatus: 200,
  });
  // The baseline right before each shape: the machine may be busier than a minute ago.
  const baselineLoad = await underLoad(context, AUTH_ME_NAME, meRequest(tokens));
  const subjectLoad = await underLoad(context, `GET ${shape.path}`, list);
  const subject = await oneAtATime(context, bench.counter, `GET ${shape.path}`, list);
  return {
    variant: shape.variant,
    unit: 'req/s',
    baseline: baselineLoad,
    subject: subjectLoad,
    settings: { ...LIST_LOAD, distinctTokens: tokens.length, ...shape.settings },
    checks: { sequential: subject.sequential, p95TargetMs: shape.p95TargetMs, statements: statementsOf(bench.baseline, subject) },
  };
}

function meRequest(tokens: string[]): (connection: number) => LoadRequest {
  return (connection) => authMe(tokens[connection % tokens.length]);
}

function statementsOf(baseline: OneAtATime, subject: OneAtATime): OutcomeChecks['statements'] {
  if (typeof subject.statements === 'string') return subject.statements;
  if (typeof baseline.statements === 'string') return baseline.statements;
  return { baseline: baseline.statements, subject: subject.statements };
}

function underLoad(context: BenchmarkContext, name: string, request: (connection: number) => LoadRequest): Promise<Measurement> {
  return measureLoad({ baseUrl: context.baseUrl, name, request, connections: LIST_LOAD.connections, warmupMs: LIST_LOAD.warmupMs, durationMs: LIST_LOAD.durationMs });
}

/** One connection, no warm-up of its own (it would be counted): run it after the same requests have warmed up. */
async function oneAtATime(
  context: BenchmarkContext,
  counter: StatementCounter | string,
  name: string,
  request: (connection: number) => LoadRequest,
): Promise<OneAtATime> {
  const send = (): Promise<Measurement> =>
    measureLoad({ baseUrl: context.baseUrl, name, request, connections: 1, warmupMs: 0, durationMs: LIST_LOAD.sequentialMs });
  if (typeof counter === 'string') return { sequential: await send(), statements: counter };
  const { measurement, statements } = await counter.count(send);
  return { sequential: measurement, statements };
}
