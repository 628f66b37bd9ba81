import base from './jest.config.js';

/**
 * The resilience suite (`npm run test:resilience`): real API and worker processes on a PostgreSQL, a Redis
 * and an SMTP server of its own, broken on purpose. Not part of `npm test` (it takes several minutes).
 */
export default {
  ...base,
  roots: ['<rootDir>/test/resilience'],
  testMatch: ['**/*.resilience-spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFiles: [],
  maxWorkers: 1,
  testTimeout: 20 * 60_000,
};
