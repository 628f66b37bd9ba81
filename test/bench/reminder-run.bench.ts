import { performance } from 'node:perf_hooks';
import { DialogueDates } from '../../src/dialogue/dialogue-dates.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { jobIds } from '../../src/queue/queue.contract.js';
import type { Benchmark, BenchmarkContext, BenchmarkOutcome, Measurement } from './benchmark.js';
import { bulkLoad } from './bulk-load.js';
import { summarise } from './latency.js';
import { ensureMeetings, ensurePartners, NO_LOGIN, seedUsers } from './seed.js';
import { NOT_COUNTED, StatementCounter, statementsGrown, type StatementCount } from './statement-counter.js';

const PARTNERS = 100_000;
const MEETINGS = 1_000_000;
/** The smaller run: the first partners (by id) as seeded, every other live one archived while it runs. */
const SMALL_RUN_PARTNERS = 10_000;
const OWNERS = 50;
/** Runs measured, each on a clean slate (no reminder history), each on its own run date, after one not measured. */
const WARMUP_RUNS = 1;
const RUNS = 3;
const BASELINE_SAMPLES = 20;
/** From the issue: the planner and every digest job it fans out are done within 2 s. */
const TARGET_MS = 2_000;
/** The first run date is the day by which this share of the live partners' dialogue has fallen due. */
const OVERDUE_SHARE = 0.2;
/**
 * Statements a run over all the partners may run beyond one over a tenth of them. Both make 51 digests and 51
 * mails, so the same statements and job bookkeeping; what varies with timing is how often idle worker slots poll
 * the queue (on PostgreSQL, up to four statements a poll): 8 to 16 more in the longer runs measured.
 */
const STATEMENT_ALLOWANCE = 25;
const RUN_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 120_000;
/** The worker records a job complete just after its work commits: the count waits this long for the last ones. */
const SETTLE_MS = 300;

/** Live partners whose dialogue falls due by the end of the due-soon window ($1 run date, $2 window, $3 zone). */
const COUNT_DUE = `
  SELECT count(*)::int AS due FROM partners
   WHERE archived_at IS NULL AND status IN ('prospect', 'active')
     AND dialogue_due_at < (($1::date + $2::int + 1)::timestamp AT TIME ZONE $3)`;

export const benchmark: Benchmark = {
  name: 'reminder-run',
  description:
    `The daily reminder run over ${PARTNERS.toLocaleString('en-GB')} partners with ${MEETINGS.toLocaleString('en-GB')} meeting logs ` +
    `(dialogue dates derived from them as the product does), ${OWNERS} owners and a team lead: from enqueueing ` +
    'reminders.plan-run until every digest it fanned out has committed (claims written, one outbox mail each; the mails ' +
    `are sent meanwhile by the same worker), ${RUNS} runs after a warm-up, each from an empty history, vs one SELECT count(*) of the due ` +
    `partners; target ≤ ${TARGET_MS / 1000} s per run. Again with all but ${SMALL_RUN_PARTNERS.toLocaleString('en-GB')} partners archived: ` +
    'SQL/op is the statements the database ran per run (pg_stat_statements, from enqueue until the mails were sent, the quietest ' +
    `of the ${RUNS}), and must not exceed the smaller run's by more than ${STATEMENT_ALLOWANCE}`,
  run: async (context) => {
    const seedSeconds = await ensurePartners(context.dataSource, PARTNERS, 'reminder-run');
    const meetingSeedSeconds = await ensureMeetings(context.dataSource, MEETINGS, context.api.get(DialogueDates, { strict: false }), context.config.dialogue.defaultCadenceDays);
    console.log(`[bench] reminder-run: seeded partners in ${seedSeconds} s, meetings and dialogue dates in ${meetingSeedSeconds} s`);
    const shared = await saveOwnership(context);
    try {
      return await measureScenario(context, { seedSeconds, meetingSeedSeconds });
    } finally {
      await restoreOwnership(context, shared);
    }
  },
};

