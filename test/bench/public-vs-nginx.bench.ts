import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_SECURITY_HEADERS } from '../../src/publishing/public-list.routes.js';
import type { CachedPublication } from '../../src/publishing/publication-cache.js';
import type { Benchmark, BenchmarkOutcome, Measurement } from './benchmark.js';
import { measurePair, type LoadRequest } from './load.js';
import { measurePairOffThread, type CpuMeasurement } from './load-thread.js';
import { fetchRaw, LISTED, PAGE, publishList, secondPage, WHOLE_LIST, wholeList, type RawResponse, type ServedDocument } from './published-list.js';
import { PUBLIC_CORS_HEADERS } from '../../src/common/http/public-cors.js';

const NGINX = '/usr/sbin/nginx';
const CONNECTIONS = 8;
const WARMUP_MS = 1_000;
/** Per side, in SLICES alternating slices of 0.5 s: the machine is shared, and its other load comes and goes. */
const DURATION_MS = 4_000;
const SLICES = 8;
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

interface Variant {
  name: string;
  path: string;
  document: (latest: CachedPublication) => ServedDocument;
  /** The request's headers; `etag` is the server's own tag for the document (nginx makes its own from the file). */
  headers: (etag: string) => Record<string, string>;
  brotli: boolean;
  expectStatus: number;
  /** From issue 20: the API's throughput as a share of nginx's. */
  goal: number;
  /** What the goal is held against, for the report. */
  why: string;
}

const VARIANTS: Variant[] = [
  { name: '200 identity', path: WHOLE_LIST, document: wholeList, headers: () => ({}), brotli: false, expectStatus: 200, goal: 0.6, why: 'keep' },
  {
    name: '304 If-None-Match', path: WHOLE_LIST, document: wholeList, headers: (etag) => ({ 'if-none-match': etag }), brotli: false,
    expectStatus: 304, goal: 0.35, why: 'was 0.20×; bare Fastify 0.31×: beat it',
  },
  { name: '200 Accept-Encoding: br', path: WHOLE_LIST, document: wholeList, headers: () => ({ 'accept-encoding': 'br' }), brotli: true, expectStatus: 200, goal: 0.35, why: 'was 0.23×' },
  { name: 'page 2, 200 identity', path: PAGE, document: secondPage, headers: () => ({}), brotli: false, expectStatus: 200, goal: 0.35, why: 'was 0.22×' },
  {
    name: 'page 2, 304 If-None-Match', path: PAGE, document: secondPage, headers: (etag) => ({ 'if-none-match': etag }), brotli: false,
    expectStatus: 304, goal: 0.35, why: 'as the whole list’s 304',
  },
  { name: 'page 2, 200 Accept-Encoding: br', path: PAGE, document: secondPage, headers: () => ({ 'accept-encoding': 'br' }), brotli: true, expectStatus: 200, goal: 0.35, why: 'as page 2' },
];

