import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { AppConfig } from '../../src/config/app-config.js';
import { APP_CONFIG } from '../../src/config/config.module.js';
import { PublishHandler } from '../../src/publishing/publish.handler.js';
import type { JobContext } from '../../src/queue/job-handler.decorator.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import type { AppQueue } from '../../src/queue/queue-backend.js';
import { JOB_QUEUE, JOB_SCHEDULES, QUEUE_NAMES, type JobSchedule } from '../../src/queue/queue.contract.js';
import { repeatOptions } from '../../src/queue/worker-host.service.js';
import { ReminderPlanHandler } from '../../src/reminders/reminder-jobs.handlers.js';
import { startProcess, logged, type Started } from '../support/child-process.js';
import { partnerBody } from '../support/factories.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WORKERS = 3;
const TICK_MS = 1000;
const TICKS = 3;

const scheduleOf = (id: string): JobSchedule => {
  const schedule = JOB_SCHEDULES.find((s) => s.id === id);
  if (!schedule) throw new Error(`no schedule ${id}`);
  return schedule;
};

/** Calls of one handler method across every worker, each with the job id it ran. */
function recordRuns(workers: INestApplicationContext[], handler: typeof PublishHandler | typeof ReminderPlanHandler): string[] {
  const runs: string[] = [];
  for (const worker of workers) {
    const instance = worker.get<{ handle: (payload: never, context: JobContext) => Promise<void> }>(handler);
    const original = instance.handle.bind(instance);
    jest.spyOn(instance, 'handle').mockImplementation(async (payload, context) => {
      runs.push(context.jobId);
      await original(payload, context);
    });
  }
  return runs;
}

