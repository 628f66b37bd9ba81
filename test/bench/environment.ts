import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, platform, arch, totalmem } from 'node:os';
import type { BenchmarkContext } from './benchmark.js';

export interface BenchEnvironment {
  node: string;
  cpuCount: number;
  cpuModel: string;
  platform: string;
  totalMemoryMb: number;
  date: string;
  database: string;
  databaseVersion: string;
  queueBackend: 'postgres' | 'redis';
  commit: string | null;
  /** Load generator, API and worker share one Node process (and its event loop). */
  process: string;
}

export async function describeEnvironment(context: BenchmarkContext, database: string): Promise<BenchEnvironment> {
  const [{ server_version: databaseVersion }]: { server_version: string }[] = await context.dataSource.query('SHOW server_version');
  return {
    node: process.version,
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${platform()} ${arch()}`,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    date: new Date().toISOString(),
    database,
    databaseVersion,
    queueBackend: context.config.queue.redisUrl ? 'redis' : 'postgres',
    commit: gitCommit(),
    process: 'load generator, API and worker in one Node process',
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
