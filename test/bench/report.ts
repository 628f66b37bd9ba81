import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkOutcome, Measurement } from './benchmark.js';
import type { BenchEnvironment } from './environment.js';

export interface BenchmarkResult {
  name: string;
  description: string;
  unit: string;
  baselineName: string;
  baselineFigure: number;
  subjectName: string;
  figure: number;
  /** figure ÷ baseline figure: 0.25 means a quarter of the baseline's throughput. */
  ratio: number;
  baseline: Measurement;
  subject: Measurement;
  settings: Record<string, number | string>;
  environment: BenchEnvironment;
}

export interface BenchmarkFailure {
  name: string;
  error: string;
}

export interface BenchReport {
  environment: BenchEnvironment;
  results: BenchmarkResult[];
  failures: BenchmarkFailure[];
}

export function toResult(name: string, description: string, outcome: BenchmarkOutcome, environment: BenchEnvironment): BenchmarkResult {
  return {
    name,
    description,
    unit: outcome.unit,
    baselineName: outcome.baseline.name,
    baselineFigure: round(outcome.baseline.figure, 1),
    subjectName: outcome.subject.name,
    figure: round(outcome.subject.figure, 1),
    ratio: Number((outcome.subject.figure / outcome.baseline.figure).toPrecision(3)),
    baseline: roundMeasurement(outcome.baseline),
    subject: roundMeasurement(outcome.subject),
    settings: outcome.settings,
    environment,
  };
}

export function writeReport(dir: string, report: BenchReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), markdown(report));
}

const COLUMNS = ['benchmark', 'baseline', 'baseline fig.', 'figure', 'ratio', 'unit', 'p50/p95 ms baseline', 'p50/p95 ms figure'];

function rows(results: BenchmarkResult[]): string[][] {
  return results.map((r) => [
    r.name,
    r.baselineName,
    formatNumber(r.baselineFigure),
    formatNumber(r.figure),
    `${r.ratio}×`,
    r.unit,
    spread(r.baseline),
    spread(r.subject),
  ]);
}

export function summaryTable(report: BenchReport): string {
  const table = [COLUMNS, ...rows(report.results)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row: string[]): string => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const failed = report.failures.map((f) => `FAILED ${f.name}: ${f.error}`);
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ...failed].join('\n');
}

function markdown(report: BenchReport): string {
  const env = report.environment;
  const table = [COLUMNS, COLUMNS.map(() => '---'), ...rows(report.results)].map((row) => `| ${row.join(' | ')} |`);
  const details = report.results.map((r) => `- **${r.name}**: ${r.description}.`);
  const failures = report.failures.map((f) => `- **${f.name}** failed: ${f.error}`);
  return [
    '# Benchmark results',
    '',
    `${env.date} · Node ${env.node} · ${env.cpuCount} CPUs (${env.cpuModel}) · ${env.platform} · ` +
      `${env.database} ${env.databaseVersion} · queues on ${env.queueBackend} · commit ${env.commit ?? 'unknown'}`,
    '',
    'Each figure is throughput; **ratio = figure ÷ baseline figure**, both measured in the same run on the same machine ' +
      `(${env.process}). Compare ratios between runs, not absolute figures.`,
    '',
    ...table,
    '',
    ...details,
    ...(failures.length > 0 ? ['', ...failures] : []),
    '',
  ].join('\n');
}

function spread(m: Measurement): string {
  return `${m.p50Ms.toFixed(1)} / ${m.p95Ms.toFixed(1)}`;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

function roundMeasurement(m: Measurement): Measurement {
  return { ...m, figure: round(m.figure, 1), p50Ms: round(m.p50Ms, 2), p95Ms: round(m.p95Ms, 2), elapsedMs: round(m.elapsedMs, 0) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
