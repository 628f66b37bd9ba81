import { dropDatabase } from './test-database.js';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.CRM_TEST_DATABASE_URL;
  if (process.env.TEST_DATABASE_URL && url) await dropDatabase(url);
  await globalThis.__embeddedTestDatabase?.stop();
}