/** The full run, then the smaller one; the owners it assigns are put back by the caller for the benchmarks after it. */
async function measureScenario(context: BenchmarkContext, seeded: { seedSeconds: number; meetingSeedSeconds: number }): Promise<BenchmarkOutcome[]> {
  const { seedSeconds, meetingSeedSeconds } = seeded;
  const scenario = await prepareScenario(context);
  const counter = await StatementCounter.open(context.dataSource);
  const common = { partners: PARTNERS, meetings: MEETINGS, owners: OWNERS, leads: scenario.leads, seedSeconds, meetingSeedSeconds };
  const full = await measureRuns(context, counter, { ...common, firstRunDate: scenario.firstRunDate });
  const archived = await archiveAllBut(context, SMALL_RUN_PARTNERS);
  let small: MeasuredRuns;
  try {
    small = await measureRuns(context, counter, { ...common, firstRunDate: addDays(scenario.firstRunDate, WARMUP_RUNS + RUNS) });
  } finally {
    await restore(context, archived);
  }
  if (typeof full.statements === 'object' && typeof small.statements === 'object') assertStatementsFlat(small.statements.subject, full.statements.subject);
  return [
    outcome(`${PARTNERS.toLocaleString('en-GB')} partners`, full, TARGET_MS),
    outcome(`${SMALL_RUN_PARTNERS.toLocaleString('en-GB')} partners, the rest archived`, small),
  ];
}

interface Ownership {
  ids: string[];
  owners: (string | null)[];
  snoozedUntil: (string | null)[];
}

/** The shared seed's owners and snoozes, which the scenario rewrites (other benchmarks pick their owner from them). */
async function saveOwnership(context: BenchmarkContext): Promise<Ownership> {
  const rows: { id: string; owner_id: string | null; snoozed: string | null }[] = await context.dataSource.query(
    'SELECT id, owner_id, dialogue_snoozed_until::text AS snoozed FROM partners ORDER BY id',
  );
  return { ids: rows.map((r) => r.id), owners: rows.map((r) => r.owner_id), snoozedUntil: rows.map((r) => r.snoozed) };
}

async function restoreOwnership(context: BenchmarkContext, saved: Ownership): Promise<void> {
  await bulkLoad(context.dataSource, ['partners'], async (manager) => {
    await manager.query(
      `UPDATE partners p SET owner_id = s.owner_id, dialogue_snoozed_until = s.snoozed
         FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS s(id, owner_id, snoozed) WHERE p.id = s.id`,
      [saved.ids, saved.owners, saved.snoozedUntil],
    );
  });
}

interface MeasuredRuns {
  baseline: Measurement;
  subject: Measurement;
  settings: Record<string, number | string>;
  /** The baseline's statements and the quietest run's, or why they could not be counted. */
  statements?: { baseline: StatementCount; subject: StatementCount } | string;
}

interface RunOutcome {
  ms: number;
  recipients: number;
  claimed: number;
}

/**
 * 50 officers own 85 % of the partners (the rest have none). Dialogue dates are the product's, derived from the
 * meetings; the first run date is the day by which a fifth of the live partners are overdue (most of those by more
 * than 30 days, which escalates them to the lead), and a few more are due soon.
 */
