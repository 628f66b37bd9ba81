import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublicationCache, type CachedPublication } from '../../src/publishing/publication-cache.js';
import { PublisherService } from '../../src/publishing/publisher.service.js';
import type { Benchmark, BenchmarkContext, BenchmarkOutcome, Measurement } from './benchmark.js';
import { measureLoad, type LoadRequest } from './load.js';
import { ensurePartners } from './seed.js';

const LISTED = 2_000;
/** Active, not archived partners are about 57 % of those seeded: enough to list LISTED of them. */
const PARTNERS_NEEDED = 4_000;
const CONNECTIONS = 8;
const WARMUP_MS = 1_000;
const DURATION_MS = 4_000;
/** From the issue: the public list is served at no less than 0.6× a bare server sending the same bytes. */
const TARGET_RATIO = 0.6;

interface Variant {
  name: string;
  headers: (latest: CachedPublication) => Record<string, string>;
  expectStatus: number;
}

const VARIANTS: Variant[] = [
  { name: '200 identity', headers: () => ({}), expectStatus: 200 },
  { name: '304 If-None-Match', headers: (latest) => ({ 'if-none-match': latest.partners.etags.identity }), expectStatus: 304 },
  { name: '200 Accept-Encoding: br', headers: () => ({ 'accept-encoding': 'br' }), expectStatus: 200 },
];

export const benchmark: Benchmark = {
  name: 'public-partners',
  description:
    `GET /public/partners for a published list of ${LISTED.toLocaleString('en-GB')} partners (plain, If-None-Match → 304, ` +
    'Accept-Encoding: br) vs a bare node:http server in the same process answering the same bytes, validators and ' +
    `headers from memory, measured just before each variant; target ≥ ${TARGET_RATIO}× the bare server`,
  run: async (context) => {
    const seedSeconds = await ensurePartners(context.dataSource, PARTNERS_NEEDED, 'public-partners');
    const latest = await publishList(context);
    const bare = await startBareServer(latest);
    try {
      const outcomes: BenchmarkOutcome[] = [];
      for (const variant of VARIANTS) {
        const request = (): LoadRequest => ({ method: 'GET', path: '/public/partners', headers: variant.headers(latest), expectStatus: variant.expectStatus });
        const baseline = await load(bare.url, `bare node:http, ${variant.name}`, request);
        const subject = await load(context.baseUrl, `GET /public/partners, ${variant.name}`, request);
        report(variant.name, baseline, subject);
        outcomes.push({
          variant: variant.name,
          unit: 'req/s',
          baseline,
          subject,
          settings: {
            connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, listed: LISTED, seedSeconds,
            identityBytes: latest.partners.bodies.identity.length, brotliBytes: latest.partners.bodies.br.length, targetRatio: TARGET_RATIO,
          },
        });
      }
      return outcomes;
    } finally {
      await new Promise((resolve) => bare.server.close(resolve));
    }
  },
};

/** Lists exactly LISTED active partners with every public field, publishes, and loads the version into the cache. */
async function publishList(context: BenchmarkContext): Promise<CachedPublication> {
  await context.dataSource.query('UPDATE partners SET public_listing_consent = false WHERE public_listing_consent');
  await context.dataSource.query(
    `UPDATE partners SET public_listing_consent = true, public_fields = '{name,website,description,area,kind}'
      WHERE id IN (SELECT id FROM partners WHERE status = 'active' AND archived_at IS NULL ORDER BY id LIMIT $1)`,
    [LISTED],
  );
  const outcome = await context.api.get(PublisherService).publish(null);
  if (outcome.partnerCount !== LISTED) throw new Error(`published ${outcome.partnerCount} partners, not ${LISTED}`);
  const cache = context.api.get(PublicationCache);
  await cache.reload();
  if (cache.current?.version !== outcome.version) throw new Error('the publication cache did not load the new version');
  return cache.current;
}

/** The floor: the same bodies, validators and caching headers, with nothing else in the way. */
async function startBareServer(latest: CachedPublication): Promise<{ server: Server; url: string }> {
  const { bodies, etags } = latest.partners;
  const common = {
    'last-modified': latest.lastModified,
    'cache-control': 'public, max-age=60, stale-while-revalidate=300',
    vary: 'Accept-Encoding',
    'access-control-allow-origin': '*',
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const etag = br ? etags.br : etags.identity;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...common, etag }).end();
      return;
    }
    const body = br ? bodies.br : bodies.identity;
    res.writeHead(200, {
      ...common,
      etag,
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      ...(br ? { 'content-encoding': 'br' } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function load(baseUrl: string, name: string, request: () => LoadRequest): Promise<Measurement> {
  return measureLoad({ baseUrl, name, request, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS });
}

function report(variant: string, baseline: Measurement, subject: Measurement): void {
  const ratio = subject.figure / baseline.figure;
  const verdict = ratio >= TARGET_RATIO ? 'met' : 'MISSED';
  console.log(`[bench] public-partners · ${variant}: ${ratio.toFixed(2)}× the bare server (target ≥ ${TARGET_RATIO}×: ${verdict})`);
}
