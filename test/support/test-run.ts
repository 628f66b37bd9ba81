/**
 * Names shared by global setup, each Jest worker and global teardown. Jest runs test files in parallel
 * worker processes; each worker has a database of its own, cloned from the run's migrated template
 * database, and a Redis queue prefix of its own, so files in different workers never see each
 * other's rows or jobs while files within a worker run one after another as they always did.
 */

/** The run's id (the Jest parent's pid, set by global setup), shared by every worker of the run. */
export function runId(): string {
  const id = process.env.CRM_TEST_RUN_ID;
  if (!id) throw new Error('CRM_TEST_RUN_ID is not set: run the tests through jest (global setup sets it)');
  return id;
}

/** This process's Jest worker: "1" in band, 1..maxWorkers in parallel runs. */
export function workerId(): string {
  return process.env.JEST_WORKER_ID ?? '1';
}

/** The migrated database every worker's database is cloned from. */
export const templateDatabaseName = (run: string): string => `crm_test_${run}`;

export const workerDatabaseName = (run: string, worker: string): string => `crm_test_${run}_w${worker}`;

/** What LIKE matches every worker database of a run (underscores escaped). */
export const workerDatabasePattern = (run: string): string => `crm\\_test\\_${run}\\_w%`;

/** The worker a database of `workerDatabaseName` belongs to. */
export const workerOfDatabase = (name: string): string => name.slice(name.lastIndexOf('_w') + 2);

export const workerRedisPrefix = (run: string, worker: string): string => `crm-test-${run}-w${worker}`;

