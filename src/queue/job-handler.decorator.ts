import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './queue.contract.js';

export const JOB_HANDLER = 'jobHandler';

/** A class that processes one job name. The worker checks every job name has exactly one. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: { jobId: string; attempt: number }): Promise<void>;
}

export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);
