import type { Benchmark, BenchmarkContext } from './benchmark.js';
import { HEALTH_LIVE, HEALTH_LIVE_NAME } from './baselines.js';
import { measureLoad, type LoadRequest } from './load.js';
import { seedUsers } from './seed.js';
import { benchPasswordHash, signIn } from './staff.js';

const CONNECTIONS = 16;
const WARMUP_MS = 1_000;
const DURATION_MS = 5_000;
const SEEDED_STAFF = 10_000;
const SIGNED_IN_STAFF = 8;

export const benchmark: Benchmark = {
  name: 'staff-read',
  description: 'Authenticated GET /api/v1/auth/me (JWT verify + user lookup by primary key + response) vs GET /health/live',
  run: async (context) => {
    const tokens = await signInSeededStaff(context);
    const me = (connection: number): LoadRequest => ({
      method: 'GET',
      path: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${tokens[connection % tokens.length]}` },
      expectStatus: 200,
    });
    const shape = { baseUrl: context.baseUrl, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS };
    const baseline = await measureLoad({ ...shape, name: HEALTH_LIVE_NAME, request: () => HEALTH_LIVE });
    const subject = await measureLoad({ ...shape, name: 'GET /api/v1/auth/me', request: me });
    return {
      unit: 'req/s',
      baseline,
      subject,
      settings: { connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, usersInTable: SEEDED_STAFF, distinctTokens: SIGNED_IN_STAFF },
    };
  },
};

/** A users table of realistic size, and a few of its staff signed in (one token per connection group). */
async function signInSeededStaff(context: BenchmarkContext): Promise<string[]> {
  const staff = await seedUsers(context.dataSource, {
    count: SEEDED_STAFF,
    emailPrefix: 'staff-read',
    role: 'officer',
    passwordHash: await benchPasswordHash(context.api),
  });
  return Promise.all(Array.from({ length: SIGNED_IN_STAFF }, (_, i) => signIn(context.baseUrl, staff.emailAt(i + 1))));
}