describe.each(QUEUE_BACKENDS.map(([name, env], index) => [name, env, index] as const))('three workers on the %s queue backend', (backend, env, index) => {
  let app: TestApp;
  let config: AppConfig;
  let workers: INestApplicationContext[];
  const queue = (name: (typeof QUEUE_NAMES)[number]): Promise<AppQueue> => app.api.get(JobProducer).queue(name);

  /** Runs the schedule every second for a while (as if the hour struck), then puts it back as the contract says. */
  const speedUp = async (id: string, data: Record<string, string>, during: () => Promise<void>): Promise<void> => {
    const schedule = scheduleOf(id);
    const q = await queue(JOB_QUEUE[schedule.job]);
    await q.upsertJobScheduler(id, { every: TICK_MS }, { name: schedule.job, data });
    try {
      await during();
    } finally {
      await q.upsertJobScheduler(id, repeatOptions(schedule, config), { name: schedule.job, data: {} });
    }
  };
  /** Scheduled runs of `id` that finished after `since`, by job id. */
  const finishedRuns = async (id: string, since: number): Promise<string[]> => {
    const q = await queue(JOB_QUEUE[scheduleOf(id).job]);
    const jobs = await q.getJobs(['completed', 'failed'], 0, -1);
    return jobs.filter((j) => j.repeatJobKey === id && (j.finishedOn ?? 0) > since).map((j) => String(j.id));
  };

  beforeAll(async () => {
    app = await startTestApp({ env });
    config = app.api.get<AppConfig>(APP_CONFIG);
    // Started together, so their scheduler upserts race as they would when a deployment starts three replicas.
    workers = await Promise.all(Array.from({ length: WORKERS }, () => app.startWorker()));
  });
  afterAll(() => app.close());

  it('each recurring job has exactly one scheduler and one pending next run', async () => {
    for (const name of QUEUE_NAMES) {
      const q = await queue(name);
      const ids = (await q.getJobSchedulers()).map((s) => s.key).sort();
      expect(ids).toEqual(JOB_SCHEDULES.filter((s) => JOB_QUEUE[s.job] === name).map((s) => s.id).sort());
      // A run that happens to fire meanwhile is followed by its successor: wait for the one pending.
      const pending = async () => {
        const delayed = await q.getDelayed();
        return Object.fromEntries(ids.map((id) => [id, delayed.filter((j) => j.repeatJobKey === id).map((j) => String(j.id))]));
      };
      const onePending = (p: Record<string, string[]>) => Object.values(p).every((jobs) => jobs.length === 1);
      await eventually(async () => (onePending(await pending()) ? true : undefined));
      const final = await pending();
      expect({ name, pending: Object.fromEntries(Object.entries(final).map(([id, jobs]) => [id, jobs.length])) }).toEqual({
        name,
        pending: Object.fromEntries(ids.map((id) => [id, 1])),
      });
    }
  });

  it('each scheduled publish runs on exactly one worker, and a change is published once', async () => {
    const admin = await app.tokenFor('admin');
    const [{ max: before }] = await app.dataSource.query('SELECT coalesce(max(version), 0)::int AS max FROM publications');
    await app
      .http()
      .post('/api/v1/partners')
      .set('authorization', `Bearer ${admin}`)
      .send(partnerBody({ status: 'active', publicListing: { consent: true, fields: ['name'] } }))
      .expect(201);
    const runs = recordRuns(workers, PublishHandler);
    const since = Date.now();
    await speedUp('publishing-publish-hourly', {}, async () => {
      await eventually(async () => ((await finishedRuns('publishing-publish-hourly', since)).length >= TICKS ? true : undefined));
    });
    await eventually(async () => (runs.length === (await finishedRuns('publishing-publish-hourly', since)).length ? true : undefined));
    const finished = await finishedRuns('publishing-publish-hourly', since);
    expect(new Set(runs).size).toBe(runs.length);
    expect([...runs].sort()).toEqual([...finished].sort());
    const [{ max: after }] = await app.dataSource.query('SELECT coalesce(max(version), 0)::int AS max FROM publications');
    expect(after).toBe(before + 1);
  });

  it('a scheduled reminder run plans once: one run, one digest, one mail, however many ticks', async () => {
    // A date far in the past, earlier for each later backend, so only this owner's partner is due on it.
    const runDate = `2001-0${9 - index}-15`;
    const ownerId = randomUUID();
    const email = `fleet-${backend}-${ownerId.slice(0, 8)}@staff.test`;
    await app.dataSource.query(`INSERT INTO users (id, email, display_name, password_hash, role) VALUES ($1, $2, 'Fleet Owner', 'x', 'officer')`, [
      ownerId,
      email,
    ]);
    const officer = await app.tokenFor('officer');
    const partner = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer}`).send(partnerBody({ ownerId })).expect(201);
    await app.dataSource.query(`UPDATE partners SET dialogue_due_at = ($2::date - 5)::timestamptz WHERE id = $1`, [partner.body.id, runDate]);
    const runs = recordRuns(workers, ReminderPlanHandler);
    const since = Date.now();
    await speedUp('reminders-plan-run', { runDate }, async () => {
      await eventually(async () => ((await finishedRuns('reminders-plan-run', since)).length >= TICKS ? true : undefined));
    });
    await eventually(async () => (runs.length === (await finishedRuns('reminders-plan-run', since)).length ? true : undefined));
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.length).toBeGreaterThanOrEqual(TICKS);
    expect(await app.dataSource.query('SELECT recipients FROM reminder_runs WHERE run_date = $1', [runDate])).toEqual([{ recipients: 1 }]);
    await app.mail.waitFor((m) => m.to.includes(email));
    const digests = await app.dataSource.query('SELECT user_id FROM reminder_digests WHERE run_date = $1', [runDate]);
    expect(digests).toEqual([{ user_id: ownerId }]);
    // Every run has finished, and a run's mail is in the outbox when it commits: one row, so one mail.
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1', [email])).toEqual([{ n: 1 }]);
    expect(app.mail.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});

/** Short locks, so a dead worker's job is noticed in about two seconds rather than thirty. */
const FAST_STALL = { QUEUE_LOCK_DURATION_MS: '2000', QUEUE_STALLED_INTERVAL_MS: '1000' };

describe.each(QUEUE_BACKENDS)('worker processes on the %s queue backend', (backend, env) => {
  let app: TestApp;
  let admin: string;
  let workers: Started[];
  const alive = (): Started[] => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  const job = async (queueName: 'maintenance', id: string) => (await app.api.get(JobProducer).queue(queueName)).getJob(id);
  const latestVersion = async (): Promise<number> =>
    (await app.dataSource.query('SELECT coalesce(max(version), 0)::int AS max FROM publications'))[0].max;

  beforeAll(async () => {
    app = await startTestApp({ env });
    admin = await app.tokenFor('admin');
    workers = Array.from({ length: WORKERS }, () => startProcess('dist/src/worker.js', { ...env, ...FAST_STALL, SMTP_URL: process.env.SMTP_URL }));
    await Promise.all(workers.map((w) => logged(w, 'worker started')));
  });
  afterAll(async () => {
    for (const w of alive()) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exit));
    await app.close();
  });

  it('a publish cut short by its worker dying is finished by another worker, and publishes once', async () => {
    await app
      .http()
      .post('/api/v1/partners')
      .set('authorization', `Bearer ${admin}`)
      .send(partnerBody({ status: 'active', publicListing: { consent: true, fields: ['name'] } }))
      .expect(201);
    const before = await latestVersion();
    // Holding the publisher's lock keeps the job mid-way (inside its transaction) for as long as the test needs.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('publishing.publish'))`);
    const jobId = `publishing.publish-kill-${backend}-${randomUUID().slice(0, 8)}`;
    try {
      await app.api.get(JobProducer).enqueue('publishing.publish', {}, jobId);
      const firstTaker = await eventually(async () => (await job('maintenance', jobId))?.processedBy ?? undefined);
      const victim = workers.find((w) => firstTaker.endsWith(`-${w.child.pid}`));
      if (!victim) throw new Error(`no worker process named ${firstTaker}`);
      victim.child.kill('SIGKILL');
      await victim.exit;
      // Its lock lapses, a survivor's stalled-job check hands the job back, and a survivor takes it.
      const secondTaker = await eventually(async () => {
        const taker = (await job('maintenance', jobId))?.processedBy;
        return taker && taker !== firstTaker ? taker : undefined;
      });
      expect(alive().some((w) => secondTaker.endsWith(`-${w.child.pid}`))).toBe(true);
      expect(await latestVersion()).toBe(before);
    } finally {
      await holder.query('COMMIT');
      await holder.end();
    }
    await eventually(async () => ((await job('maintenance', jobId))?.finishedOn ? true : undefined));
    expect(await (await job('maintenance', jobId))?.getState()).toBe('completed');
    expect(await latestVersion()).toBe(before + 1);
  });

  if (backend === 'postgres') {
    it('workers outlive their queue connections being cut, and finish the jobs that were pending', async () => {
      const producer = app.api.get(JobProducer);
      const ids = Array.from({ length: 3 }, (_, n) => `maintenance.purge-cut-${n}-${randomUUID().slice(0, 8)}`);
      for (const id of ids) await producer.enqueue('maintenance.purge-expired', {}, id, { delay: 1500 });
      const cut = await app.dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'partnership-crm-queue' AND datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(cut.length).toBeGreaterThan(0);
      // Enqueueing works again once the producer's pool has replaced its connections.
      const after = `maintenance.purge-cut-after-${randomUUID().slice(0, 8)}`;
      await eventually(() => producer.enqueue('maintenance.purge-expired', {}, after).then(() => true, () => undefined));
      await eventually(async () => {
        const states = await Promise.all([...ids, after].map(async (id) => (await job('maintenance', id))?.getState()));
        return states.every((state) => state === 'completed') ? true : undefined;
      });
      expect(alive()).toHaveLength(WORKERS - 1);
    });
  }
});
