import { rmSync } from 'node:fs';
import { postgresQueueTexts, redisQueueTexts, type StoredText } from './data-scan.js';
import { findPersonalData, keptLogs, registeredSubjects, type Finding } from './personal-data.js';
import { dropDatabase, listDatabases } from './test-database.js';
import { workerDatabasePattern, workerOfDatabase, workerRedisPrefix } from './test-run.js';

/**
 * The suite-wide check that personal data never reaches logs or the queues: every line any test app logged,
 * and every job record left in the queue backends (PostgreSQL tables of every worker's database, and every
 * worker's Redis keys when TEST_REDIS_URL is set), must hold no test address and no name a factory registered.
 * It runs here, after every test file, because only here is the whole run's output in one place — and it
 * covers a single-file run too. Jest fails the run when global teardown throws; the databases are dropped
 * first either way.
 */
async function scanRun(dir: string, workerDatabases: readonly string[]): Promise<Finding[]> {
  const texts: StoredText[] = [{ source: 'logs', text: keptLogs(dir) }];
  const run = process.env.CRM_TEST_RUN_ID ?? '';
  for (const url of workerDatabases) {
    texts.push(...(await postgresQueueTexts(url)));
    const worker = workerOfDatabase(new URL(url).pathname);
    if (process.env.TEST_REDIS_URL) texts.push(...(await redisQueueTexts(process.env.TEST_REDIS_URL, workerRedisPrefix(run, worker))));
  }
  return findPersonalData(texts, registeredSubjects(dir));
}

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.CRM_TEST_RUN_DIR;
  const template = process.env.CRM_TEST_TEMPLATE_DATABASE_URL;
  const run = process.env.CRM_TEST_RUN_ID;
  let findings: Finding[] = [];
  try {
    const workerDatabases = template && run ? await listDatabases(template, workerDatabasePattern(run)) : [];
    try {
      if (dir) findings = await scanRun(dir, workerDatabases);
    } finally {
      if (process.env.TEST_DATABASE_URL) {
        for (const url of workerDatabases) await dropDatabase(url);
        if (template) await dropDatabase(template);
      }
    }
  } finally {
    await globalThis.__embeddedTestDatabase?.stop();
    if (dir && findings.length === 0) rmSync(dir, { recursive: true, force: true });
  }
  if (findings.length > 0) {
    const lines = findings.slice(0, 50).map((f) => `  ${f.source}: "${f.found}" in …${f.context}…`);
    throw new Error(
      `Personal data of test subjects found in logs or queue data (${findings.length}; run directory kept: ${dir}):\n${lines.join('\n')}`,
    );
  }
}
