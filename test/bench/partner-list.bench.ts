import { performance } from 'node:perf_hooks';
import type { Benchmark, BenchmarkContext, BenchmarkOutcome, Measurement, OutcomeChecks } from './benchmark.js';
import { AUTH_ME_NAME, authMe } from './baselines.js';
import { keepAliveAgent, measureLoad, sendExpecting, type LoadRequest } from './load.js';
import { seedContacts, seedPartners, seedUsers } from './seed.js';
import { benchPasswordHash, signIn } from './staff.js';
import { StatementCounter, type StatementCount } from './statement-counter.js';

const CONNECTIONS = 16;
const WARMUP_MS = 1_000;
const DURATION_MS = 5_000;
/** One request at a time for this long: the latency held against the target, and the requests whose SQL is counted. */
const SEQUENTIAL_MS = 3_000;
/** From the acceptance: a filtered, sorted page of 50 has p95 ≤ 25 ms and uses at most 3 SQL statements. */
const P95_TARGET_MS = 25;
const PARTNERS = 100_000;
const CONTACTS = 300_000;
const PAGE_SIZE = 50;
const SIGNED_IN_OFFICERS = 8;

interface QueryShape {
  /** The list's query string, without limit. */
  filters: string;
  /** Which page is measured: later pages are reached by following nextCursor. */
  page: number;
}

/** What staff do with the list: filter by area, kind, search by name, by strategy fields, and page on. */
const SHAPES: QueryShape[] = [
  { filters: 'area=liverpool&status=active&sort=name', page: 1 },
  { filters: 'kind=charity&sort=-updatedAt', page: 1 },
  { filters: 'q=food', page: 1 },
  { filters: 'priorityArea=housing&theme=people-and-skills', page: 1 },
  { filters: 'area=liverpool&status=active&sort=name', page: 3 },
];

/** One side measured one request at a time, with the SQL statements it caused. */
interface OneAtATime {
  sequential: Measurement;
  statements: StatementCount | string;
}

export const benchmark: Benchmark = {
  name: 'partner-list',
  description:
    `Authenticated GET /api/v1/partners, pages of ${PAGE_SIZE} filtered and sorted over ${PARTNERS.toLocaleString('en-GB')} ` +
    `partners and ${CONTACTS.toLocaleString('en-GB')} contacts, per query shape, vs GET /api/v1/auth/me (JWT check + one ` +
    'read by primary key) measured just before each shape; "one at a time" is one connection, the latency held against the ' +
    `${P95_TARGET_MS} ms p95 target; SQL/request is counted by pg_stat_statements, background subtracted`,
  run: async (context) => {
    const seedSeconds = await seedRecords(context);
    const tokens = await signInOfficers(context);
    const counter = await StatementCounter.open(context.dataSource);
    const settings = {
      connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, sequentialMs: SEQUENTIAL_MS,
      partners: PARTNERS, contacts: CONTACTS, pageSize: PAGE_SIZE, distinctTokens: tokens.length, seedSeconds,
    };
    const me = (connection: number): LoadRequest => authMe(tokens[connection % tokens.length]);
    await measureLoad({ baseUrl: context.baseUrl, name: 'warm-up', request: me, connections: CONNECTIONS, warmupMs: 0, durationMs: WARMUP_MS });
    const baseline = await oneAtATime(context, counter, AUTH_ME_NAME, me);
    const outcomes: BenchmarkOutcome[] = [];
    for (const shape of SHAPES) {
      const path = await pathToPage(context, tokens[0], shape);
      const name = `GET /api/v1/partners?${shape.filters}`;
      const list = (connection: number): LoadRequest => ({
        method: 'GET',
        path,
        headers: { authorization: `Bearer ${tokens[connection % tokens.length]}` },
        expectStatus: 200,
      });
      // The baseline right before each shape, as staff-read does: the machine may be busier than a minute ago.
      const baselineLoad = await underLoad(context, AUTH_ME_NAME, me);
      const subjectLoad = await underLoad(context, name, list);
      const subject = await oneAtATime(context, counter, name, list);
      outcomes.push({
        variant: shape.page === 1 ? shape.filters : `${shape.filters} (page ${shape.page})`,
        unit: 'req/s',
        baseline: baselineLoad,
        subject: subjectLoad,
        settings: { ...settings, page: shape.page },
        checks: { sequential: subject.sequential, p95TargetMs: P95_TARGET_MS, statements: statementsOf(baseline, subject) },
      });
    }
    return outcomes;
  },
};

function statementsOf(baseline: OneAtATime, subject: OneAtATime): OutcomeChecks['statements'] {
  if (typeof subject.statements === 'string') return subject.statements;
  if (typeof baseline.statements === 'string') return baseline.statements;
  return { baseline: baseline.statements, subject: subject.statements };
}

async function seedRecords(context: BenchmarkContext): Promise<number> {
  const started = performance.now();
  await seedPartners(context.dataSource, { count: PARTNERS });
  await seedContacts(context.dataSource, { count: CONTACTS });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`[bench] partner-list: seeded ${PARTNERS} partners and ${CONTACTS} contacts in ${seconds} s`);
  return seconds;
}

/** A few officers signed in (one token per connection group), as staff-read does. */
async function signInOfficers(context: BenchmarkContext): Promise<string[]> {
  const officers = await seedUsers(context.dataSource, {
    count: SIGNED_IN_OFFICERS,
    emailPrefix: 'partner-list',
    role: 'officer',
    passwordHash: await benchPasswordHash(context.api),
  });
  return Promise.all(Array.from({ length: SIGNED_IN_OFFICERS }, (_, i) => signIn(context.baseUrl, officers.emailAt(i + 1))));
}

function underLoad(context: BenchmarkContext, name: string, request: (connection: number) => LoadRequest): Promise<Measurement> {
  return measureLoad({ baseUrl: context.baseUrl, name, request, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS });
}

/** One connection, no warm-up of its own (it would be counted): run it after the same requests have warmed up. */
async function oneAtATime(
  context: BenchmarkContext,
  counter: StatementCounter | string,
  name: string,
  request: (connection: number) => LoadRequest,
): Promise<OneAtATime> {
  const send = (): Promise<Measurement> =>
    measureLoad({ baseUrl: context.baseUrl, name, request, connections: 1, warmupMs: 0, durationMs: SEQUENTIAL_MS });
  if (typeof counter === 'string') return { sequential: await send(), statements: counter };
  const { measurement, statements } = await counter.count(send);
  return { sequential: measurement, statements };
}

/**
 * The path of the shape's page, reached like a client does (following nextCursor). Fails unless the page is
 * full: a benchmark of short or empty pages would flatter the query.
 */
async function pathToPage(context: BenchmarkContext, token: string, shape: QueryShape): Promise<string> {
  const agent = keepAliveAgent(1);
  try {
    let path = `/api/v1/partners?${shape.filters}&limit=${PAGE_SIZE}`;
    for (let page = 1; ; page++) {
      const response = await sendExpecting(agent, context.baseUrl, { method: 'GET', path, headers: { authorization: `Bearer ${token}` }, expectStatus: 200 });
      const body = JSON.parse(response.body) as { items: unknown[]; nextCursor: string | null };
      if (body.items.length !== PAGE_SIZE) throw new Error(`${path} returned ${body.items.length} partners, not a full page of ${PAGE_SIZE}`);
      if (page === shape.page) return path;
      if (!body.nextCursor) throw new Error(`${path} has no next page (page ${page} of the ${shape.page} wanted)`);
      path = `/api/v1/partners?${shape.filters}&limit=${PAGE_SIZE}&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
  } finally {
    agent.destroy();
  }
}
