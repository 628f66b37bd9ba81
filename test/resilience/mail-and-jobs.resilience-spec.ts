import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { JOB_SCHEDULES } from '../../src/queue/queue.contract.js';
import { delivery, Load, seconds, until, type LoadResult } from './load.js';
import { knob, Stack, type Backend } from './stack.js';

/**
 * Faults an operator meets, injected into real processes: each scenario commits mail under the fault and
 * then waits (on events, not a clock) until every committed mail has been delivered. Durations are modest
 * by default; RESILIENCE_PG_OUTAGE_S, RESILIENCE_REDIS_OUTAGE_S, RESILIENCE_SMTP_OUTAGE_S make them longer.
 */
interface Row {
  backend: Backend;
  scenario: string;
  committed: number;
  delivered: number;
  duplicates: number;
  failed: number;
  non2xx: number;
  slowestMs: number;
  recoveryS: number | null;
}
const rows: Row[] = [];

const BACKENDS: Backend[] = (process.env.RESILIENCE_BACKENDS ?? 'postgres,redis').split(',') as Backend[];

afterAll(() => {
  const header = '| backend | scenario | committed | delivered | duplicates | failed (5xx) | non-2xx | slowest ms | recovery s |';
  const lines = [header, '|---|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.backend} | ${r.scenario} | ${r.committed} | ${r.delivered} | ${r.duplicates} | ${r.failed} | ${r.non2xx} | ${r.slowestMs} | ${r.recoveryS ?? '–'} |`);
  }
  const table = lines.join('\n');
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync('test-artifacts/resilience.md', `${table}\n`);
  process.stdout.write(`\nResilience (test-artifacts/resilience.md):\n${table}\n\n`);
});

