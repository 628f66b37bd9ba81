import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC_CORS_HEADERS } from '../../src/common/http/public-cors.js';
import { DATA_SECURITY_HEADERS } from '../../src/publishing/public-list.routes.js';
import type { CachedPublication } from '../../src/publishing/publication-cache.js';
import type { Benchmark, BenchmarkOutcome, Measurement } from './benchmark.js';
import { measurePair, type LoadRequest } from './load.js';
import { fetchRaw, LISTED, PAGE, publishList, secondPage, WHOLE_LIST, wholeList, type ServedDocument } from './published-list.js';

const CONNECTIONS = 8;
const WARMUP_MS = 1_000;
/** Per side, in SLICES alternating slices of 0.5 s: the machine is shared, and its other load comes and goes. */
const DURATION_MS = 4_000;
const SLICES = 8;
/** From the issue: the public list is served at no less than 0.6× a bare server sending the same bytes. */
const TARGET_RATIO = 0.6;

interface Variant {
  name: string;
  path: string;
  document: (latest: CachedPublication) => ServedDocument;
  headers: (document: ServedDocument) => Record<string, string>;
  expectStatus: number;
}

const VARIANTS: Variant[] = [
  { name: '200 identity', path: WHOLE_LIST, document: wholeList, headers: () => ({}), expectStatus: 200 },
  { name: '304 If-None-Match', path: WHOLE_LIST, document: wholeList, headers: (doc) => ({ 'if-none-match': doc.etags.identity }), expectStatus: 304 },
  { name: '200 Accept-Encoding: br', path: WHOLE_LIST, document: wholeList, headers: () => ({ 'accept-encoding': 'br' }), expectStatus: 200 },
  { name: 'page 2, 200 identity', path: PAGE, document: secondPage, headers: () => ({}), expectStatus: 200 },
  { name: 'page 2, 304 If-None-Match', path: PAGE, document: secondPage, headers: (doc) => ({ 'if-none-match': doc.etags.identity }), expectStatus: 304 },
  { name: 'page 2, 200 Accept-Encoding: br', path: PAGE, document: secondPage, headers: () => ({ 'accept-encoding': 'br' }), expectStatus: 200 },
];

export const benchmark: Benchmark = {
  name: 'public-partners',
  description:
    `GET /public/partners for a published list of ${LISTED.toLocaleString('en-GB')} partners, whole and its page 2 of 50 ` +
    '(plain, If-None-Match → 304, Accept-Encoding: br), vs a bare node:http server in the same process answering the same ' +
    `bytes, validators and headers from memory, the two measured in alternating slices; target ≥ ${TARGET_RATIO}× the bare server`,
  run: async (context) => {
    const { latest, seedSeconds } = await publishList(context, 'public-partners');
    const bare = await startBareServer(latest);
    try {
      await assertSameResponses(context.baseUrl, bare.url, latest);
      const outcomes: BenchmarkOutcome[] = [];
      for (const variant of VARIANTS) {
        const document = variant.document(latest);
        const request = (): LoadRequest => ({ method: 'GET', path: variant.path, headers: variant.headers(document), expectStatus: variant.expectStatus });
        const { baseline, subject } = await measurePair({
          baseline: { name: `bare node:http, ${variant.name}`, baseUrl: bare.url },
          subject: { name: `GET ${variant.path}, ${variant.name}`, baseUrl: context.baseUrl },
          request,
          connections: CONNECTIONS,
          warmupMs: WARMUP_MS,
          durationMs: DURATION_MS,
          slices: SLICES,
        });
        report(variant.name, baseline, subject);
        outcomes.push({
          variant: variant.name,
          unit: 'req/s',
          baseline,
          subject,
          settings: {
            connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, slices: SLICES, listed: LISTED, seedSeconds, path: variant.path,
            identityBytes: document.bodies.identity.length, brotliBytes: document.bodies.br.length, targetRatio: TARGET_RATIO,
          },
        });
      }
      return outcomes;
    } finally {
      await new Promise((resolve) => bare.server.close(resolve));
    }
  },
};

/**
 * The floor: the same bodies, validators and headers (caching, CORS, the data security headers, a request
 * id, the page links), with nothing else in the way: an exact URL lookup instead of routing.
 */
async function startBareServer(latest: CachedPublication): Promise<{ server: Server; url: string }> {
  const documents = new Map<string, ServedDocument>([
    [WHOLE_LIST, wholeList(latest)],
    [PAGE, secondPage(latest)],
  ]);
  const common = {
    ...DATA_SECURITY_HEADERS,
    'last-modified': latest.lastModified,
    'cache-control': 'public, max-age=60, stale-while-revalidate=300',
    vary: 'Accept-Encoding',
    ...PUBLIC_CORS_HEADERS,
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const document = documents.get(req.url ?? '');
    if (!document) {
      res.writeHead(404).end();
      return;
    }
    const { bodies, etags, link } = document;
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const etag = br ? etags.br : etags.identity;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...common, etag, 'x-request-id': randomUUID() }).end();
      return;
    }
    const body = br ? bodies.br : bodies.identity;
    const headers: OutgoingHttpHeaders = {
      ...common,
      etag,
      ...(br ? { 'content-encoding': 'br' } : {}),
      ...(link ? { link } : {}),
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': randomUUID(),
      'content-length': body.length,
    };
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Headers whose values legitimately differ per response or per server (the app's keep-alive timeout is Fastify's). */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

/** Refuses to measure unless both servers answer every variant with the same status, header names and values, and bytes. */
async function assertSameResponses(appUrl: string, bareUrl: string, latest: CachedPublication): Promise<void> {
  for (const variant of VARIANTS) {
    const headers = variant.headers(variant.document(latest));
    const [app, bare] = await Promise.all([fetchRaw(appUrl, variant.path, headers), fetchRaw(bareUrl, variant.path, headers)]);
    const differences = [...new Set([...Object.keys(app.headers), ...Object.keys(bare.headers)])]
      .filter((name) => app.headers[name] !== bare.headers[name] && !(PER_RESPONSE.has(name) && name in app.headers && name in bare.headers))
      .map((name) => `${name}: app ${app.headers[name] ?? '(none)'}, bare ${bare.headers[name] ?? '(none)'}`);
    if (app.status !== bare.status) differences.push(`status: app ${app.status}, bare ${bare.status}`);
    if (!app.body.equals(bare.body)) differences.push('body bytes differ');
    if (differences.length > 0) throw new Error(`the bare server does not answer "${variant.name}" as the app does: ${differences.join('; ')}`);
  }
}

function report(variant: string, baseline: Measurement, subject: Measurement): void {
  const ratio = subject.figure / baseline.figure;
  const verdict = ratio >= TARGET_RATIO ? 'met' : 'MISSED';
  console.log(`[bench] public-partners · ${variant}: ${ratio.toFixed(2)}× the bare server (target ≥ ${TARGET_RATIO}×: ${verdict})`);
}
