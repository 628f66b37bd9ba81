import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { JOB_SCHEDULES, QUEUE_NAMES, type JobName, type JobPayloads, type QueueName } from '../../src/queue/queue.contract.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Retention left at its defaults (a describe before may have tightened it in this process). */
const DEFAULT_RETENTION = {
  QUEUE_KEEP_COMPLETED_SECONDS: undefined,
  QUEUE_KEEP_COMPLETED_COUNT: undefined,
  QUEUE_KEEP_FAILED_SECONDS: undefined,
  QUEUE_KEEP_FAILED_COUNT: undefined,
};

interface ListedJob {
  id: string;
  name: string;
  state: string;
  attemptsMade: number;
  failedReason: string | null;
  stacktraceHead: string | null;
}

describe.each(QUEUE_BACKENDS.map(([name, env], index) => [name, env, index] as const))('queue operations (%s queue backend)', (backend, backendEnv, index) => {
  /** Run dates no other test uses, far in the past so no partner of any test is due on them. */
  const runDate = (n: number): string => `2001-0${index + 1}-${String(10 + n).padStart(2, '0')}`;

  const enqueue = async <N extends JobName>(app: TestApp, name: N, payload: JobPayloads[N], jobId: string, opts = {}): Promise<void> =>
    app.api.get(JobProducer).enqueue(name, payload, jobId, opts);
  const stateOf = async (app: TestApp, queue: QueueName, jobId: string): Promise<string> =>
    (await app.api.get(JobProducer).queue(queue)).getJobState(jobId);
  const reaches = (app: TestApp, queue: QueueName, jobId: string, state: string): Promise<true> =>
    eventually(async () => ((await stateOf(app, queue, jobId)) === state ? true : undefined));

  describe('the admin API', () => {
    let app: TestApp;
    let admin: string;
    const auth = () => ({ authorization: `Bearer ${admin}` });
    const failingId = `ops-failing-${backend}-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      app = await startTestApp({ worker: true, env: { ...backendEnv, ...DEFAULT_RETENTION } });
      admin = await app.tokenFor('admin');
      // A bad run date is refused as unrecoverable: failed at once, no retries. It quotes its input, here an address.
      await enqueue(app, 'reminders.plan-run', { runDate: 'ops-person@example.org' }, failingId);
      await reaches(app, 'reminders', failingId, 'failed');
    });
    afterAll(() => app.close());

    it('lists every queue with its job counts and each recurring job with its next run', async () => {
      const res = await app.http().get('/api/v1/admin/queues').set(auth()).expect(200);
      expect(res.body.map((q: { name: string }) => q.name)).toEqual([...QUEUE_NAMES]);
      const reminders = res.body.find((q: { name: string }) => q.name === 'reminders');
      expect(reminders).toMatchObject({ paused: false, counts: { waiting: expect.any(Number), active: expect.any(Number), delayed: expect.any(Number) } });
      expect(reminders.counts.failed).toBeGreaterThanOrEqual(1);
      const schedulers = res.body.flatMap((q: { schedulers: { id: string }[] }) => q.schedulers);
      expect(schedulers.map((s: { id: string }) => s.id).sort()).toEqual(JOB_SCHEDULES.map((s) => s.id).sort());
      const publish = schedulers.find((s: { id: string }) => s.id === 'publishing-publish-hourly');
      expect(publish).toMatchObject({ job: 'publishing.publish', cron: '0 * * * *', tz: 'Europe/London' });
      expect(Date.parse(publish.nextRunAt)).toBeGreaterThan(Date.now());
      expect(Date.parse(publish.nextRunAt)).toBeLessThanOrEqual(Date.now() + 3_600_000);
      expect(schedulers.find((s: { id: string }) => s.id === 'mail-relay-pending')).toMatchObject({ everyMs: 60_000 });
    });

    it('shows a failed job with its error and stack head, addresses masked, never its payload', async () => {
      const res = await app.http().get('/api/v1/admin/queues/reminders/jobs?state=failed&limit=100').set(auth()).expect(200);
      const job = (res.body.items as ListedJob[]).find((j) => j.id === failingId);
      expect(job).toMatchObject({ name: 'reminders.plan-run', state: 'failed', attemptsMade: 1, maxAttempts: 5, createdAt: expect.any(String) });
      expect(job?.failedReason).toBe('runDate must be YYYY-MM-DD: [email]');
      expect(job?.stacktraceHead).toMatch(/^UnrecoverableError: runDate must be YYYY-MM-DD: \[email\]\n\s+at /);
      expect(job).not.toHaveProperty('data');
      expect(JSON.stringify(res.body)).not.toContain('ops-person');
      expect(res.body.total).toBeGreaterThanOrEqual(1);
    });

    it('pages through jobs with a cursor', async () => {
      const ids = Array.from({ length: 3 }, (_, n) => `ops-page-${backend}-${n}-${randomUUID().slice(0, 8)}`);
      for (const id of ids) await enqueue(app, 'maintenance.purge-expired', {}, id);
      // All finished before paging: a job finishing in between would shift the newest-first list.
      for (const id of ids) await reaches(app, 'maintenance', id, 'completed');
      const first = await app.http().get('/api/v1/admin/queues/maintenance/jobs?state=completed&limit=2').set(auth()).expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await app.http().get(`/api/v1/admin/queues/maintenance/jobs?state=completed&limit=2&cursor=${first.body.nextCursor}`).set(auth()).expect(200);
      expect(second.body.items.length).toBeGreaterThanOrEqual(1);
      const listed = [...first.body.items, ...second.body.items].map((j: ListedJob) => j.id);
      expect(new Set(listed).size).toBe(listed.length);
      const other = await app.http().get(`/api/v1/admin/queues/maintenance/jobs?state=failed&cursor=${first.body.nextCursor}`).set(auth()).expect(400);
      expect(other.body.code).toBe('REQUEST.INVALID_CURSOR');
    });

    it('a job that failed on a fault since fixed succeeds when an admin retries it', async () => {
      const date = runDate(1);
      const fn = `test_refuse_run_${backend}`;
      await app.dataSource.query(
        `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF NEW.run_date = DATE '${date}' THEN RAISE EXCEPTION 'simulated outage'; END IF; RETURN NEW; END $$`,
      );
      await app.dataSource.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON reminder_runs FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
      const jobId = `ops-retry-${backend}-${randomUUID().slice(0, 8)}`;
      try {
        await enqueue(app, 'reminders.plan-run', { runDate: date }, jobId, { attempts: 1 });
        await reaches(app, 'reminders', jobId, 'failed');
      } finally {
        await app.dataSource.query(`DROP TRIGGER ${fn} ON reminder_runs`);
        await app.dataSource.query(`DROP FUNCTION ${fn}()`);
      }
      const failed = await app.http().get('/api/v1/admin/queues/reminders/jobs?state=failed&limit=100').set(auth()).expect(200);
      expect((failed.body.items as ListedJob[]).find((j) => j.id === jobId)?.failedReason).toBe('simulated outage');

      const retried = await app.http().post(`/api/v1/admin/queues/reminders/jobs/${jobId}/retry`).set(auth()).expect(200);
      expect(retried.body).toMatchObject({ id: jobId, attemptsMade: 0 });
      expect(['waiting', 'active', 'completed']).toContain(retried.body.state);
      await reaches(app, 'reminders', jobId, 'completed');
      expect(await app.dataSource.query(`SELECT 1 FROM reminder_runs WHERE run_date = $1`, [date])).toHaveLength(1);

      const again = await app.http().post(`/api/v1/admin/queues/reminders/jobs/${jobId}/retry`).set(auth()).expect(409);
      expect(again.body).toMatchObject({ code: 'QUEUE.JOB_NOT_FAILED', state: 'completed' });
    });

    it('an admin discards a failed job; unknown queues and jobs are 404', async () => {
      await app.http().delete(`/api/v1/admin/queues/reminders/jobs/${failingId}`).set(auth()).expect(204);
      expect(await stateOf(app, 'reminders', failingId)).toBe('unknown');
      const gone = await app.http().delete(`/api/v1/admin/queues/reminders/jobs/${failingId}`).set(auth()).expect(404);
      expect(gone.body.code).toBe('QUEUE.JOB_NOT_FOUND');
      const queue = await app.http().get('/api/v1/admin/queues/no-such-queue/jobs').set(auth()).expect(404);
      expect(queue.body.code).toBe('QUEUE.NOT_FOUND');
      await app.http().post('/api/v1/admin/queues/mail/jobs/no-such-job/retry').set(auth()).expect(404);
      const state = await app.http().get('/api/v1/admin/queues/mail/jobs?state=stuck').set(auth()).expect(400);
      expect(state.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });

    it('is for admins only', async () => {
      const officer = await app.tokenFor('officer');
      await app.http().get('/api/v1/admin/queues').set('authorization', `Bearer ${officer}`).expect(403);
    });
  });

  describe('job retention', () => {
    let app: TestApp;
    const retention = { QUEUE_KEEP_COMPLETED_COUNT: '3', QUEUE_KEEP_COMPLETED_SECONDS: '2', QUEUE_KEEP_FAILED_COUNT: '2', QUEUE_KEEP_FAILED_SECONDS: '3600' };

    beforeAll(async () => {
      app = await startTestApp({ worker: true, env: { ...backendEnv, ...retention } });
    });
    afterAll(async () => {
      await app.close();
      for (const key of Object.keys(retention)) delete process.env[key];
    });

    const counts = async (queue: QueueName): Promise<{ completed: number; failed: number }> => {
      const c = await (await app.api.get(JobProducer).queue(queue)).getJobCounts('completed', 'failed');
      return { completed: Number(c.completed), failed: Number(c.failed) };
    };
    const finished = async (queue: QueueName, ids: string[]): Promise<void> => {
      await eventually(async () => {
        const states = await Promise.all(ids.map((id) => stateOf(app, queue, id)));
        return states.every((s) => ['completed', 'failed', 'unknown'].includes(s)) ? true : undefined;
      });
    };

    it('keeps at most the configured number of completed jobs, and none older than the configured age', async () => {
      const batch = Array.from({ length: 6 }, (_, n) => `ops-keep-${backend}-${n}-${randomUUID().slice(0, 8)}`);
      for (const id of batch) await enqueue(app, 'maintenance.purge-expired', {}, id);
      await finished('maintenance', batch);
      // Each completion trims; two finishing at the same moment may each miss the other, so the count
      // is exact once a job finishes alone.
      const alone = `ops-keep-${backend}-alone-${randomUUID().slice(0, 8)}`;
      await enqueue(app, 'maintenance.purge-expired', {}, alone);
      await finished('maintenance', [alone]);
      expect((await counts('maintenance')).completed).toBe(3);
      // Trimming happens as later jobs finish: one job after the age has passed leaves only itself. The time to
      // wait comes from the kept jobs' own finishing times (age 2 s), not from a guess.
      const kept = await (await app.api.get(JobProducer).queue('maintenance')).getJobs(['completed'], 0, -1);
      const agedAt = Math.max(...kept.map((j) => j.finishedOn ?? 0)) + 2_000 + 50;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, agedAt - Date.now())));
      const late = `ops-keep-${backend}-late-${randomUUID().slice(0, 8)}`;
      await enqueue(app, 'maintenance.purge-expired', {}, late);
      await finished('maintenance', [late]);
      expect((await counts('maintenance')).completed).toBe(1);
      expect(await stateOf(app, 'maintenance', late)).toBe('completed');
    });

    it('gives scheduled jobs the same retention', async () => {
      const scheduler = await (await app.api.get(JobProducer).queue('maintenance')).getJobScheduler('publishing-publish-hourly');
      expect(scheduler?.template?.opts).toMatchObject({ removeOnComplete: { age: 2, count: 3 }, removeOnFail: { age: 3600, count: 2 } });
    });

    it('keeps at most the configured number of failed jobs, each with its error', async () => {
      const batch = Array.from({ length: 4 }, (_, n) => `ops-fail-${backend}-${n}-${randomUUID().slice(0, 8)}`);
      for (const id of batch) await enqueue(app, 'reminders.plan-run', { runDate: `bad-${id}` }, id);
      await finished('reminders', batch);
      const alone = `ops-fail-${backend}-alone-${randomUUID().slice(0, 8)}`;
      await enqueue(app, 'reminders.plan-run', { runDate: `bad-${alone}` }, alone);
      await finished('reminders', [alone]);
      expect((await counts('reminders')).failed).toBe(2);
      const kept = await (await app.api.get(JobProducer).queue('reminders')).getFailed(0, -1);
      expect(kept.map((j) => j.failedReason)).toEqual(kept.map((j) => `runDate must be YYYY-MM-DD: bad-${j.id}`));
    });
  });
});
