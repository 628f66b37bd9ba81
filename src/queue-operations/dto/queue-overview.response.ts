import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JobSchedulerJson } from 'bullmq';

export class QueueCounts {
  @ApiProperty() waiting: number;
  @ApiProperty() active: number;
  @ApiProperty() delayed: number;
  @ApiProperty() prioritized: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
}

export class JobSchedulerSummary {
  @ApiProperty({ example: 'publishing-publish-hourly' }) id: string;
  @ApiProperty({ example: 'publishing.publish' }) job: string;
  @ApiPropertyOptional({ example: '0 * * * *' }) cron?: string;
  @ApiPropertyOptional({ example: 'Europe/London' }) tz?: string;
  @ApiPropertyOptional({ description: 'Milliseconds between runs, for interval schedules.' }) everyMs?: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next run is due.' }) nextRunAt: string | null;
  @ApiProperty({ description: 'Runs produced so far.' }) iterations: number;
}

export class QueueOverview {
  @ApiProperty({ example: 'mail' }) name: string;
  @ApiProperty({ description: 'Paused queues keep their jobs waiting; running jobs finish.' }) paused: boolean;
  @ApiProperty({ type: QueueCounts }) counts: QueueCounts;
  @ApiProperty({ type: [JobSchedulerSummary] }) schedulers: JobSchedulerSummary[];
}

export function toSchedulerSummary(scheduler: JobSchedulerJson<unknown>): JobSchedulerSummary {
  return {
    id: scheduler.key,
    job: scheduler.name,
    ...(scheduler.pattern ? { cron: scheduler.pattern, tz: scheduler.tz } : {}),
    ...(scheduler.every ? { everyMs: Number(scheduler.every) } : {}),
    nextRunAt: scheduler.next ? new Date(Number(scheduler.next)).toISOString() : null,
    iterations: Number(scheduler.iterationCount ?? 0),
  };
}
