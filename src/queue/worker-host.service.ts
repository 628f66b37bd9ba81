import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ErrorCode, UnrecoverableError, type Job } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JOB_HANDLER, type JobHandler } from './job-handler.decorator.js';
import { JobProducer } from './job-producer.service.js';
import { AppWorker, QueueBackend } from './queue-backend.js';
import { JOB_NAMES, JOB_QUEUE, JOB_SCHEDULES, QUEUE_NAMES, type JobName, type JobSchedule } from './queue.contract.js';

type AnyHandler = JobHandler<JobName>;

/** Boot check: a job name without a handler would sit in its queue forever. */
export function assertEveryJobHandled(handled: JobName[]): void {
  const missing = JOB_NAMES.filter((name) => !handled.includes(name));
  if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
}

/** The BullMQ repeat options of a recurring job: its cron (in its zone, else TIME_ZONE) or its interval. */
export function repeatOptions(schedule: JobSchedule, config: AppConfig): { pattern: string; tz: string } | { every: number } {
  const timing: { cron?: string; tz?: string; everyMs?: number } = schedule.configured?.(config) ?? schedule;
  return timing.cron ? { pattern: timing.cron, tz: timing.tz ?? config.timeZone } : { every: timing.everyMs ?? 0 };
}

/**
 * Finds the job handlers, checks the wiring, starts one BullMQ worker per queue and the schedulers. The
 * schedulers live in the queue backend, so a Redis restarted empty loses them: they are checked again
 * whenever a queue connection comes back, and every QUEUE_SCHEDULER_CHECK_MS, and restored if any is gone.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: AppWorker[] = [];
  private checkTimer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly backend: QueueBackend,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.collectHandlers();
    for (const queueName of QUEUE_NAMES) {
      const worker = await this.backend.createWorker(
        queueName,
        (job: Job) => this.dispatch(handlers, job),
        this.config.queue.concurrency,
      );
      worker.on('failed', (job, err) =>
        this.logger.warn({ msg: 'job failed', queue: queueName, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, error: err.message }),
      );
      worker.on('error', (err) => this.logger.error({ msg: 'worker error', queue: queueName, error: err.message }));
      void worker.run();
      this.workers.push(worker);
    }
    await this.upsertSchedules();
    await this.watchSchedules();
    this.logger.log(`workers running on ${this.backend.kind}: ${QUEUE_NAMES.join(', ')}`);
  }

  /** Waits for in-flight jobs to finish (BullMQ's graceful close) before queues and pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.checkTimer);
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers.length = 0;
    await this.checking;
  }

  /**
   * Restores the recurring jobs whose scheduler is gone. One check at a time per worker; a backend that is
   * away fails the check, which the next one repeats.
   */
  checkSchedules(): Promise<void> {
    this.checking ??= this.restoreMissingSchedules()
      .catch((error: unknown) => this.logger.warn({ msg: 'job scheduler check failed', error: error instanceof Error ? error.message : 'unknown' }))
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async watchSchedules(): Promise<void> {
    this.checkTimer = setInterval(() => void this.checkSchedules(), this.config.queue.schedulerCheckMs);
    this.checkTimer.unref();
    if (this.backend.kind !== 'redis') return;
    for (const name of QUEUE_NAMES) {
      const queue = await this.producer.queue(name);
      // 'ready' after a reconnect: a Redis that restarted empty (or failed over) may have lost the schedulers.
      queue.getBackend().on('ready', () => {
        if (!this.stopping) void this.checkSchedules();
      });
    }
  }

  private async restoreMissingSchedules(): Promise<void> {
    if (this.stopping) return;
    const missing: string[] = [];
    for (const name of QUEUE_NAMES) {
      const queue = await this.producer.queue(name);
      const present = new Set((await queue.getJobSchedulers()).map((s) => s.key));
      missing.push(...JOB_SCHEDULES.filter((s) => JOB_QUEUE[s.job] === name && !present.has(s.id)).map((s) => s.id));
    }
    if (missing.length === 0 || this.stopping) return;
    await this.upsertSchedules(missing);
    this.logger.warn({ msg: 'job schedulers restored', restored: missing.length, schedulers: missing });
  }

  private collectHandlers(): Map<JobName, AnyHandler> {
    const handlers = new Map<JobName, AnyHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      const metatype = wrapper.metatype;
      if (!instance || !metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, metatype);
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`Job "${name}" has more than one handler`);
      handlers.set(name, instance as AnyHandler);
    }
    assertEveryJobHandled([...handlers.keys()]);
    return handlers;
  }

  private async dispatch(handlers: Map<JobName, AnyHandler>, job: Job): Promise<void> {
    const handler = handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const attempt = job.attemptsMade + 1;
    await handler.handle(job.data as never, { jobId: String(job.id), attempt, finalAttempt: attempt >= (job.opts.attempts ?? 1) });
  }

  /** One worker at a time, so replicas starting together leave one scheduler and one next run per schedule. */
  private async upsertSchedules(only?: string[]): Promise<void> {
    await this.backend.exclusively('crm:upsert-job-schedulers', async () => {
      for (const schedule of JOB_SCHEDULES.filter((s) => !only || only.includes(s.id))) {
        const queue = await this.producer.queue(JOB_QUEUE[schedule.job]);
        await upsertRacing(() => queue.upsertJobScheduler(schedule.id, repeatOptions(schedule, this.config), { name: schedule.job, data: {} }));
      }
    });
  }
}

const SCHEDULER_RACE: readonly number[] = [ErrorCode.SchedulerJobIdCollision, ErrorCode.SchedulerJobSlotsBusy];
const UPSERT_TRIES = 5;

/**
 * An upsert that meets the scheduler producing its own next run at that moment is refused ("job ID
 * already exists"). Trying again after a short, jittered pause settles on that run, so the worker
 * starts rather than crash-looping.
 */
async function upsertRacing(upsert: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await upsert();
      return;
    } catch (error: unknown) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= UPSERT_TRIES || typeof code !== 'number' || !SCHEDULER_RACE.includes(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 50 + Math.random() * 100));
    }
  }
}
