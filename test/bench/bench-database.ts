import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/devtools/embedded-database.js';
import type { Cleanup } from './cleanup.js';

export interface BenchDatabase {
  url: string;
  /** `embedded PostgreSQL` or the server's host, for the results. */
  description: string;
}

/** Refuses to create or drop any database whose name does not say it is a bench database. */
export function assertBenchDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.includes('bench')) throw new Error(`Refusing to use database "${name}": its name must contain "bench".`);
}

/**
 * A fresh, empty database for this run: on `serverUrl`'s server when given (dropped afterwards),
 * else on an embedded PostgreSQL in a temp directory (stopped and removed afterwards).
 */
export async function provisionDatabase(serverUrl: string | undefined, cleanup: Cleanup): Promise<BenchDatabase> {
  const name = `crm_bench_${process.pid}`;
  if (serverUrl) {
    const url = databaseUrl(serverUrl, name);
    await recreateDatabase(url);
    cleanup.add('drop bench database', () => dropDatabase(url));
    return { url, description: `PostgreSQL at ${new URL(serverUrl).host}` };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-pg-'));
  cleanup.add('remove embedded data dir', () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
  const server = await startEmbeddedWithStatementStats(dataDir);
  cleanup.add('stop embedded PostgreSQL', () => server.stop());
  await server.ensureDatabase(name);
  return { url: server.url(name), description: 'embedded PostgreSQL' };
}

/**
 * The embedded server, restarted once with pg_stat_statements preloaded (planning time tracked too), so benchmarks
 * can count SQL statements: startEmbeddedDatabase takes no server flags, and ALTER SYSTEM applies at the restart
 * (~0.2 s). Persistent, so the first stop keeps the data directory; the cleanup above removes it.
 */
async function startEmbeddedWithStatementStats(dataDir: string): Promise<EmbeddedDatabase> {
  const port = await freePort();
  const first = await startEmbeddedDatabase(dataDir, port, true);
  try {
    await withAdminClient(first.url('postgres'), async (client) => {
      await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
      await client.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
    });
  } finally {
    await first.stop();
  }
  return startEmbeddedDatabase(dataDir, port, true);
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  assertBenchDatabase(url);
  const name = new URL(url).pathname.slice(1);
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

async function dropDatabase(url: string): Promise<void> {
  assertBenchDatabase(url);
  const name = new URL(url).pathname.slice(1);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined));
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
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
