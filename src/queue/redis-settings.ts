/**
 * What a Redis serving the queues must be configured with: `maxmemory-policy noeviction` (an evicted key is a
 * lost job) and persistence (AOF, or RDB snapshots), so a restart does not come back empty. Returns a sentence
 * per problem, from the `INFO memory`/`INFO persistence` replies and `CONFIG GET save` (null: not allowed).
 */
export function redisSettingProblems(info: string, save: string | null): string[] {
  const field = (name: string): string | undefined => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const problems: string[] = [];
  const policy = field('maxmemory_policy');
  if (policy !== undefined && policy !== 'noeviction') {
    problems.push(`maxmemory-policy is ${policy}: Redis may evict queued jobs under memory pressure; set it to noeviction`);
  }
  const aof = field('aof_enabled') === '1';
  if (!aof && save !== null && save.trim() === '') {
    problems.push('neither AOF (appendonly) nor RDB snapshots (save) are on: a restart loses every queued job; enable appendonly');
  }
  return problems;
}
