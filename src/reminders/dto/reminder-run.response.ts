import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ReminderRunSummary } from '../reminder-runs.repository.js';

export class ListReminderRunsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 14, description: 'How many of the latest runs.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** One daily reminder run as an administrator sees it: when, how much, and what went wrong. */
export class ReminderRunResponse {
  @ApiProperty({ format: 'date', example: '2026-12-03', description: 'The day the run is for.' }) runDate: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When every digest job had been enqueued.' })
  fannedOutAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Staff the run planned a digest for.' }) recipients: number | null;
  @ApiProperty({ description: 'Digests mailed.' }) digests: number;
  @ApiProperty({ description: 'Planned digests with nothing new to say (no mail).' }) nothingDue: number;
  @ApiProperty({ description: 'Reminder items in the mailed digests.' }) items: number;
  @ApiProperty({ description: 'Planned digests not (yet) done: their job has not completed.' }) notDone: number;
  @ApiProperty({ description: 'Digest mails that failed to send.' }) mailFailed: number;
}

export class ReminderRunsResponse {
  @ApiProperty({ example: '0 7 * * *', description: 'When the daily run starts (cron).' }) cron: string;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiProperty({ type: [ReminderRunResponse], description: 'Newest first.' }) runs: ReminderRunResponse[];
}

export function toReminderRunResponse(run: ReminderRunSummary): ReminderRunResponse {
  const planned = run.recipients ?? 0;
  return {
    runDate: run.runDate,
    startedAt: run.startedAt.toISOString(),
    fannedOutAt: run.fannedOutAt?.toISOString() ?? null,
    recipients: run.recipients,
    digests: run.digests,
    nothingDue: run.nothingDue,
    items: run.items,
    notDone: Math.max(0, planned - run.digests - run.nothingDue),
    mailFailed: run.mailFailed,
  };
}
