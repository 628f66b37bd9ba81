import { performance } from 'node:perf_hooks';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { jobIds } from '../../src/queue/queue.contract.js';
import type { Benchmark, BenchmarkContext, Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { ensurePartners, NO_LOGIN, seedUsers } from './seed.js';

const PARTNERS = 100_000;
const OWNERS = 50;
/** Runs measured, each on a clean slate (no reminder history), each on its own run date, after one not measured. */
const WARMUP_RUNS = 1;
const RUNS = 3;
const BASELINE_SAMPLES = 20;
/** From the issue: the planner and every digest job it fans out are done within 2 s. */
const TARGET_MS = 2_000;
/** Run dates far from the seeded data's real dates, one day apart. */
const FIRST_RUN_DATE = '2030-01-07';
const TIME_ZONE = 'Europe/London';
const RUN_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 120_000;

/** Live partners whose dialogue falls due by the end of the due-soon window: what a run reads, counted once. */
const COUNT_DUE = `
  SELECT count(*)::int AS due FROM partners
   WHERE archived_at IS NULL AND status IN ('prospect', 'active')
     AND dialogue_due_at < (($1::date + 15)::timestamp AT TIME ZONE '${TIME_ZONE}')`;

export const benchmark: Benchmark = {
  name: 'reminder-run',
  description:
    `The daily reminder run over ${PARTNERS.toLocaleString('en-GB')} partners, ${OWNERS} owners and a team lead: from enqueueing ` +
    'reminders.plan-run until every digest it fanned out has committed (claims written, one outbox mail each; the mails ' +
    `are sent meanwhile by the same worker), ${RUNS} runs after a warm-up, each from an empty history, vs one SELECT count(*) of the due ` +
    `partners; target ≤ ${TARGET_MS / 1000} s per run`,
  run: async (context) => {
    const seedSeconds = await ensurePartners(context.dataSource, PARTNERS, 'reminder-run');
    const scenario = await prepareScenario(context);
    const baseline = await measureCount(context);
    const runs: number[] = [];
    const claimed: number[] = [];
    let recipients = 0;
    for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
      const runDate = addDays(FIRST_RUN_DATE, i);
      await clearReminderState(context);
      const outcome = await timeRun(context, runDate);
      const warmUp = i < WARMUP_RUNS;
      console.log(`[bench] reminder-run ${runDate}${warmUp ? ' (warm-up)' : ''}: ${(outcome.ms / 1000).toFixed(2)} s, ${outcome.recipients} digests, ${outcome.claimed} items claimed`);
      if (warmUp) continue;
      runs.push(outcome.ms);
      claimed.push(outcome.claimed);
      recipients = outcome.recipients;
    }
    const subject = summarise(`reminders.plan-run + ${recipients} digests`, runs, runs.reduce((a, b) => a + b, 0));
    return {
      unit: 'runs/s',
      baseline,
      subject,
      settings: {
        partners: PARTNERS, owners: OWNERS, leads: scenario.leads, duePartners: scenario.due, recipients,
        itemsClaimedPerRun: Math.round(claimed.reduce((a, b) => a + b, 0) / claimed.length),
        workerConcurrency: context.config.queue.concurrency, runs: RUNS, warmUpRuns: WARMUP_RUNS, seedSeconds,
      },
      checks: { sequential: subject, p95TargetMs: TARGET_MS },
    };
  },
};

/**
 * 50 officers own 85 % of the partners (the rest have none); dialogue due dates are spread over 600 days from
 * 120 days before the first run date, so about a fifth are overdue (most of those by more than 30 days, which
 * escalates them to the lead) and a few are due soon.
 */
async function prepareScenario(context: BenchmarkContext): Promise<{ due: number; leads: number }> {
  const owners = await seedUsers(context.dataSource, { count: OWNERS, emailPrefix: 'reminder-owner', role: 'officer', passwordHash: NO_LOGIN });
  await seedUsers(context.dataSource, { count: 1, emailPrefix: 'reminder-lead', role: 'admin', passwordHash: NO_LOGIN });
  await context.dataSource.query(
    `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM partners)
     UPDATE partners p
        SET owner_id = CASE WHEN numbered.n % 20 < 17 THEN ($1::uuid[])[1 + (numbered.n / 20) % $2] END,
            dialogue_due_at = (($3::date - 120 + (numbered.n * 7919 % 600)::int)::timestamp + interval '12 hours') AT TIME ZONE '${TIME_ZONE}',
            dialogue_snoozed_until = NULL
       FROM numbered WHERE p.id = numbered.id`,
    [owners.ids, OWNERS, FIRST_RUN_DATE],
  );
  await context.dataSource.query('VACUUM ANALYZE partners');
  const [{ due }]: { due: number }[] = await context.dataSource.query(COUNT_DUE, [FIRST_RUN_DATE]);
  const [{ leads }]: { leads: number }[] = await context.dataSource.query(`SELECT count(*)::int AS leads FROM users WHERE role = 'admin' AND is_active`);
  return { due, leads };
}

async function measureCount(context: BenchmarkContext): Promise<Measurement> {
  await context.dataSource.query(COUNT_DUE, [FIRST_RUN_DATE]);
  const latencies: number[] = [];
  for (let i = 0; i < BASELINE_SAMPLES; i++) {
    const started = performance.now();
    await context.dataSource.query(COUNT_DUE, [FIRST_RUN_DATE]);
    latencies.push(performance.now() - started);
  }
  return summarise('SELECT count(*) of due partners', latencies, latencies.reduce((a, b) => a + b, 0));
}

/** Every run starts from no history (else nothing would be due again) once the last run's mails have gone. */
async function clearReminderState(context: BenchmarkContext): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const [{ open }]: { open: number }[] = await context.dataSource.query(
      `SELECT count(*)::int AS open FROM mail_outbox WHERE status IN ('pending', 'sending')`,
    );
    if (open === 0) break;
    if (Date.now() > deadline) throw new Error(`${open} mails still unsent after ${DRAIN_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await context.dataSource.query('DELETE FROM reminder_history');
  await context.dataSource.query('DELETE FROM reminder_digests');
  await context.dataSource.query('DELETE FROM reminder_runs');
}

/** Enqueues the planner as the scheduler would, then waits until every digest it planned has committed. */
async function timeRun(context: BenchmarkContext, runDate: string): Promise<{ ms: number; recipients: number; claimed: number }> {
  const started = performance.now();
  await context.api.get(JobProducer).enqueue('reminders.plan-run', { runDate }, jobIds.reminderPlan(runDate));
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  for (;;) {
    const [row]: { recipients: number | null; done: number }[] = await context.dataSource.query(
      `SELECT r.recipients, (SELECT count(*)::int FROM reminder_digests d WHERE d.run_date = r.run_date) AS done
         FROM reminder_runs r WHERE r.run_date = $1 AND r.fanned_out_at IS NOT NULL`,
      [runDate],
    );
    if (row?.recipients !== null && row !== undefined && row.done >= row.recipients) {
      const ms = performance.now() - started;
      const [{ claimed }]: { claimed: number }[] = await context.dataSource.query(
        'SELECT count(*)::int AS claimed FROM reminder_history WHERE run_date = $1',
        [runDate],
      );
      return { ms, recipients: row.recipients, claimed };
    }
    if (Date.now() > deadline) throw new Error(`the reminder run of ${runDate} did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