export const benchmark: Benchmark = {
  name: 'public-vs-nginx',
  description:
    `GET /public/partners for a published list of ${LISTED.toLocaleString('en-GB')} partners, whole and its page 2 of 50 ` +
    '(plain, If-None-Match → 304 with each server’s own ETag, Accept-Encoding: br from the stored brotli bytes), vs nginx ' +
    '(Debian’s nginx-light, 1 worker, `etag on`, sendfile, a buffered access log) serving the very bytes the API serves as ' +
    'files, pre-compressed .br included, with the same headers (security, caching, CORS, Link, a request id); both ' +
    `driven by the same client (${CONNECTIONS} keep-alive connections) in alternating slices. As in issue 20, the client runs ` +
    'in the API’s own thread, so the API’s figure also pays for the client. Rows "CPU per request" measure the same ' +
    'pair again with the client on a thread of its own and compare the CPU time each server spent per request (nginx ' +
    'from /proc, the API as this process less the client’s thread and less its idle background): requests per ' +
    'CPU-second, which a busy shared machine skews far less than throughput. Goals ≥ 0.60× nginx for the whole list, ' +
    '≥ 0.35× for 304, page 2 and brotli (issue 20)',
  run: async (context) => {
    if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light`);
    const { latest, seedSeconds } = await publishList(context, 'public-vs-nginx');
    const nginx = await startNginx(latest);
    try {
      const etags = await assertSameResponses(context.baseUrl, nginx.url, latest);
      const outcomes: BenchmarkOutcome[] = [];
      for (const variant of VARIANTS) {
        const document = variant.document(latest);
        const request = (etag: string): LoadRequest => ({ method: 'GET', path: variant.path, headers: variant.headers(etag), expectStatus: variant.expectStatus });
        const apiTag = variant.brotli ? document.etags.br : document.etags.identity;
        const pair = {
          baseline: { name: `nginx, ${variant.name}`, baseUrl: nginx.url, request: request(etags.get(variant.name) ?? '') },
          subject: { name: `GET ${variant.path}, ${variant.name}`, baseUrl: context.baseUrl, request: request(apiTag) },
          connections: CONNECTIONS,
          warmupMs: WARMUP_MS,
          durationMs: DURATION_MS,
          slices: SLICES,
        };
        const settings = {
          connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, slices: SLICES, listed: LISTED, seedSeconds, path: variant.path,
          bytes: (variant.brotli ? document.bodies.br : document.bodies.identity).length,
        };
        // The method: the client in the API's process and thread, so the API's figure also pays for the client.
        const { baseline, subject } = await measurePair({
          ...pair,
          baseline: { ...pair.baseline, request: () => pair.baseline.request },
          subject: { ...pair.subject, request: () => pair.subject.request },
          request: () => pair.subject.request,
        });
        const verdict = report(variant.name, 'req/s', baseline.figure, subject.figure, variant);
        outcomes.push({ variant: variant.name, unit: 'req/s', baseline, subject, settings: { ...settings, client: 'same thread', goalRatio: variant.goal, goal: verdict } });
        // The same pair with the client on a thread of its own, and each server's CPU time per request: on a shared
        // machine throughput follows whoever gets the cores, CPU per request much less.
        const own = await measurePairOffThread({ ...pair, baseline: { ...pair.baseline, pids: nginx.pids() } });
        const perCpuSecond = (m: CpuMeasurement): Measurement => ({ ...m, figure: 1000 / m.cpuMsPerRequest });
        const cpuVerdict = report(`${variant.name}, CPU per request`, 'requests per CPU-second', 1000 / own.baseline.cpuMsPerRequest, 1000 / own.subject.cpuMsPerRequest, variant);
        outcomes.push({
          variant: `${variant.name}, CPU per request`,
          unit: 'req/CPU-s',
          baseline: perCpuSecond(own.baseline),
          subject: perCpuSecond(own.subject),
          settings: {
            ...settings, client: 'own thread', goalRatio: variant.goal, goal: cpuVerdict,
            apiCpuMsPerRequest: round3(own.subject.cpuMsPerRequest), nginxCpuMsPerRequest: round3(own.baseline.cpuMsPerRequest),
            apiReqPerSecond: Math.round(own.subject.figure), nginxReqPerSecond: Math.round(own.baseline.figure),
          },
        });
      }
      return outcomes;
    } finally {
      await nginx.stop();
    }
  },
};

interface Nginx {
  url: string;
  /** The master and its worker. */
  pids: () => number[];
  stop: () => Promise<void>;
}

/** The files nginx serves: each document's identity and brotli bytes, dated as the publication is. */
function writeDocuments(root: string, latest: CachedPublication): void {
  const modified = new Date(latest.lastModified);
  for (const [file, document] of [['partners', wholeList(latest)], ['page-2', secondPage(latest)]] as const) {
    writeFileSync(join(root, `${file}.json`), document.bodies.identity);
    writeFileSync(join(root, `${file}.json.br`), document.bodies.br);
    for (const name of [`${file}.json`, `${file}.json.br`]) {
      chmodSync(join(root, name), 0o644);
      utimesSync(join(root, name), modified, modified);
    }
  }
}

/**
 * nginx as one would put it in front of static files: one worker, sendfile, `etag on` (its default), keep-alive with
 * no request cap (as Node's), a buffered access log. No brotli module in nginx-light: a map picks the .br file and
 * says so in Content-Encoding, as ngx_brotli's `brotli_static` would. add_header sends the API's headers (an empty
 * value sends none).
 */
function nginxConfig(root: string, port: number, link: string): string {
  const security = Object.entries(DATA_SECURITY_HEADERS).map(([name, value]) => `      add_header ${name} "${value}" always;`);
  return `
worker_processes 1;
daemon off;
master_process on;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${root}/access.log combined buffer=64k flush=1s;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 72s;
  keepalive_requests 10000000;
  etag on;
  server_tokens off;
  types { }
  default_type application/json;
  charset utf-8;
  charset_types application/json;
  client_body_temp_path ${root}/tmp;
  proxy_temp_path ${root}/tmp;
  fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp;
  scgi_temp_path ${root}/tmp;
  map $arg_page $document { "" partners; 2 page-2; default missing; }
  # The API sends Link on page 2's 200 only (a 304 need not repeat it); this bench's conditional requests always match.
  map "$arg_page|$http_if_none_match" $link { "2|" '${link}'; default ""; }
  map $http_accept_encoding $br { ~*(^|[^a-z])br([^a-z]|$) .br; default ""; }
  map $br $content_encoding { .br br; default ""; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location = /public/partners {
${security.join('\n')}
      add_header cache-control "${CACHE_CONTROL}" always;
      add_header vary Accept-Encoding always;
      add_header access-control-allow-origin * always;
      add_header access-control-expose-headers "${PUBLIC_CORS_HEADERS['access-control-expose-headers']}" always;
      add_header content-encoding $content_encoding;
      add_header link $link;
      add_header x-request-id $request_id always;
      try_files /$document.json$br =404;
    }
  }
}
`;
}

async function startNginx(latest: CachedPublication): Promise<Nginx> {
  const root = mkdtempSync(join(tmpdir(), 'crm-bench-nginx-'));
  // nginx started as root serves from a worker running as nobody: it must be able to read the files.
  chmodSync(root, 0o755);
  writeDocuments(root, latest);
  const port = await freePort();
  const link = secondPage(latest).link ?? '';
  if (/['\\$]/.test(link)) throw new Error(`page 2's Link header cannot be written into nginx.conf as is: ${link}`);
  writeFileSync(join(root, 'nginx.conf'), nginxConfig(root, port, link));
  const child = spawn(NGINX, ['-p', root, '-c', join(root, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await listening(port, child, () => stderr);
  } catch (error: unknown) {
    await stop();
    throw error;
  }
  const master = child.pid ?? 0;
  const pids = (): number[] => [master, ...readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
  return { url: `http://127.0.0.1:${port}`, pids, stop };
}

/** Resolves once nginx accepts connections on `port`; fails if it exits first (its stderr says why). */
async function listening(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr().trim()}`);
    if (await accepts(port)) return;
    if (attempt >= 400) throw new Error(`nginx did not listen on ${port} within 10 s: ${stderr().trim()}`);
    // Nothing to await but the port itself: try again shortly.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Headers both send whose values differ by nature: each server makes its own validators and request ids. */
const OWN_VALUES = new Set(['date', 'etag', 'x-request-id']);
/** Connection management (each server's own keep-alive wording) and what only nginx sends; none changes what a client does with the body. */
const IGNORED = new Set(['keep-alive', 'connection', 'server', 'accept-ranges']);

/**
 * Refuses to measure unless nginx and the API answer every variant with the same status and bytes and the same
 * headers (values too, but for those each server makes its own). Returns nginx's ETag per variant, for its 304s.
 */
async function assertSameResponses(apiUrl: string, nginxUrl: string, latest: CachedPublication): Promise<Map<string, string>> {
  const etags = new Map<string, string>();
  for (const variant of VARIANTS) {
    const document = variant.document(latest);
    const [apiFull, nginxFull] = await Promise.all([fetchRaw(apiUrl, variant.path, plain(variant)), fetchRaw(nginxUrl, variant.path, plain(variant))]);
    const nginxTag = nginxFull.headers.etag ?? '';
    etags.set(variant.name, nginxTag);
    const apiTag = variant.brotli ? document.etags.br : document.etags.identity;
    const [api, nginx] = variant.expectStatus === 304
      ? await Promise.all([fetchRaw(apiUrl, variant.path, variant.headers(apiTag)), fetchRaw(nginxUrl, variant.path, variant.headers(nginxTag))])
      : [apiFull, nginxFull];
    const differences = compare(api, nginx);
    if (api.status !== variant.expectStatus) differences.push(`the API answered ${api.status}, not ${variant.expectStatus}`);
    if (differences.length > 0) throw new Error(`nginx does not answer "${variant.name}" as the API does: ${differences.join('; ')}`);
  }
  return etags;
}

/** The variant's request without validators: what a first visit sends. */
function plain(variant: Variant): Record<string, string> {
  return variant.brotli ? { 'accept-encoding': 'br' } : {};
}

function compare(api: RawResponse, nginx: RawResponse): string[] {
  const names = [...new Set([...Object.keys(api.headers), ...Object.keys(nginx.headers)])].filter((name) => !IGNORED.has(name));
  const differences = names
    .filter((name) => (OWN_VALUES.has(name) ? !(name in api.headers) || !(name in nginx.headers) : api.headers[name] !== nginx.headers[name]))
    .map((name) => `${name}: API ${api.headers[name] ?? '(none)'}, nginx ${nginx.headers[name] ?? '(none)'}`);
  if (api.status !== nginx.status) differences.push(`status: API ${api.status}, nginx ${nginx.status}`);
  if (!api.body.equals(nginx.body)) differences.push(`body bytes differ (API ${api.body.length}, nginx ${nginx.body.length})`);
  return differences;
}

/** Prints both figures, the ratio, the goal and whether it was met. */
function report(name: string, unit: string, baseline: number, subject: number, goal: Variant): string {
  const ratio = subject / baseline;
  const verdict = ratio >= goal.goal ? 'met' : 'MISSED';
  console.log(
    `[bench] public-vs-nginx · ${name}: API ${Math.round(subject)} ${unit}, nginx ${Math.round(baseline)} = ` +
      `${ratio.toFixed(2)}× nginx (goal ≥ ${goal.goal.toFixed(2)}×, ${goal.why}: ${verdict})`,
  );
  return verdict;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