describe.each(BACKENDS)('mail and jobs on the %s queue backend', (backend) => {
  const stack = new Stack(backend);
  let token: string;

  beforeAll(async () => {
    await stack.start();
    token = await stack.adminToken();
  });
  afterAll(() => stack.stop());

  const rowStates = async (ids: string[]): Promise<Record<string, number>> => {
    const states = await stack.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM mail_outbox WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    return Object.fromEntries(states.map((s) => [s.status, s.n]));
  };
  /** Waits until every committed mail arrived; returns seconds since `from`. */
  const allDelivered = async (result: LoadResult, from: number): Promise<number> => {
    await until(() => delivery(stack, result.committed).delivered === result.committed.length);
    return seconds(Date.now() - from);
  };
  const record = (scenario: string, result: LoadResult, recoveryS: number | null, failed = 0): Row => {
    const row = { backend, scenario, committed: result.committed.length, ...delivery(stack, result.committed), failed, non2xx: result.non2xx, slowestMs: result.slowestMs, recoveryS };
    rows.push(row);
    return row;
  };

  it('kill -9 of the worker mid-send: every mail delivered, duplicates only for sends SMTP had taken', async () => {
    stack.smtp.setDelay(1500);
    const result = await new Load(stack, token, { concurrency: 2, total: 12 }).start().done();
    await until(async () => ((await rowStates(result.committed)).sending ?? 0) > 0);
    const inFlight = (await rowStates(result.committed)).sending ?? 0;
    const [victim] = stack.alive();
    victim.child.kill('SIGKILL');
    await victim.exit;
    const killedAt = Date.now();
    stack.smtp.setDelay(0);
    await stack.startWorker();
    const row = record('kill -9 worker mid-send', result, await allDelivered(result, killedAt));
    expect(row.delivered).toBe(row.committed);
    // A send the dead worker had started may have reached SMTP: that mail goes again, with its Message-ID.
    expect(row.duplicates).toBeLessThanOrEqual(inFlight);
  });

  it('SIGTERM while SMTP hangs: the worker exits 0 in time and the mail is sent by the next one', async () => {
    stack.smtp.setHanging(true);
    const result = await new Load(stack, token, { concurrency: 2, total: 8 }).start().done();
    await until(async () => ((await rowStates(result.committed)).sending ?? 0) > 0);
    const [worker] = stack.alive();
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    const stoppedAt = Date.now();
    expect((await rowStates(result.committed)).sending ?? 0).toBe(0);
    stack.smtp.setHanging(false);
    await stack.startWorker();
    const row = record('SIGTERM, SMTP hanging', result, await allDelivered(result, stoppedAt));
    expect(row).toMatchObject({ delivered: row.committed, duplicates: 0, non2xx: 0 });
  });

  if (backend === 'redis') {
    it('Redis kill -9 and restart empty: requests keep answering, schedulers come back, mail catches up', async () => {
      const load = new Load(stack, token, { concurrency: 2, pauseMs: 50 }).start();
      await until(() => load.result.committed.length >= 10);
      await stack.redis?.kill();
      await new Promise((resolve) => setTimeout(resolve, knob('REDIS_OUTAGE_S', 10) * 1000));
      await stack.redis?.start();
      const restartedAt = Date.now();
      const committedBefore = load.result.committed.length;
      await until(() => load.result.committed.length >= committedBefore + 10);
      const result = await load.stop();
      const recovery = await allDelivered(result, restartedAt);
      const row = record('Redis kill -9, restart empty', result, recovery);
      expect(row).toMatchObject({ delivered: row.committed, duplicates: 0, non2xx: 0 });
      // Within the check interval (or at the reconnect), each worker restored every scheduler.
      expect(stack.alive().length).toBeGreaterThan(0);
      expect(stack.alive().some((w) => w.output.join('').includes('job schedulers restored'))).toBe(true);
      expect(JOB_SCHEDULES.length).toBeGreaterThan(0);
    });
  }

  it('PostgreSQL stopped under load: every committed mail is delivered once it is back', async () => {
    const load = new Load(stack, token, { concurrency: 2, pauseMs: 50 }).start();
    await until(() => load.result.committed.length >= 10);
    await stack.stopPostgres();
    await new Promise((resolve) => setTimeout(resolve, knob('PG_OUTAGE_S', 20) * 1000));
    await stack.startPostgres();
    const restartedAt = Date.now();
    const committedBefore = load.result.committed.length;
    await until(() => load.result.committed.length >= committedBefore + 10);
    const result = await load.stop();
    const row = record(`PostgreSQL stopped ${knob('PG_OUTAGE_S', 20)} s`, result, await allDelivered(result, restartedAt));
    expect(row.delivered).toBe(row.committed);
    expect(row.duplicates).toBeLessThanOrEqual(2 * Number(stack.env.WORKER_CONCURRENCY));
    expect(stack.alive().length).toBeGreaterThan(0);
  });

  it('SMTP answering 421/451 for a while, then 250: nothing lost, nothing twice', async () => {
    stack.smtp.failNext(Number.POSITIVE_INFINITY, 421, 'try again later');
    const result = await new Load(stack, token, { concurrency: 2, total: 10 }).start().done();
    await new Promise((resolve) => setTimeout(resolve, knob('SMTP_OUTAGE_S', 15) * 1000));
    expect(delivery(stack, result.committed).delivered).toBe(0);
    stack.smtp.failNext(0, 250);
    const healedAt = Date.now();
    const row = record(`SMTP 421 for ${knob('SMTP_OUTAGE_S', 15)} s, then 250`, result, await allDelivered(result, healedAt));
    expect(row).toMatchObject({ delivered: row.committed, duplicates: 0, non2xx: 0 });
  });

  it('SMTP 550: the refused mails are failed after one attempt, the others delivered', async () => {
    stack.smtp.failNext(4, 550, 'no such mailbox');
    const result = await new Load(stack, token, { concurrency: 1, total: 10 }).start().done();
    const startedAt = Date.now();
    await until(async () => {
      const states = await rowStates(result.committed);
      return (states.sent ?? 0) + (states.failed ?? 0) === result.committed.length;
    });
    const states = await rowStates(result.committed);
    const row = record('SMTP 550 for 4 mails', result, seconds(Date.now() - startedAt), states.failed ?? 0);
    expect(row).toMatchObject({ failed: 4, delivered: row.committed - 4, duplicates: 0 });
    const attempts = await stack.query<{ attempts: number }>(`SELECT attempts FROM mail_outbox WHERE id = ANY($1::uuid[]) AND status = 'failed'`, [result.committed]);
    expect(attempts.every((a) => a.attempts === 1)).toBe(true);
  });
});
