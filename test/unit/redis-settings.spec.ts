import { describe, expect, it } from '@jest/globals';
import { redisSettingProblems } from '../../src/queue/redis-settings.js';

describe('Redis settings for the queues', () => {
  const info = (policy: string, aof: 0 | 1): string => `# Memory\r\nmaxmemory_policy:${policy}\r\n# Persistence\r\naof_enabled:${aof}\r\n`;

  it('are fine with noeviction and AOF or RDB snapshots', () => {
    expect(redisSettingProblems(info('noeviction', 1), '')).toEqual([]);
    expect(redisSettingProblems(info('noeviction', 0), '3600 1 300 100')).toEqual([]);
    // CONFIG refused (a managed Redis): persistence cannot be told, so nothing is claimed about it.
    expect(redisSettingProblems(info('noeviction', 0), null)).toEqual([]);
  });

  it('name an evicting policy and a Redis that keeps nothing across a restart', () => {
    const problems = redisSettingProblems(info('allkeys-lru', 0), '');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('maxmemory-policy is allkeys-lru');
    expect(problems[1]).toContain('a restart loses every queued job');
  });
});
