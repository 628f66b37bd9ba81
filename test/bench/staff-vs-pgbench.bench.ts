import type { Benchmark, BenchmarkOutcome, Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { busiestOwner, explainList } from './list-shapes.js';
import { keepAliveAgent, sampleLoad, sendExpecting, type LoadRequest } from './load.js';
import { pgbench } from './pgbench.js';
import { sharedPartners } from './seed.js';
import { captureStatements, withLiterals } from './sql-capture.js';

const PARTNERS = 100_000;
const PAGE_SIZE = 50;
/** Per side, in SLICES alternating slices of SLICE_SECONDS (pgbench's -T counts whole seconds). */
const SLICES = 4;
const SLICE_SECONDS = 1;
/** From issue 20: the list stays at no less than a quarter of what PostgreSQL does with the same SQL. */
const TARGET_RATIO = 0.25;
const P95_TARGET_MS = 25;

interface Shape {
  name: string;
  filters: (ownerId: string) => string;
  /** The page measured, reached by following nextCursor. */
  page: number;
}

const SHAPES: Shape[] = [
  { name: 'area=wirral&kind=charity', filters: () => 'area=wirral&kind=charity', page: 1 },
  { name: 'priorityArea=housing&theme=people-and-skills', filters: () => 'priorityArea=housing&theme=people-and-skills', page: 1 },
  { name: 'sort=name (no filter)', filters: () => 'sort=name', page: 1 },
  { name: 'q=food', filters: () => 'q=food', page: 1 },
  { name: 'area=liverpool&status=active&sort=name, page 3', filters: () => 'area=liverpool&status=active&sort=name', page: 3 },
  { name: 'kind=charity&sort=-updatedAt', filters: () => 'kind=charity&sort=-updatedAt', page: 1 },
  { name: 'owner=<owner id>&tag=youth', filters: (owner) => `owner=${owner}&tag=youth`, page: 1 },
];

export const benchmark: Benchmark = {
  name: 'staff-vs-pgbench',
  description:
    `Authenticated GET /api/v1/partners, a page of ${PAGE_SIZE} over ${PARTNERS.toLocaleString('en-GB')} partners, per filter ` +
    'shape, vs pgbench (one client, simple protocol) replaying the very SQL the API sent for that request (captured from ' +
    'the driver: the sign-in check and the list statement, parameters written in), both one at a time, in alternating ' +
    `slices of ${SLICE_SECONDS} s; target ≥ ${TARGET_RATIO}× pgbench, and the API's p95 ≤ ${P95_TARGET_MS} ms`,
  run: async (context) => {
    await sharedPartners(context.dataSource, PARTNERS);
    const owner = await busiestOwner(context.dataSource);
    const token = await context.tokenFor('officer');
    const agent = keepAliveAgent(1);
    const databaseUrl = context.config.database.url;
    const outcomes: BenchmarkOutcome[] = [];
    try {
      for (const shape of SHAPES) {
        const path = await pathToPage(agent, context.baseUrl, token, shape.filters(owner), shape.page);
        const request: LoadRequest = { method: 'GET', path, headers: { authorization: `Bearer ${token}` }, expectStatus: 200 };
        const statements = await captureStatements(agent, context.baseUrl, request);
        const script = `${statements.map((s) => `${withLiterals(s).replace(/\s+/g, ' ').trim()};`).join('\n')}\n`;
        const plan = await explainList(context.dataSource, statements);
        const api = { latencies: [] as number[], elapsedMs: 0 };
        const db = { latencies: [] as number[], elapsedMs: 0 };
        for (let slice = 0; slice < SLICES; slice++) {
          const order = slice % 2 === 0 ? ['db', 'api'] : ['api', 'db'];
          for (const side of order) {
            const sample = side === 'db'
              ? await pgbench(databaseUrl, script, SLICE_SECONDS)
              : await sampleLoad(agent, { name: path, baseUrl: context.baseUrl, connections: 1, durationMs: 0, warmupMs: 0, request: () => request }, SLICE_SECONDS * 1000);
            const into = side === 'db' ? db : api;
            into.latencies.push(...sample.latencies);
            into.elapsedMs += sample.elapsedMs;
          }
        }
        const baseline = summarise(`pgbench, the request's ${statements.length} statements`, db.latencies, db.elapsedMs);
        const subject = summarise(`GET ${path}`, api.latencies, api.elapsedMs);
        report(shape.name, baseline, subject, statements.length);
        outcomes.push({
          variant: shape.name,
          unit: 'req/s',
          baseline,
          subject,
          settings: {
            partners: PARTNERS, pageSize: PAGE_SIZE, page: shape.page, slices: SLICES, sliceSeconds: SLICE_SECONDS, statements: statements.length,
            targetRatio: TARGET_RATIO, target: subject.figure / baseline.figure >= TARGET_RATIO ? 'met' : 'MISSED',
            planAccess: plan.access, partnerRowsVisited: plan.partnerRowsVisited, heapRows: plan.heapRows, buffers: plan.buffers,
          },
          checks: { sequential: subject, p95TargetMs: P95_TARGET_MS },
        });
      }
    } finally {
      agent.destroy();
    }
    return outcomes;
  },
};

/** Follows nextCursor to the page wanted; fails unless every page on the way is full. */
async function pathToPage(agent: ReturnType<typeof keepAliveAgent>, baseUrl: string, token: string, filters: string, page: number): Promise<string> {
  let path = `/api/v1/partners?${filters}&limit=${PAGE_SIZE}`;
  for (let n = 1; ; n++) {
    const response = await sendExpecting(agent, baseUrl, { method: 'GET', path, headers: { authorization: `Bearer ${token}` }, expectStatus: 200 });
    const body = JSON.parse(response.body) as { items: unknown[]; nextCursor: string | null };
    if (body.items.length !== PAGE_SIZE) throw new Error(`${path} returned ${body.items.length} partners, not a full page of ${PAGE_SIZE}`);
    if (n === page) return path;
    if (!body.nextCursor) throw new Error(`${path} has no next page (page ${n} of the ${page} wanted)`);
    path = `/api/v1/partners?${filters}&limit=${PAGE_SIZE}&cursor=${encodeURIComponent(body.nextCursor)}`;
  }
}

function report(name: string, baseline: Measurement, subject: Measurement, statements: number): void {
  const ratio = subject.figure / baseline.figure;
  console.log(
    `[bench] staff-vs-pgbench · ${name}: API ${Math.round(subject.figure)} req/s (p95 ${subject.p95Ms.toFixed(1)} ms), ` +
      `pgbench ${Math.round(baseline.figure)} tx/s of the same ${statements} statements (p95 ${baseline.p95Ms.toFixed(1)} ms) = ${ratio.toFixed(2)}× ` +
      `(target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}; p95 ≤ ${P95_TARGET_MS} ms: ${subject.p95Ms <= P95_TARGET_MS ? 'met' : 'MISSED'})`,
  );
}
