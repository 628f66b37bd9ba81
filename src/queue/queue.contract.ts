import type { AppConfig } from '../config/app-config.js';

/**
 * The one place that names queues, jobs and their payloads. Payloads carry ids only — never
 * personal data — and every job id is derived from its payload so that a retry or a duplicate
 * enqueue of the same work collapses into one job.
 */
export const QUEUE_NAMES = ['mail', 'maintenance', 'reminders', 'imports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Send one outbox row. */
  'mail.send': { outboxId: string };
  /** Re-enqueue outbox rows whose job was lost (e.g. the API died between commit and enqueue). */
  'mail.relay-pending': Record<string, never>;
  /** Delete expired rate-limit windows and refresh tokens. */
  'maintenance.purge-expired': Record<string, never>;
  /** Daily: record the run and fan out one digest job per recipient. runDate (YYYY-MM-DD) defaults to today in TIME_ZONE. */
  'reminders.plan-run': { runDate?: string };
  /** One staff member's reminder digest for one run: ids and dates only. */
  'reminders.send-digest': { runDate: string; userId: string };
  /** Move scheduled meetings whose time has come into partners' last-dialogue dates. */
  'dialogue.refresh-passed': Record<string, never>;
  /** Build the public partner list snapshot (no new version if nothing changed). */
  'publishing.publish': Record<string, never>;
  /** Hourly: delete signatures unverified for RETENTION_UNVERIFIED_SIGNATURE_DAYS; blank sent signing mails (they held secret links). */
  'pledges.purge-unverified': Record<string, never>;
  /**
   * Daily: apply the retention periods (unverified signatures, ended partners' contacts, sent mail bodies).
   * asOf (ISO 8601) is the moment to apply them as of, for a controlled clock; default now.
   */
  'data-protection.apply-retention': { asOf?: string };
  /** Classify every row of an uploaded partner CSV (the dry run). */
  'partner-imports.dry-run': { importId: string };
  /** Write the rows of a validated partner import, a chunk per transaction. */
  'partner-imports.commit': { importId: string };
  /** Re-enqueue imports in progress whose job stopped reporting (e.g. the API died before enqueueing it). */
  'partner-imports.resume-stalled': Record<string, never>;
  /** Daily: delete imports (file rows and per-row reports) past PARTNER_IMPORT_RETENTION_DAYS. */
  'partner-imports.purge-expired': Record<string, never>;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  'mail.send': 'mail',
  'mail.relay-pending': 'mail',
  'maintenance.purge-expired': 'maintenance',
  'reminders.plan-run': 'reminders',
  'reminders.send-digest': 'reminders',
  'dialogue.refresh-passed': 'maintenance',
  'publishing.publish': 'maintenance',
  'pledges.purge-unverified': 'maintenance',
  'data-protection.apply-retention': 'maintenance',
  'partner-imports.dry-run': 'imports',
  'partner-imports.commit': 'imports',
  'partner-imports.resume-stalled': 'maintenance',
  'partner-imports.purge-expired': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** Deterministic job ids. BullMQ forbids ':' in custom ids. */
export const jobIds = {
  /** One job per send attempt of a row: `attempts` is the row's claim count when the job is added (0 at first). */
  mailSend: (outboxId: string, attempts = 0): string => (attempts === 0 ? `mail.send-${outboxId}` : `mail.send-${outboxId}-${attempts}`),
  reminderPlan: (runDate: string): string => `reminders.plan-${runDate}`,
  reminderDigest: (runDate: string, userId: string): string => `reminders.digest-${runDate}-${userId}`,
  /** A retention run requested for a given moment (the scheduler names its own runs). BullMQ forbids ':'. */
  applyRetention: (asOf: string): string => `data-protection.retention-${asOf.replace(/:/g, '')}`,
  /** `version`: the import's while it is validating (a mapping changed again runs a new dry run). */
  partnerImportDryRun: (importId: string, version: number): string => `partner-imports.dry-run-${importId}-${version}`,
  /** Per commit attempt: a commit started again after it failed is a new job, not the failed one kept by BullMQ. */
  partnerImportCommit: (importId: string, attempt: number): string => `partner-imports.commit-${importId}-${attempt}`,
};

/**
 * A recurring job: every `everyMs`, or on a `cron` pattern in `tz` (default: the configured TIME_ZONE).
 * `configured` reads the pattern and zone (or the interval) from the typed config instead, for schedules
 * operators may move.
 */
export interface JobSchedule {
  id: string;
  job: JobName;
  everyMs?: number;
  cron?: string;
  tz?: string;
  configured?: (config: AppConfig) => { cron: string; tz: string } | { everyMs: number };
}

/** Recurring jobs, registered by the worker with upsertJobScheduler (idempotent across restarts). */
export const JOB_SCHEDULES: readonly JobSchedule[] = [
  { id: 'mail-relay-pending', job: 'mail.relay-pending', configured: (config) => ({ everyMs: config.mail.relayEveryMs }) },
  { id: 'maintenance-purge-expired', job: 'maintenance.purge-expired', cron: '17 3 * * *' },
  { id: 'reminders-plan-run', job: 'reminders.plan-run', configured: (config) => ({ cron: config.reminders.cron, tz: config.timeZone }) },
  { id: 'dialogue-refresh-passed', job: 'dialogue.refresh-passed', cron: '5 * * * *' },
  { id: 'publishing-publish-hourly', job: 'publishing.publish', cron: '0 * * * *' },
  { id: 'pledges-purge-unverified', job: 'pledges.purge-unverified', cron: '41 * * * *' },
  {
    id: 'data-protection-apply-retention',
    job: 'data-protection.apply-retention',
    configured: (config) => ({ cron: config.dataProtection.retention.cron, tz: config.timeZone }),
  },
  { id: 'partner-imports-resume-stalled', job: 'partner-imports.resume-stalled', everyMs: 5 * 60_000 },
  { id: 'partner-imports-purge-expired', job: 'partner-imports.purge-expired', cron: '37 3 * * *' },
];
