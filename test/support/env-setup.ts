import 'reflect-metadata';
import { TEST_ENV } from './test-env.js';

// Runs before each test file: the app's config is read from the environment.
for (const [key, value] of Object.entries(TEST_ENV)) process.env[key] = value;
process.env.DATABASE_URL = process.env.CRM_TEST_DATABASE_URL;
delete process.env.REDIS_URL;
