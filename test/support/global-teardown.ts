import { rmSync } from 'node:fs';
import { postgresQueueTexts, redisQueueTexts, type StoredText } from './data-scan.js';
import { findPersonalData, keptLogs, registeredSubjects, type Finding } from './personal-data.js';
import { dropDatabase } from './test-database.js';

/**
 * The suite-wide check that personal data never reaches logs or the queues: every line any test app logged,
 * and every job record left in the queue backends (PostgreSQL tables, and the run's Redis keys when
 * TEST_REDIS_URL is set), must hold no test address and no name a factory registered. It runs here, after
 * every test file, because only here is the whole run's output in one place — and it covers a single-file
 * run too. Jest fails the run when global teardown throws; the database is dropped first either way.
 */
async function scanRun(dir: string): Promise<Finding[]> {
  const texts: StoredText[] = [{ source: 'logs', text: keptLogs(dir) }];
  const databaseUrl = process.env.CRM_TEST_DATABASE_URL;
  if (databaseUrl) texts.push(...(await postgresQueueTexts(databaseUrl)));
  if (process.env.TEST_REDIS_URL) texts.push(...(await redisQueueTexts(process.env.TEST_REDIS_URL, `crm-test-${process.pid}`)));
  return findPersonalData(texts, registeredSubjects(dir));
}

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.CRM_TEST_RUN_DIR;
  let findings: Finding[] = [];
  try {
    if (dir) findings = await scanRun(dir);
  } finally {
    const url = process.env.CRM_TEST_DATABASE_URL;
    if (process.env.TEST_DATABASE_URL && url) await dropDatabase(url);
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
