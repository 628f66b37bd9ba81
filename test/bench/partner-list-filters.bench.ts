import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DialogueDates } from '../../src/dialogue/dialogue-dates.js';
import type { Benchmark, BenchmarkContext, BenchmarkOutcome, Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { busiestOwner, explainList, listCombinations, PARTNER_ROWS_BOUND, type PlanSummary } from './list-shapes.js';
import { keepAliveAgent, sendExpecting, type LoadRequest } from './load.js';
import { ensureMeetings, sharedPartners } from './seed.js';
import { captureStatements, type CapturedStatement } from './sql-capture.js';

/** From issue 20: every filter combination the list documents, p95 ≤ 25 ms one request at a time. */
const P95_TARGET_MS = 25;
const PARTNERS = 100_000;
/** As dialogue-overdue seeds them (shared): the overdue filter needs dialogue dates derived from meetings. */
const MEETINGS = 1_000_000;
const PAGE_SIZE = 50;
const WARMUP_REQUESTS = 3;
/** Per combination and side, one at a time. */
const REQUESTS = 40;

export const benchmark: Benchmark = {
  name: 'partner-list-filters',
  description:
    `Authenticated GET /api/v1/partners, a page of ${PAGE_SIZE} over ${PARTNERS.toLocaleString('en-GB')} partners, for every ` +
    'filter the list documents alone (a common value each), every pair of two of them, and every sort with no filter, ' +
    `with a common kind and area and with a rare pair; ${REQUESTS} requests one at a time, p95 held against the ` +
    `${P95_TARGET_MS} ms target; the baseline is the list statement the API sent, captured from the driver, run as many ` +
    'times on the database directly. Each row has the statement’s EXPLAIN (ANALYZE, BUFFERS): how partners are reached, ' +
    `entries and rows visited, heap rows read, buffers; "bounded" = no sequential scan and ≤ ${PARTNER_ROWS_BOUND.toLocaleString('en-GB')} ` +
    'partner rows or index entries visited for the page',
  run: async (context) => {
    const { seedSeconds } = await seedRecords(context);
    const owner = await busiestOwner(context.dataSource);
    const token = await context.tokenFor('officer');
    const agent = keepAliveAgent(1);
    const outcomes: BenchmarkOutcome[] = [];
    try {
      for (const combination of listCombinations(owner)) {
        const path = `/api/v1/partners?${combination.query}&limit=${PAGE_SIZE}`;
        const request: LoadRequest = { method: 'GET', path, headers: { authorization: `Bearer ${token}` }, expectStatus: 200 };
        let items = 0;
        for (let i = 0; i < WARMUP_REQUESTS; i++) items = (JSON.parse((await sendExpecting(agent, context.baseUrl, request)).body) as { items: unknown[] }).items.length;
        const statements = await captureStatements(agent, context.baseUrl, request);
        const plan = await explainList(context.dataSource, statements);
        const subject = await oneAtATime(`GET ${path}`, () => sendExpecting(agent, context.baseUrl, request));
        const list = statements.find((s) => /\bFROM partners p\b/.test(s.text)) as CapturedStatement;
        const baseline = await oneAtATime('the list statement on the database', () => context.dataSource.query(list.text, list.values));
        report(combination.label, subject, baseline, plan, items);
        outcomes.push({
          variant: combination.label,
          unit: 'req/s',
          baseline,
          subject,
          settings: {
            partners: PARTNERS, pageSize: PAGE_SIZE, requests: REQUESTS, seedSeconds, items, statements: statements.length,
            planAccess: plan.access, partnerRowsVisited: plan.partnerRowsVisited, heapRows: plan.heapRows, buffers: plan.buffers,
            bounded: plan.bounded ? 'yes' : 'NO', explainMs: plan.executionMs,
          },
          checks: { sequential: subject, p95TargetMs: P95_TARGET_MS },
        });
      }
    } finally {
      agent.destroy();
    }
    const missed = outcomes.filter((o) => (o.checks?.sequential?.p95Ms ?? Infinity) > P95_TARGET_MS).map((o) => o.variant);
    const unbounded = outcomes.filter((o) => o.settings.bounded !== 'yes').map((o) => o.variant);
    console.log(
      `[bench] partner-list-filters: ${outcomes.length - missed.length} of ${outcomes.length} combinations p95 ≤ ${P95_TARGET_MS} ms` +
        `${missed.length > 0 ? ` (MISSED: ${names(missed)})` : ''}; ${outcomes.length - unbounded.length} of ${outcomes.length} index-bounded` +
        `${unbounded.length > 0 ? ` (NOT: ${names(unbounded)})` : ''}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
    );
    return outcomes;
  },
};

async function seedRecords(context: BenchmarkContext): Promise<{ seedSeconds: number }> {
  const started = performance.now();
  await sharedPartners(context.dataSource, PARTNERS);
  await ensureMeetings(context.dataSource, MEETINGS, context.api.get(DialogueDates, { strict: false }), context.config.dialogue.defaultCadenceDays);
  return { seedSeconds: Math.round((performance.now() - started) / 100) / 10 };
}

async function oneAtATime(name: string, send: () => Promise<unknown>): Promise<Measurement> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await send();
    latencies.push(performance.now() - t0);
  }
  return summarise(name, latencies, performance.now() - started);
}

/** The first few, then how many more. */
function names(list: (string | undefined)[]): string {
  const shown = list.slice(0, 8).join(', ');
  return list.length > 8 ? `${shown} and ${list.length - 8} more` : shown;
}

function report(label: string, subject: Measurement, baseline: Measurement, plan: PlanSummary, items: number): void {
  const verdict = subject.p95Ms <= P95_TARGET_MS ? 'met' : 'MISSED';
  console.log(
    `[bench] partner-list-filters · ${label}: p50 ${subject.p50Ms.toFixed(1)} / p95 ${subject.p95Ms.toFixed(1)} ms (≤ ${P95_TARGET_MS}: ${verdict}; ` +
      `the statement alone on the database p95 ${baseline.p95Ms.toFixed(1)} ms); ` +
      `${plan.access}, ${plan.partnerRowsVisited.toLocaleString('en-GB')} visited, ${plan.heapRows} heap rows, ${plan.buffers} buffers ` +
      `(${plan.bounded ? 'bounded' : 'NOT BOUNDED'})${items < PAGE_SIZE ? `; ${items} partners match` : ''}`,
  );
}
