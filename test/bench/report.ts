import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkOutcome, Measurement, OutcomeChecks } from './benchmark.js';
import type { BenchEnvironment } from './environment.js';
import type { StatementCount } from './statement-counter.js';

export interface BenchmarkResult {
  name: string;
  /** Set when the benchmark reported several subjects; rows show `name · variant`. */
  variant?: string;
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
  checks?: ResultChecks;
  environment: BenchEnvironment;
}

export interface ResultChecks extends OutcomeChecks {
  /** Whether the one-at-a-time p95 stayed within the target. */
  p95TargetMet?: boolean;
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
    ...(outcome.variant === undefined ? {} : { variant: outcome.variant }),
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
    ...(outcome.checks === undefined ? {} : { checks: toChecks(outcome.checks) }),
    environment,
  };
}

function toChecks(checks: OutcomeChecks): ResultChecks {
  const { sequential, p95TargetMs, statements } = checks;
  return {
    ...(sequential === undefined ? {} : { sequential: roundMeasurement(sequential) }),
    ...(p95TargetMs === undefined ? {} : { p95TargetMs }),
    ...(p95TargetMs !== undefined && sequential !== undefined ? { p95TargetMet: sequential.p95Ms <= p95TargetMs } : {}),
    ...(statements === undefined
      ? {}
      : { statements: typeof statements === 'string' ? statements : { baseline: roundCount(statements.baseline), subject: roundCount(statements.subject) } }),
  };
}

export function writeReport(dir: string, report: BenchReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), markdown(report));
}

const COLUMNS = ['benchmark', 'baseline', 'baseline fig.', 'figure', 'ratio', 'unit', 'p50/p95 ms baseline', 'p50/p95 ms figure'];
/** SQL/op: statements per operation, each benchmark's own (a request, a reminder run). */
const CHECK_COLUMNS = ['benchmark', 'p50/p95 ms one at a time', 'p95 target', 'SQL/op baseline', 'SQL/op figure'];

const label = (r: BenchmarkResult): string => (r.variant === undefined ? r.name : `${r.name} · ${r.variant}`);

function rows(results: BenchmarkResult[]): string[][] {
  return results.map((r) => [
    label(r),
    r.baselineName,
    formatNumber(r.baselineFigure),
    formatNumber(r.figure),
    `${r.ratio}×`,
    r.unit,
    spread(r.baseline),
    spread(r.subject),
  ]);
}

function checkRows(results: BenchmarkResult[]): string[][] {
  return results.flatMap((r) => {
    const checks = r.checks;
    if (!checks) return [];
    const statements = checks.statements;
    const counted = typeof statements === 'object' ? statements : undefined;
    return [[
      label(r),
      checks.sequential ? spread(checks.sequential) : '–',
      checks.p95TargetMs === undefined ? '–' : `≤ ${checks.p95TargetMs} ms: ${checks.p95TargetMet ? 'met' : 'MISSED'}`,
      counted ? counted.baseline.perOperation.toFixed(2) : 'n/a',
      counted ? counted.subject.perOperation.toFixed(2) : 'n/a',
    ]];
  });
}

function textTable(columns: string[], body: string[][]): string[] {
  const table = [columns, ...body];
  const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row: string[]): string => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

export function summaryTable(report: BenchReport): string {
  const checks = checkRows(report.results);
  const failed = report.failures.map((f) => `FAILED ${f.name}: ${f.error}`);
  return [
    ...textTable(COLUMNS, rows(report.results)),
    ...(checks.length > 0 ? ['', ...textTable(CHECK_COLUMNS, checks)] : []),
    ...failed,
  ].join('\n');
}

function markdownTable(columns: string[], body: string[][]): string[] {
  return [columns, columns.map(() => '---'), ...body].map((row) => `| ${row.join(' | ')} |`);
}

function markdown(report: BenchReport): string {
  const env = report.environment;
  const checks = checkRows(report.results);
  const descriptions = [...new Map(report.results.map((r) => [r.name, r.description])).entries()];
  const details = descriptions.map(([name, description]) => `- **${name}**: ${description}.`);
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
    ...markdownTable(COLUMNS, rows(report.results)),
    ...(checks.length > 0
      ? ['', '## Latency targets and SQL statements', '', ...markdownTable(CHECK_COLUMNS, checks), '', ...statementDetails(report.results)]
      : []),
    '',
    ...details,
    ...(failures.length > 0 ? ['', ...failures] : []),
    '',
  ].join('\n');
}

/** The statements behind each SQL/op figure, so a reader can see what ran (each benchmark's baseline once). */
function statementDetails(results: BenchmarkResult[]): string[] {
  const baselinesShown = new Set<string>();
  return results.flatMap((r) => {
    const statements = r.checks?.statements;
    if (statements === undefined) return [];
    if (typeof statements === 'string') return [`- **${label(r)}**: SQL not counted: ${statements}`];
    const lines: string[] = [];
    if (!baselinesShown.has(r.name)) {
      baselinesShown.add(r.name);
      lines.push(countLine(`${r.name} baseline, ${r.baselineName}`, statements.baseline));
    }
    return [...lines, countLine(label(r), statements.subject)];
  });
}

/** Statements listed per count; the rest are summed up (results.json has them all). */
const LISTED_STATEMENTS = 12;

function countLine(what: string, count: StatementCount): string {
  const listed = count.statements
    .slice(0, LISTED_STATEMENTS)
    .map((s) => `${s.perOperation}× \`${s.query.replace(/`/g, "'")}\` (plan ${s.planMs} ms + run ${s.executeMs} ms)`);
  const unlisted = count.statements.length - listed.length;
  if (unlisted > 0) listed.push(`${unlisted} more statements`);
  const operations = `${count.operations} ${count.operation}${count.operations === 1 ? '' : 's'}`;
  return `- **${what}**: ${count.perOperation.toFixed(2)} per ${count.operation} over ${operations} ` +
    `(background ${count.backgroundPerSecond.toFixed(1)}/s subtracted): ${listed.join('; ') || 'none'}`;
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

function roundCount(count: StatementCount): StatementCount {
  return {
    ...count,
    perOperation: round(count.perOperation, 3),
    backgroundPerSecond: round(count.backgroundPerSecond, 2),
    statements: count.statements.map((s) => ({ ...s, perOperation: round(s.perOperation, 3), planMs: round(s.planMs, 2), executeMs: round(s.executeMs, 2) })),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
