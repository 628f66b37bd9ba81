import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { toAppConfig } from '../../src/config/app-config.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/devtools/embedded-database.js';
import { assertTestDatabase, createDatabase } from './test-database.js';
import { TEST_ENV } from './test-env.js';
import { templateDatabaseName } from './test-run.js';

declare global {
  var __embeddedTestDatabase: EmbeddedDatabase | undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Provisions the run's template database: a fresh database on TEST_DATABASE_URL's server when given,
 * else on an embedded PostgreSQL in a temp directory. Runs the real migrations on it once; each Jest
 * worker then works on a copy of it (env-setup.ts clones it), so test files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  const run = String(process.pid);
  const name = templateDatabaseName(run);
  let url: string;
  if (process.env.TEST_DATABASE_URL) {
    url = await createDatabase(process.env.TEST_DATABASE_URL, name);
  } else {
    const db = await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'crm-test-pg-')), await freePort(), false);
    globalThis.__embeddedTestDatabase = db;
    url = await createDatabase(db.url('postgres'), name);
  }
  assertTestDatabase(url);
  // Inherited by the workers Jest starts after global setup.
  process.env.CRM_TEST_RUN_ID = run;
  process.env.CRM_TEST_TEMPLATE_DATABASE_URL = url;
  // Where test apps keep their logs and factories register names, for the personal-data scan at teardown.
  process.env.CRM_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'crm-test-run-'));
  const config = toAppConfig(validateEnvironment({ ...TEST_ENV, DATABASE_URL: url }));
  const dataSource = new DataSource(dataSourceOptions(config, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
