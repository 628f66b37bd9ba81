import 'reflect-metadata';
import { cloneDatabase } from './test-database.js';
import { TEST_ENV } from './test-env.js';
import { runId, workerDatabaseName, workerId } from './test-run.js';

// Runs before each test file: the app's config is read from the environment.
for (const [key, value] of Object.entries(TEST_ENV)) process.env[key] = value;
// This worker's own database, cloned from the run's migrated template by the worker's first test file.
const template = process.env.CRM_TEST_TEMPLATE_DATABASE_URL;
if (!template) throw new Error('CRM_TEST_TEMPLATE_DATABASE_URL is not set: run the tests through jest (global setup sets it)');
process.env.CRM_TEST_DATABASE_URL = await cloneDatabase(template, workerDatabaseName(runId(), workerId()));
process.env.DATABASE_URL = process.env.CRM_TEST_DATABASE_URL;
delete process.env.REDIS_URL;
delete process.env.DATABASE_DIRECT_URL;
