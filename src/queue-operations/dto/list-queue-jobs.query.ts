import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';

/** The job states an operator can list (a paused queue keeps its jobs `waiting`). */
export const LISTED_JOB_STATES = ['failed', 'completed', 'active', 'waiting', 'delayed', 'prioritized'] as const;
export type ListedJobState = (typeof LISTED_JOB_STATES)[number];

export class ListQueueJobsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTED_JOB_STATES, default: 'failed' })
  @IsOptional()
  @IsIn(LISTED_JOB_STATES)
  state?: ListedJobState;
}
