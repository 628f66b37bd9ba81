import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { OutboxAdminService } from '../mail/outbox-admin.service.js';
import { JobProducer } from '../queue/job-producer.service.js';
import type { AppQueue } from '../queue/queue-backend.js';
import { QUEUE_NAMES, type JobPayloads, type QueueName } from '../queue/queue.contract.js';
import type { ListQueueJobsQuery } from './dto/list-queue-jobs.query.js';
import { toQueueJobResponse, type QueueJobPage, type QueueJobResponse } from './dto/queue-job.response.js';
import { toSchedulerSummary, type QueueOverview } from './dto/queue-overview.response.js';
import { QueueJobNotFailedError, QueueJobNotFoundError, QueueNotFoundError } from './queue-operations.errors.js';

const DEFAULT_PAGE = 25;
/** BullMQ's own ids (`repeat:<scheduler>:<time>`) contain colons; ours never do. */
const JOB_ID = /^[A-Za-z0-9._:-]{1,250}$/;

/**
 * What operators need of the queues: counts, schedulers, failed jobs with their errors, and
 * retrying or discarding a failed job. Reads go straight to the queue backend.
 */
@Injectable()
export class QueueOperationsService {
  private readonly logger = new Logger('QueueOperations');

  constructor(
    private readonly producer: JobProducer,
    private readonly outbox: OutboxAdminService,
  ) {}

  overview(): Promise<QueueOverview[]> {
    return Promise.all(QUEUE_NAMES.map((name) => this.describe(name)));
  }

  async jobs(queueName: string, query: ListQueueJobsQuery): Promise<QueueJobPage> {
    const queue = await this.queue(queueName);
    const state = query.state ?? 'failed';
    const limit = query.limit ?? DEFAULT_PAGE;
    const sort = `${queueName}/${state}`;
    const offset = query.cursor ? Number(decodeCursor(query.cursor, sort)[0]) : 0;
    const [jobs, total] = await Promise.all([
      queue.getJobs([state], offset, offset + limit - 1, false),
      queue.getJobCountByTypes(state),
    ]);
    const items = jobs.filter((job): job is Job => Boolean(job)).map((job) => toQueueJobResponse(job, state));
    const more = offset + jobs.length < total && jobs.length === limit;
    return { items, total, nextCursor: more ? encodeCursor(sort, [offset + limit]) : null };
  }

  /**
   * Puts a failed job back in the queue with a fresh attempt budget; its handler runs again. A failed mail
   * send is first reopened in the outbox: run again on a row still marked failed, the job would do nothing.
   */
  async retry(queueName: string, jobId: string, actorId: string): Promise<QueueJobResponse> {
    const job = await this.failedJob(queueName, jobId);
    if (job.name === 'mail.send') await this.outbox.reopenForJobRetry((job.data as JobPayloads['mail.send']).outboxId, actorId);
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } catch {
      throw new QueueJobNotFailedError(await job.getState());
    }
    this.logger.log({ msg: 'failed job retried', queue: queueName, jobId, job: job.name, actorId });
    const again = await (await this.queue(queueName)).getJob(jobId);
    return toQueueJobResponse(again ?? job, again ? await again.getState() : 'waiting');
  }

  /** Removes a failed job (and its error) for good. */
  async discard(queueName: string, jobId: string, actorId: string): Promise<void> {
    const job = await this.failedJob(queueName, jobId);
    await job.remove();
    this.logger.log({ msg: 'failed job discarded', queue: queueName, jobId, job: job.name, actorId });
  }

  private async describe(name: QueueName): Promise<QueueOverview> {
    const queue = await this.producer.queue(name);
    const [counts, paused, schedulers] = await Promise.all([
      queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'),
      queue.isPaused(),
      queue.getJobSchedulers(0, -1, true),
    ]);
    const count = (state: string): number => Number(counts[state] ?? 0);
    return {
      name,
      paused,
      counts: {
        waiting: count('waiting'),
        active: count('active'),
        delayed: count('delayed'),
        prioritized: count('prioritized'),
        completed: count('completed'),
        failed: count('failed'),
      },
      schedulers: schedulers.map(toSchedulerSummary).sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  private async failedJob(queueName: string, jobId: string): Promise<Job> {
    const queue = await this.queue(queueName);
    const job = JOB_ID.test(jobId) ? await queue.getJob(jobId) : undefined;
    if (!job) throw new QueueJobNotFoundError();
    const state = await job.getState();
    if (state !== 'failed') throw new QueueJobNotFailedError(state);
    return job;
  }

  private queue(name: string): Promise<AppQueue> {
    if (!(QUEUE_NAMES as readonly string[]).includes(name)) throw new QueueNotFoundError();
    return this.producer.queue(name as QueueName);
  }
}
