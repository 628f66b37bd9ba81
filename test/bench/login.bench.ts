import type { Benchmark } from './benchmark.js';
import { HEALTH_LIVE, HEALTH_LIVE_NAME } from './baselines.js';
import { measureLoad } from './load.js';
import { seedUsers } from './seed.js';
import { BENCH_PASSWORD, benchPasswordHash } from './staff.js';

// argon2 runs on libuv's thread pool (4 threads by default): more connections would only queue.
const CONNECTIONS = 8;
const WARMUP_MS = 500;
const DURATION_MS = 5_000;
const ACCOUNTS = 64;

export const benchmark: Benchmark = {
  name: 'login',
  description:
    'POST /api/v1/auth/login (rate-limit upserts, argon2id verify, token pair issued) vs GET /health/live; ' +
    'argon2 is deliberately slow, so the ratio documents its cost',
  run: async (context) => {
    const accounts = await seedUsers(context.dataSource, {
      count: ACCOUNTS,
      emailPrefix: 'login',
      role: 'viewer',
      passwordHash: await benchPasswordHash(context.api),
    });
    const shape = { baseUrl: context.baseUrl, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS };
    const baseline = await measureLoad({ ...shape, name: HEALTH_LIVE_NAME, request: () => HEALTH_LIVE });
    const subject = await measureLoad({
      ...shape,
      name: 'POST /api/v1/auth/login',
      request: (_connection, seq) => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: { email: accounts.emailAt((seq % ACCOUNTS) + 1), password: BENCH_PASSWORD },
        expectStatus: 200,
      }),
    });
    return {
      unit: 'req/s',
      baseline,
      subject,
      settings: { connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, accounts: ACCOUNTS },
    };
  },
};