async function prepareScenario(context: BenchmarkContext): Promise<{ firstRunDate: string; leads: number }> {
  const owners = await seedUsers(context.dataSource, { count: OWNERS, emailPrefix: 'reminder-owner', role: 'officer', passwordHash: NO_LOGIN });
  await seedUsers(context.dataSource, { count: 1, emailPrefix: 'reminder-lead', role: 'admin', passwordHash: NO_LOGIN });
  await bulkLoad(context.dataSource, ['partners'], async (manager) => {
    await manager.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM partners)
       UPDATE partners p
          SET owner_id = CASE WHEN numbered.n % 20 < 17 THEN ($1::uuid[])[1 + (numbered.n / 20) % $2] END,
              dialogue_snoozed_until = NULL
         FROM numbered WHERE p.id = numbered.id`,
      [owners.ids, OWNERS],
    );
  });
  const [{ firstRunDate }]: { firstRunDate: string }[] = await context.dataSource.query(
    `SELECT to_char((percentile_disc($1::float8) WITHIN GROUP (ORDER BY dialogue_due_at) AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS "firstRunDate"
       FROM partners WHERE archived_at IS NULL AND status IN ('prospect', 'active')`,
    [OVERDUE_SHARE, context.config.timeZone],
  );
  const [{ leads }]: { leads: number }[] = await context.dataSource.query(`SELECT count(*)::int AS leads FROM users WHERE role = 'admin' AND is_active`);
  return { firstRunDate, leads };
}

/** One scale: the baseline, then a warm-up and RUNS runs, each timed and (when the database can) counted on its own. */
async function measureRuns(
  context: BenchmarkContext,
  counter: StatementCounter | string,
  settings: Record<string, number | string> & { firstRunDate: string },
): Promise<MeasuredRuns> {
  const { firstRunDate } = settings;
  const [{ live }]: { live: number }[] = await context.dataSource.query(
    `SELECT count(*)::int AS live FROM partners WHERE archived_at IS NULL AND status IN ('prospect', 'active')`,
  );
  const countDue = (): Promise<Measurement> => measureCount(context, firstRunDate);
  const baseline = typeof counter === 'string' ? { measurement: await countDue(), statements: undefined } : await counter.count(countDue);
  const { runs, counts } = await runSeries(context, counter, firstRunDate, live);
  const ms = runs.map((run) => run.ms);
  const recipients = runs[runs.length - 1].recipients;
  const quietest = counts.reduce<StatementCount | undefined>((min, count) => (min && min.perOperation <= count.perOperation ? min : count), undefined);
  const [{ due }]: { due: number }[] = await context.dataSource.query(COUNT_DUE, dueParams(context, firstRunDate));
  return {
    baseline: baseline.measurement,
    subject: summarise(`reminders.plan-run + ${recipients} digests`, ms, ms.reduce((a, b) => a + b, 0)),
    settings: {
      ...settings,
      livePartners: live,
      duePartners: due,
      recipients,
      itemsClaimedPerRun: Math.round(runs.reduce((sum, run) => sum + run.claimed, 0) / runs.length),
      ...(counts.length > 0 ? { statementsPerRun: counts.map((count) => Math.round(count.perOperation)).join(', ') } : {}),
      workerConcurrency: context.config.queue.concurrency,
      runs: RUNS,
      warmUpRuns: WARMUP_RUNS,
    },
    statements: typeof counter === 'string' ? counter : quietest && baseline.statements && { baseline: baseline.statements, subject: quietest },
  };
}

/** Runs on consecutive dates from `firstRunDate`, the warm-ups neither kept nor counted. */
async function runSeries(
  context: BenchmarkContext,
  counter: StatementCounter | string,
  firstRunDate: string,
  live: number,
): Promise<{ runs: RunOutcome[]; counts: StatementCount[] }> {
  const runs: RunOutcome[] = [];
  const counts: StatementCount[] = [];
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    const runDate = addDays(firstRunDate, i);
    await clearReminderState(context);
    const warmUp = i < WARMUP_RUNS;
    const { run, statements } = warmUp || typeof counter === 'string' ? { run: await completeRun(context, runDate) } : await countedRun(context, counter, runDate);
    console.log(
      `[bench] reminder-run ${runDate}${warmUp ? ' (warm-up)' : ''}, ${live} live partners: ${(run.ms / 1000).toFixed(2)} s, ` +
        `${run.recipients} digests, ${run.claimed} items claimed${statements ? `, ${statements.perOperation.toFixed(0)} SQL statements` : ''}`,
    );
    if (warmUp) continue;
    runs.push(run);
    if (statements) counts.push(statements);
  }
  return { runs, counts };
}

/** One run with every statement the database ran for it counted, from the enqueue until its mails were sent. */
async function countedRun(context: BenchmarkContext, counter: StatementCounter, runDate: string): Promise<{ run: RunOutcome; statements: StatementCount }> {
  let run: RunOutcome | undefined;
  const { statements } = await counter.count(async () => {
    run = await completeRun(context, runDate);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return summarise('reminder run', [run.ms], run.ms);
  }, 'run');
  if (!run) throw new Error(`the reminder run of ${runDate} was not measured`);
  return { run, statements };
}

/** A timed run, then the wait for its mails to go (not timed): the mail jobs are part of the run's statements. */
async function completeRun(context: BenchmarkContext, runDate: string): Promise<RunOutcome> {
  const run = await timeRun(context, runDate);
  await waitForMailsSent(context);
  return run;
}

function outcome(variant: string, measured: MeasuredRuns, p95TargetMs?: number): BenchmarkOutcome {
  return {
    variant,
    unit: 'runs/s',
    baseline: measured.baseline,
    subject: measured.subject,
    settings: measured.settings,
    checks: {
      sequential: measured.subject,
      ...(p95TargetMs === undefined ? {} : { p95TargetMs }),
      ...(measured.statements === undefined ? {} : { statements: measured.statements }),
    },
  };
}

/** Statements that grow with the partners would be per-partner work: fail the benchmark, naming what grew. */
function assertStatementsFlat(small: StatementCount, full: StatementCount): void {
  if (full.perOperation <= small.perOperation + STATEMENT_ALLOWANCE) return;
  const grown = statementsGrown(small, full)
    .slice(0, 5)
    .map((s) => `+${s.perOperation.toFixed(1)} ${s.query}`);
  throw new Error(
    `SQL statements per run grow with the partners: ${full.perOperation.toFixed(0)} over ${PARTNERS} partners, ` +
      `${small.perOperation.toFixed(0)} over ${SMALL_RUN_PARTNERS} (allowance ${STATEMENT_ALLOWANCE}); grown: ${grown.join('; ')}`,
  );
}

function dueParams(context: BenchmarkContext, runDate: string): [string, number, string] {
  return [runDate, context.config.reminders.dueSoonDays, context.config.timeZone];
}

async function measureCount(context: BenchmarkContext, runDate: string): Promise<Measurement> {
  await context.dataSource.query(COUNT_DUE, dueParams(context, runDate));
  const latencies: number[] = [];
  for (let i = 0; i < BASELINE_SAMPLES; i++) {
    const started = performance.now();
    await context.dataSource.query(COUNT_DUE, dueParams(context, runDate));
    latencies.push(performance.now() - started);
  }
  return summarise('SELECT count(*) of due partners', latencies, latencies.reduce((a, b) => a + b, 0));
}

/**
 * Archives every live partner after the first `keep` (by id), so a run reads a tenth of the partners with the same
 * owners and lead; returns their ids for restore().
 */
async function archiveAllBut(context: BenchmarkContext, keep: number): Promise<string[]> {
  let archived: string[] = [];
  await bulkLoad(context.dataSource, ['partners'], async (manager) => {
    const rows: { id: string }[] = await manager.query(
      `UPDATE partners SET archived_at = now()
        WHERE archived_at IS NULL AND id > (SELECT id FROM partners ORDER BY id OFFSET $1 - 1 LIMIT 1)
       RETURNING id`,
      [keep],
    );
    archived = rows.map((row) => row.id);
  });
  return archived;
}

async function restore(context: BenchmarkContext, archived: string[]): Promise<void> {
  await bulkLoad(context.dataSource, ['partners'], async (manager) => {
    await manager.query('UPDATE partners SET archived_at = NULL WHERE id = ANY($1::uuid[])', [archived]);
  });
}

async function waitForMailsSent(context: BenchmarkContext): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const [{ open }]: { open: number }[] = await context.dataSource.query(
      `SELECT ${NOT_COUNTED} count(*)::int AS open FROM mail_outbox WHERE status IN ('pending', 'sending')`,
    );
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`${open} mails still unsent after ${DRAIN_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every run starts from no history (else nothing would be due again). */
async function clearReminderState(context: BenchmarkContext): Promise<void> {
  await waitForMailsSent(context);
  await context.dataSource.query('DELETE FROM reminder_history');
  await context.dataSource.query('DELETE FROM reminder_digests');
  await context.dataSource.query('DELETE FROM reminder_runs');
}

/** Enqueues the planner as the scheduler would, then waits until every digest it planned has committed. */
async function timeRun(context: BenchmarkContext, runDate: string): Promise<RunOutcome> {
  const started = performance.now();
  await context.api.get(JobProducer).enqueue('reminders.plan-run', { runDate }, jobIds.reminderPlan(runDate));
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  for (;;) {
    const [row]: { recipients: number | null; done: number }[] = await context.dataSource.query(
      `SELECT ${NOT_COUNTED} r.recipients, (SELECT count(*)::int FROM reminder_digests d WHERE d.run_date = r.run_date) AS done
         FROM reminder_runs r WHERE r.run_date = $1 AND r.fanned_out_at IS NOT NULL`,
      [runDate],
    );
    if (row?.recipients !== null && row !== undefined && row.done >= row.recipients) {
      const ms = performance.now() - started;
      const [{ claimed }]: { claimed: number }[] = await context.dataSource.query(
        `SELECT ${NOT_COUNTED} count(*)::int AS claimed FROM reminder_history WHERE run_date = $1`,
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
