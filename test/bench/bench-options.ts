/** How the bench run is configured; the only place it reads BENCH_* variables. */
export interface BenchOptions {
  /** A PostgreSQL server to create a fresh `*_bench_*` database on; else embedded PostgreSQL in a temp dir. */
  databaseServerUrl?: string;
  /** Run the queues on this Redis (under a per-run key prefix); else on PostgreSQL. */
  redisUrl?: string;
  /** Names of the benchmarks to run; all when empty. */
  only: string[];
  resultsDir: string;
}

export function readBenchOptions(env: NodeJS.ProcessEnv, cwd: string): BenchOptions {
  return {
    databaseServerUrl: nonEmpty(env.BENCH_DATABASE_URL),
    redisUrl: nonEmpty(env.BENCH_REDIS_URL),
    only: (env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean),
    resultsDir: `${cwd}/bench-results`,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
