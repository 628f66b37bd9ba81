import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Job } from 'bullmq';

const FAILED_REASON_MAX = 1000;
const STACK_LINES = 8;
const STACK_MAX = 2000;
/** Error texts can quote an address (an SMTP rejection does): operators see the error, not the person. */
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;

/**
 * What an operator sees of a job: identity, progress and error. Never the payload — payloads are ids
 * only, but a list of jobs is no place for anyone's data.
 */
export class QueueJobResponse {
  @ApiProperty({ example: 'mail.send-5b0c…' }) id: string;
  @ApiProperty({ example: 'mail.send' }) name: string;
  @ApiProperty({ example: 'failed' }) state: string;
  @ApiProperty({ description: 'Attempts made so far.' }) attemptsMade: number;
  @ApiProperty({ description: 'Attempts allowed before the job stays failed.' }) maxAttempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'The last error, e-mail addresses masked.' }) failedReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first lines of the last stack trace.' }) stacktraceHead: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Delayed jobs: when they become due.' }) dueAt?: string;
  @ApiProperty({ type: String, nullable: true, description: 'The scheduler that produced it, for recurring jobs.' }) schedulerId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The worker (host-pid) that last took it.' }) processedBy: string | null;
}

export class QueueJobPage {
  @ApiProperty({ type: [QueueJobResponse] }) items: QueueJobResponse[];
  @ApiProperty({ description: 'Jobs in this state now.' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function maskEmails(text: string): string {
  return text.replace(EMAIL, '[email]');
}

const isoOrNull = (ms: number | undefined): string | null => (ms ? new Date(ms).toISOString() : null);

function stackHead(job: Job): string | null {
  const last = job.stacktrace?.at(-1);
  if (!last) return null;
  return maskEmails(last.split('\n').slice(0, STACK_LINES).join('\n')).slice(0, STACK_MAX);
}

export function toQueueJobResponse(job: Job, state: string): QueueJobResponse {
  return {
    id: String(job.id),
    name: job.name,
    state,
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedReason: job.failedReason ? maskEmails(job.failedReason).slice(0, FAILED_REASON_MAX) : null,
    stacktraceHead: stackHead(job),
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: isoOrNull(job.processedOn),
    finishedAt: isoOrNull(job.finishedOn),
    ...(state === 'delayed' && job.delay ? { dueAt: new Date(job.timestamp + job.delay).toISOString() } : {}),
    schedulerId: job.repeatJobKey ?? null,
    processedBy: job.processedBy ?? null,
  };
}
