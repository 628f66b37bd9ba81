import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Measurement } from './benchmark.js';
import { summarise } from './latency.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const REQUEST_TIMEOUT_MS = 30_000;

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  expectStatus: number;
}

export interface LoadResponse {
  status: number;
  body: string;
}

export interface LoadOptions {
  /** Label for the measurement, e.g. `GET /health/live`. */
  name: string;
  baseUrl: string;
  /** Concurrent keep-alive connections, each sending its next request when the last one is answered. */
  connections: number;
  durationMs: number;
  /** Requests sent and discarded first (JIT, pools, caches). */
  warmupMs: number;
  /** Builds the request a connection sends next; `seq` counts requests across all connections. */
  request: (connection: number, seq: number) => LoadRequest;
}

/** Refuses anything but loopback: a benchmark must never load someone else's server. */
export function assertLoopback(baseUrl: string): void {
  const { hostname } = new URL(baseUrl);
  if (!LOOPBACK_HOSTS.has(hostname)) throw new Error(`benchmarks only target loopback, not ${hostname}`);
}

export function keepAliveAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

/** One HTTP request over `agent`, with the whole response body read. */
export function send(agent: Agent, baseUrl: string, spec: LoadRequest): Promise<LoadResponse> {
  const payload = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  const headers: Record<string, string | number> = { ...spec.headers };
  if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(spec.path, baseUrl), { method: spec.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`${spec.method} ${spec.path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Sends one request and fails loudly on an unexpected status: a benchmark of error pages measures nothing. */
export async function sendExpecting(agent: Agent, baseUrl: string, spec: LoadRequest): Promise<LoadResponse> {
  const response = await send(agent, baseUrl, spec);
  if (response.status !== spec.expectStatus) {
    throw new Error(`${spec.method} ${spec.path} answered ${response.status} (expected ${spec.expectStatus}): ${response.body.slice(0, 300)}`);
  }
  return response;
}

/** Warms up, then drives `connections` closed loops for `durationMs` and reports req/s with p50/p95. */
export async function measureLoad(options: LoadOptions): Promise<Measurement> {
  assertLoopback(options.baseUrl);
  const agent = keepAliveAgent(options.connections);
  try {
    if (options.warmupMs > 0) await drive(agent, options, options.warmupMs, []);
    const latencies: number[] = [];
    const started = performance.now();
    await drive(agent, options, options.durationMs, latencies);
    return summarise(options.name, latencies, performance.now() - started);
  } finally {
    agent.destroy();
  }
}

/** One side of a paired measurement. */
export interface PairSide {
  name: string;
  baseUrl: string;
  /** This side's request when the two differ (e.g. each server's own ETag); else the pair's `request`. */
  request?: (connection: number, seq: number) => LoadRequest;
}

export interface PairOptions {
  baseline: PairSide;
  subject: PairSide;
  /** Both sides send the same requests. */
  request: (connection: number, seq: number) => LoadRequest;
  connections: number;
  /** Each side's total, spread over the slices. */
  durationMs: number;
  /** Each side's warm-up, before the first slice. */
  warmupMs: number;
  /** How many slices each side's duration is cut into, run alternately. */
  slices: number;
}

/**
 * Measures a baseline and a subject in alternating slices (A B B A A B …) rather than one after the other,
 * so that other load on the machine changing during the run weighs on both alike instead of on whichever
 * side happened to run while it lasted.
 */
export async function measurePair(options: PairOptions): Promise<{ baseline: Measurement; subject: Measurement }> {
  const sides = [options.baseline, options.subject].map((side) => {
    assertLoopback(side.baseUrl);
    const load: LoadOptions = { ...side, request: side.request ?? options.request, connections: options.connections, durationMs: 0, warmupMs: 0 };
    return { load, agent: keepAliveAgent(options.connections), latencies: [] as number[], elapsedMs: 0 };
  });
  try {
    for (const side of sides) if (options.warmupMs > 0) await drive(side.agent, side.load, options.warmupMs, []);
    const sliceMs = options.durationMs / options.slices;
    for (let slice = 0; slice < options.slices; slice++) {
      for (const side of slice % 2 === 0 ? sides : [...sides].reverse()) {
        const started = performance.now();
        await drive(side.agent, side.load, sliceMs, side.latencies);
        side.elapsedMs += performance.now() - started;
      }
    }
    const [baseline, subject] = sides.map((side) => summarise(side.load.name, side.latencies, side.elapsedMs));
    return { baseline, subject };
  } finally {
    for (const side of sides) side.agent.destroy();
  }
}

/** Drives `options.connections` closed loops over `agent` for `durationMs`: every latency, and the time it took. */
export async function sampleLoad(agent: Agent, options: LoadOptions, durationMs: number): Promise<{ latencies: number[]; elapsedMs: number }> {
  assertLoopback(options.baseUrl);
  const latencies: number[] = [];
  const started = performance.now();
  await drive(agent, options, durationMs, latencies);
  return { latencies, elapsedMs: performance.now() - started };
}

async function drive(agent: Agent, options: LoadOptions, durationMs: number, latencies: number[]): Promise<void> {
  const deadline = performance.now() + durationMs;
  let issued = 0;
  let failed = false;
  const connection = async (index: number): Promise<void> => {
    while (!failed && performance.now() < deadline) {
      const spec = options.request(index, issued++);
      const started = performance.now();
      try {
        await sendExpecting(agent, options.baseUrl, spec);
      } catch (error: unknown) {
        failed = true;
        throw error;
      }
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => connection(index)));
}

/** Runs `count` tasks with at most `concurrency` in flight; resolves when all are done. */
export async function runConcurrently(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}
