import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './queue.contract.js';

export const JOB_HANDLER = 'jobHandler';

export interface JobContext {
  jobId: string;
  /** 1 for the first run. */
  attempt: number;
  /** True when a failure now will not be retried. */
  finalAttempt: boolean;
}

/** A class that processes one job name. The worker checks every job name has exactly one. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);
