import { runId, workerId, workerRedisPrefix } from './test-run.js';

/** Queue tests run on PostgreSQL always, and on Redis too when TEST_REDIS_URL is set (under this worker's own prefix). */
export const QUEUE_BACKENDS: [name: string, env: Record<string, string | undefined>][] = [
  ['postgres', { REDIS_URL: undefined }],
  ...(process.env.TEST_REDIS_URL
    ? [['redis', { REDIS_URL: process.env.TEST_REDIS_URL, QUEUE_REDIS_PREFIX: workerRedisPrefix(runId(), workerId()) }] as [string, Record<string, string>]]
    : []),
];

/**
 * Resolves with the probe's first defined value, polling until there is one. No deadline of its own: on a
 * loaded machine an event takes as long as it takes, and a wait that never ends is failed by Jest's
 * testTimeout, the suite's one hang guard (jest.config.js).
 */
export async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, pause));
  }
}
