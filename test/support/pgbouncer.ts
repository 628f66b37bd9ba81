import { describe } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Debian's PgBouncer (`apt-get install pgbouncer`). .ci/run installs it and sets REQUIRE_PGBOUNCER=1, so CI
 * fails without it; on a developer machine without it the PgBouncer suite is skipped with a notice.
 */
export const PGBOUNCER = process.env.PGBOUNCER_PATH ?? '/usr/sbin/pgbouncer';
const HAS_PGBOUNCER = existsSync(PGBOUNCER);
const REQUIRED = process.env.REQUIRE_PGBOUNCER === '1';
export const describeWithPgBouncer = HAS_PGBOUNCER || REQUIRED ? describe : describe.skip;
if (!HAS_PGBOUNCER && !REQUIRED) process.stderr.write(`Skipping the PgBouncer tests: ${PGBOUNCER} is missing (apt-get install -y pgbouncer)\n`);

/** The statement timeout the app asks for at connect (data-source-options.ts), which PgBouncer cannot pass on. */
export const APP_STATEMENT_TIMEOUT_MS = 30000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A PgBouncer of the test's own in transaction mode in front of one database, with fewer server connections
 * than the app's pool has clients, so consecutive transactions of one client land on different sessions.
 * The settings are those docs/operations.md asks for ("Through PgBouncer").
 */
export class OwnPgBouncer {
  url = '';
  private child?: ChildProcess;
  private dir = '';
  readonly log: string[] = [];

  constructor(private readonly directUrl: string, private readonly serverConnections = 3) {}

  async start(): Promise<string> {
    const direct = new URL(this.directUrl);
    const database = direct.pathname.slice(1);
    const port = await freePort();
    this.dir = mkdtempSync(join(tmpdir(), 'crm-pgbouncer-'));
    const server = [
      `host=${direct.hostname}`,
      `port=${direct.port || 5432}`,
      `dbname=${database}`,
      `user=${decodeURIComponent(direct.username || 'postgres')}`,
      ...(direct.password ? [`password=${decodeURIComponent(direct.password)}`] : []),
      `connect_query='SET statement_timeout = ${APP_STATEMENT_TIMEOUT_MS}'`,
    ].join(' ');
    const ini = join(this.dir, 'pgbouncer.ini');
    writeFileSync(ini, [
      '[databases]',
      `${database} = ${server}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      // Local and test-only: clients are not asked for a password, PgBouncer logs in as the database entry's user.
      'auth_type = any',
      'pool_mode = transaction',
      `default_pool_size = ${this.serverConnections}`,
      'max_client_conn = 500',
      'ignore_startup_parameters = statement_timeout',
      'admin_users = pgbouncer',
      '',
    ].join('\n'));
    // PgBouncer refuses to run as root; as root it is told to switch to the postgres user.
    const args = process.getuid?.() === 0 ? ['-u', 'postgres', ini] : [ini];
    const child = spawn(PGBOUNCER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const seen = (d: Buffer): void => {
        this.log.push(d.toString());
        if (this.log.join('').includes('process up')) resolve();
      };
      child.stdout?.on('data', seen);
      child.stderr?.on('data', seen);
      child.once('exit', (code) => reject(new Error(`pgbouncer exited (${code}):\n${this.log.join('')}`)));
    });
    const pooled = new URL(this.directUrl);
    pooled.port = String(port);
    this.url = pooled.toString();
    return this.url;
  }

  /** A query on PgBouncer's admin console (SHOW CLIENTS, SHOW STATS, …). */
  async admin<T>(command: string): Promise<T[]> {
    const adminUrl = new URL(this.url);
    adminUrl.username = 'pgbouncer';
    adminUrl.password = '';
    adminUrl.pathname = '/pgbouncer';
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    try {
      // The admin console speaks only the simple query protocol: no parameters.
      return (await client.query(command)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
