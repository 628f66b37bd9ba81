import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { Measurement } from './benchmark.js';

/**
 * SQL statements counted by the database while a benchmark repeated one operation (an HTTP request, a reminder
 * run) a known number of times.
 */
export interface StatementCount {
  /** What one operation is, e.g. `request` or `run`. */
  operation: string;
  /** Statements per operation, after subtracting what ran in the background (worker, schedulers) meanwhile. */
  perOperation: number;
  operations: number;
  /** Statements per second counted while nothing was sent, just before; subtracted statement by statement. */
  backgroundPerSecond: number;
  /** Each statement that ran at least once per two operations (background subtracted), most frequent first. */
  statements: CountedStatement[];
}

export interface CountedStatement {
  /** As pg_stat_statements normalised it, whitespace collapsed, cut to 120 characters. */
  query: string;
  perOperation: number;
  /** Mean time the server spent planning it (0 when the server does not track planning). */
  planMs: number;
  /** Mean time the server spent executing it. */
  executeMs: number;
}

/**
 * Marks a benchmark's own queries that must not be counted (polling for work to finish): the counter leaves out
 * any statement whose text carries it. Put it after the first keyword (`SELECT ${NOT_COUNTED} …`): the text
 * pg_stat_statements keeps includes comments inside a statement, but not one before it.
 */
export const NOT_COUNTED = '/* bench: not counted */';

/** pg_stat_statements lives in a schema of its own, so the app's schema stays as its migrations made it. */
const SCHEMA = 'bench_stats';
const IDLE_WINDOW_MS = 1_000;
const QUERY_TEXT_CHARS = 120;

interface Totals {
  query: string;
  calls: number;
  planMs: number;
  executeMs: number;
}

type Snapshot = Map<string, Totals>;

/**
 * Counts every SQL statement the bench database runs (BEGIN and COMMIT included), black-box, from
 * pg_stat_statements. The server must preload it (`shared_preload_libraries`): bench-database.ts does for the
 * embedded server. Its own snapshot queries, and any other marked NOT_COUNTED, are left out by their text.
 */
export class StatementCounter {
  private constructor(private readonly dataSource: DataSource) {}

  /** The counter, or the reason there is none (a server that does not preload pg_stat_statements). */
  static async open(dataSource: DataSource): Promise<StatementCounter | string> {
    try {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
      await dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA ${SCHEMA}`);
      const counter = new StatementCounter(dataSource);
      await counter.snapshot();
      return counter;
    } catch (error: unknown) {
      return `pg_stat_statements is not available (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  /**
   * Measures the background for a second, then counts the statements run while `send` repeats its operation
   * (`measurement.samples` times): requests by default, or e.g. `run` for one reminder run per sample.
   */
  async count(send: () => Promise<Measurement>, operation = 'request'): Promise<{ measurement: Measurement; statements: StatementCount }> {
    const idleStart = await this.snapshot();
    const idleStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, IDLE_WINDOW_MS));
    const before = await this.snapshot();
    const idleSeconds = (performance.now() - idleStarted) / 1000;
    const background = difference(idleStart, before);
    const started = performance.now();
    const measurement = await send();
    const scale = (performance.now() - started) / 1000 / idleSeconds;
    const ran = difference(before, await this.snapshot());
    const operations = measurement.samples;
    // Background statements are rare and bursty (a scheduler every minute): subtract per statement, never below zero.
    const caused = [...ran.entries()].map(([id, s]) => ({ ...s, caused: Math.max(0, s.calls - (background.get(id)?.calls ?? 0) * scale) }));
    const statements: StatementCount = {
      operation,
      perOperation: caused.reduce((sum, s) => sum + s.caused, 0) / operations,
      operations,
      backgroundPerSecond: callsIn(background) / idleSeconds,
      statements: caused
        .filter((s) => s.caused * 2 >= operations)
        .sort((a, b) => b.caused - a.caused)
        .map((s) => ({ query: s.query, perOperation: s.caused / operations, planMs: s.planMs / s.calls, executeMs: s.executeMs / s.calls })),
    };
    return { measurement, statements };
  }

  private async snapshot(): Promise<Snapshot> {
    const rows: ({ id: string } & Totals)[] = await this.dataSource.query(
      `SELECT ${NOT_COUNTED} queryid::text AS id, min(left(regexp_replace(query, '\\s+', ' ', 'g'), $1)) AS query,
              sum(calls)::float8 AS calls, sum(total_plan_time)::float8 AS "planMs", sum(total_exec_time)::float8 AS "executeMs"
         FROM ${SCHEMA}.pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND strpos(query, $2) = 0
        GROUP BY queryid`,
      [QUERY_TEXT_CHARS, NOT_COUNTED],
    );
    return new Map(rows.map(({ id, ...totals }) => [id, totals]));
  }
}

function difference(before: Snapshot, after: Snapshot): Snapshot {
  const ran: Snapshot = new Map();
  for (const [id, now] of after) {
    const then = before.get(id);
    const calls = now.calls - (then?.calls ?? 0);
    if (calls > 0) {
      ran.set(id, { query: now.query, calls, planMs: now.planMs - (then?.planMs ?? 0), executeMs: now.executeMs - (then?.executeMs ?? 0) });
    }
  }
  return ran;
}

function callsIn(snapshot: Snapshot): number {
  let sum = 0;
  for (const statement of snapshot.values()) sum += statement.calls;
  return sum;
}

/** The statements that ran more often per operation in `larger` than in `smaller`, by how much, most grown first. */
export function statementsGrown(smaller: StatementCount, larger: StatementCount): CountedStatement[] {
  const before = byQuery(smaller);
  return [...byQuery(larger).values()]
    .map((s) => ({ ...s, perOperation: s.perOperation - (before.get(s.query)?.perOperation ?? 0) }))
    .filter((s) => s.perOperation > 0)
    .sort((a, b) => b.perOperation - a.perOperation);
}

/** One count's statements by text: two normalised statements may share the first 120 characters. */
function byQuery(count: StatementCount): Map<string, CountedStatement> {
  const statements = new Map<string, CountedStatement>();
  for (const s of count.statements) {
    const seen = statements.get(s.query);
    statements.set(s.query, seen ? { ...seen, perOperation: seen.perOperation + s.perOperation } : s);
  }
  return statements;
}
