import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PGBENCH = '/usr/bin/pgbench';
const run = promisify(execFile);

export interface PgbenchSample {
  /** Each transaction's latency (the whole script once), in ms. */
  latencies: number[];
  /** From the first transaction's start to the last one's end. */
  elapsedMs: number;
}

/**
 * Runs `script` (one transaction = the statements, in order) with pgbench for `seconds`, one client, simple
 * protocol (literals in the text: each run planned for its constants, as the app's unnamed statements are), and
 * reads every transaction's latency from pgbench's per-transaction log.
 */
export async function pgbench(databaseUrl: string, script: string, seconds: number): Promise<PgbenchSample> {
  if (!existsSync(PGBENCH)) throw new Error(`${PGBENCH} is missing: apt-get install postgresql-client`);
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-pgbench-'));
  try {
    writeFileSync(join(dir, 'script.sql'), script);
    const url = new URL(databaseUrl);
    await run(
      PGBENCH,
      ['-n', '-M', 'simple', '-c', '1', '-j', '1', '-T', String(seconds), '-f', join(dir, 'script.sql'), '-l', `--log-prefix=${join(dir, 'tx')}`,
        '-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), url.pathname.slice(1)],
      { cwd: dir, env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }, maxBuffer: 1 << 20 },
    );
    const log = readdirSync(dir).find((file) => file.startsWith('tx'));
    if (!log) throw new Error('pgbench wrote no transaction log');
    // Each line: client, transaction, latency µs, script, end time s, end time µs.
    const rows = readFileSync(join(dir, log), 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number));
    if (rows.length === 0 || rows.some((row) => row.length < 6 || row.some(Number.isNaN))) throw new Error(`pgbench's log is not as expected: ${log}`);
    const latencies = rows.map((row) => row[2] / 1000);
    const end = (row: number[]): number => row[4] * 1000 + row[5] / 1000;
    return { latencies, elapsedMs: end(rows[rows.length - 1]) - (end(rows[0]) - latencies[0]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
