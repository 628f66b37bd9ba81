/** Jest in native ESM mode (NestJS 12 is ESM-only); SWC strips types, `tsc --noEmit` type-checks. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
      },
    ],
  },
  // Compiled by `npm run build` first: jest transforms global setup to CommonJS, which cannot load the ESM app.
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  setupFiles: ['<rootDir>/test/support/env-setup.ts'],
  // Test files run in parallel workers, each on its own database cloned from the run's migrated template
  // (test/support/test-run.ts). Most of a file's time is spent waiting (on PostgreSQL, SMTP, timers), so even
  // on 2 cores more workers than cores pay; `npm test -- --maxWorkers=1` runs in band.
  maxWorkers: 3,
  // The suite's one hang guard, not a speed limit: tests wait for events (a mail, a job's state, a log line)
  // as long as they take, which on a loaded machine can be minutes; only a test stuck for good hits this.
  testTimeout: 10 * 60_000,
  verbose: true,
};
