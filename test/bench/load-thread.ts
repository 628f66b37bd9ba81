import { readFileSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { keepAliveAgent, sampleLoad, type LoadOptions, type LoadRequest } from './load.js';

/** A paired measurement as plain data: each side sends one fixed request. */
export interface ThreadPairOptions {
  baseline: { name: string; baseUrl: string; request: LoadRequest; /** The processes serving it (another program): their CPU is counted. */ pids: number[] };
  /** Served by this process: its CPU is counted, less the load thread's own. */
  subject: { name: string; baseUrl: string; request: LoadRequest };
  connections: number;
  warmupMs: number;
  durationMs: number;
  slices: number;
}

/** A side's throughput and the CPU its server spent per request (user + system, all its threads). */
export interface CpuMeasurement extends Measurement {
  cpuMsPerRequest: number;
}

interface Reply {
  ok: boolean;
  result?: { baseline: CpuMeasurement; subject: CpuMeasurement };
  error?: string;
}

/**
 * The pair measured in alternating slices by a client on a thread of its own, so it never shares the API's event
 * loop, with each server's CPU time per request: nginx's processes from /proc, this process's from getrusage less
 * the load thread's (/proc/thread-self), less what this process spends meanwhile when not serving (the worker's
 * polling, measured during the baseline's slices). CPU per request hardly depends on how busy the machine is, which
 * throughput on a shared machine does.
 */
export function measurePairOffThread(options: ThreadPairOptions): Promise<{ baseline: CpuMeasurement; subject: CpuMeasurement }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: options });
    let reply: Reply | undefined;
    worker.once('message', (message: Reply) => (reply = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (reply?.ok && reply.result) resolve(reply.result);
      else reject(new Error(reply?.error ?? `the load thread exited (${code}) without a result`));
    });
  });
}

const TICK_MS = 10;

/** utime + stime of a /proc stat file, in ms (fields 14 and 15; the name in field 2 may hold spaces). */
function statCpuMs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function run(options: ThreadPairOptions): Promise<{ baseline: CpuMeasurement; subject: CpuMeasurement }> {
  const threadCpuMs = (): number => statCpuMs('/proc/thread-self/stat');
  const baselineCpuMs = (): number => options.baseline.pids.reduce((sum, pid) => sum + statCpuMs(`/proc/${pid}/stat`), 0);
  // This process less the load thread: the API (and whatever else runs in it).
  const apiCpuMs = (): number => processCpuMs() - threadCpuMs();
  const sides = [options.baseline, options.subject].map((side) => {
    const load: LoadOptions = { name: side.name, baseUrl: side.baseUrl, request: () => side.request, connections: options.connections, durationMs: 0, warmupMs: 0 };
    return { load, agent: keepAliveAgent(options.connections), latencies: [] as number[], elapsedMs: 0, cpuMs: 0 };
  });
  const [baseline, subject] = sides;
  let idleApiCpuMs = 0;
  try {
    for (const side of sides) await sampleLoad(side.agent, side.load, options.warmupMs);
    const sliceMs = options.durationMs / options.slices;
    for (let slice = 0; slice < options.slices; slice++) {
      for (const side of slice % 2 === 0 ? sides : [...sides].reverse()) {
        const before = { baseline: baselineCpuMs(), api: apiCpuMs() };
        const sample = await sampleLoad(side.agent, side.load, sliceMs);
        side.latencies.push(...sample.latencies);
        side.elapsedMs += sample.elapsedMs;
        if (side === baseline) {
          side.cpuMs += baselineCpuMs() - before.baseline;
          idleApiCpuMs += apiCpuMs() - before.api;
        } else {
          side.cpuMs += apiCpuMs() - before.api;
        }
      }
    }
  } finally {
    for (const side of sides) side.agent.destroy();
  }
  // What the process spends per ms when it serves nothing, taken off the API's time.
  subject.cpuMs -= (idleApiCpuMs / baseline.elapsedMs) * subject.elapsedMs;
  const result = (side: (typeof sides)[number]): CpuMeasurement => ({
    ...summarise(side.load.name, side.latencies, side.elapsedMs),
    cpuMsPerRequest: side.cpuMs / Math.max(1, side.latencies.length),
  });
  return { baseline: result(baseline), subject: result(subject) };
}

if (parentPort && workerData) {
  const port = parentPort;
  run(workerData as ThreadPairOptions).then(
    (result) => port.postMessage({ ok: true, result } satisfies Reply),
    (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
}
