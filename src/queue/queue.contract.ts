/**
 * The one place that names queues, jobs and their payloads. Payloads carry ids only — never
 * personal data — and every job id is derived from its payload so that a retry or a duplicate
 * enqueue of the same work collapses into one job.
 */
export const QUEUE_NAMES = ['mail', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Send one outbox row. */
  'mail.send': { outboxId: string };
  /** Re-enqueue outbox rows whose job was lost (e.g. the API died between commit and enqueue). */
  'mail.relay-pending': Record<string, never>;
  /** Delete expired rate-limit windows and refresh tokens. */
  'maintenance.purge-expired': Record<string, never>;
  /** Move scheduled meetings whose time has come into partners' last-dialogue dates. */
  'dialogue.refresh-passed': Record<string, never>;
  /** Hourly: delete signatures unverified for 30 days; blank sent signing mails (they held secret links). */
  'pledges.purge-unverified': Record<string, never>;
  /** Build the public partner list snapshot (no new version if nothing changed). */
  'publishing.publish': Record<string, never>;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  'mail.send': 'mail',
  'mail.relay-pending': 'mail',
  'maintenance.purge-expired': 'maintenance',
  'dialogue.refresh-passed': 'maintenance',
  'pledges.purge-unverified': 'maintenance',
  'publishing.publish': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** Deterministic job ids. BullMQ forbids ':' in custom ids. */
export const jobIds = {
  mailSend: (outboxId: string): string => `mail.send-${outboxId}`,
};

/** Recurring jobs, registered by the worker with upsertJobScheduler (idempotent across restarts). */
export const JOB_SCHEDULES: readonly { id: string; job: JobName; everyMs?: number; cron?: string }[] = [
  { id: 'mail-relay-pending', job: 'mail.relay-pending', everyMs: 60_000 },
  { id: 'maintenance-purge-expired', job: 'maintenance.purge-expired', cron: '17 3 * * *' },
  { id: 'dialogue-refresh-passed', job: 'dialogue.refresh-passed', cron: '5 * * * *' },
  { id: 'pledges-purge-unverified', job: 'pledges.purge-unverified', cron: '41 * * * *' },
  { id: 'publishing-publish-hourly', job: 'publishing.publish', cron: '0 * * * *' },
];
