import { runId, workerId, workerRedisPrefix } from './test-run.js';

/** Queue tests run on PostgreSQL always, and on Redis too when TEST_REDIS_URL is set (under this worker's own prefix). */
export const QUEUE_BACKENDS: [name: string, env: Record<string, string | undefined>][] = [
  ['postgres', { REDIS_URL: undefined }],
  ...(process.env.TEST_REDIS_URL
    ? [['redis', { REDIS_URL: process.env.TEST_REDIS_URL, QUEUE_REDIS_PREFIX: workerRedisPrefix(runId(), workerId()) }] as [string, Record<string, string>]]
    : []),
];

export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
