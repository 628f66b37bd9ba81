import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InstitutionCalendar } from '../agreements/calendar.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import type { CorrectProgressUpdateDto, CreateProgressUpdateDto, WithdrawProgressUpdateDto } from './dto/activity-write.dto.js';
import type { ProgressUpdateResponse } from './dto/activity.response.js';
import { PlanActivity, type ActivityStatus } from './plan-activity.entity.js';
import { ActivityNotFoundError, ProgressInFutureError, ProgressNotFoundError, ProgressWithdrawnError } from './plan.errors.js';
import { latestProgress, progressHistory, standingUpdate, toProgressResponse } from './progress-history.js';
import { ProgressUpdate } from './progress-update.entity.js';

/** What an activity's status is with no progress update standing. */
const NO_PROGRESS: ActivityStatus = 'not-started';

/**
 * Progress updates of plan activities. The activity's status follows the latest update that stands: adding,
 * correcting or withdrawing one sets it again, in the same transaction, and the change is audited.
 */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly calendar: InstitutionCalendar,
    private readonly audit: AuditService,
  ) {}

  list(activityId: string): Promise<ProgressUpdateResponse[]> {
    return this.transactions.run(async ({ manager }) => {
      if (!(await manager.exists(PlanActivity, { where: { id: activityId } }))) throw new ActivityNotFoundError();
      return progressHistory(manager, activityId);
    });
  }

  /** Records progress; its RAG rating becomes the activity's status when it is the latest report. */
  add(activityId: string, dto: CreateProgressUpdateDto, actorId: string): Promise<ProgressUpdateResponse> {
    this.assertNotFuture(dto.reportedOn);
    return this.transactions.run(async ({ manager }) => {
      const status = await this.lockActivity(manager, activityId);
      const update = await this.insert(manager, activityId, dto, actorId, null);
      await this.followLatest(manager, activityId, status, actorId, { action: 'progress-reported', progressUpdate: { before: null, after: update.id } });
      return toProgressResponse(update);
    });
  }

  /** Withdraws a wrong update and records the one it should have been in its place. */
  correct(activityId: string, id: string, dto: CorrectProgressUpdateDto, actorId: string): Promise<ProgressUpdateResponse> {
    this.assertNotFuture(dto.reportedOn);
    return this.transactions.run(async ({ manager }) => {
      const status = await this.lockActivity(manager, activityId);
      await this.withdrawOne(manager, activityId, id, dto.reason, actorId);
      const update = await this.insert(manager, activityId, dto, actorId, id);
      await this.followLatest(manager, activityId, status, actorId, { action: 'progress-corrected', progressUpdate: { before: id, after: update.id }, reason: dto.reason });
      return toProgressResponse(update);
    });
  }

  /** Withdraws a wrong update: it stays on the timeline, struck through, and no longer sets the status. */
  withdraw(activityId: string, id: string, dto: WithdrawProgressUpdateDto, actorId: string): Promise<ProgressUpdateResponse> {
    return this.transactions.run(async ({ manager }) => {
      const status = await this.lockActivity(manager, activityId);
      const withdrawn = await this.withdrawOne(manager, activityId, id, dto.reason, actorId);
      await this.followLatest(manager, activityId, status, actorId, { action: 'progress-withdrawn', progressUpdate: { before: id, after: null }, reason: dto.reason });
      return toProgressResponse(withdrawn);
    });
  }

  private assertNotFuture(reportedOn: string): void {
    const today = this.calendar.today();
    if (reportedOn > today) throw new ProgressInFutureError(today);
  }

  /** Locks the activity (one progress change at a time) and returns its status. */
  private async lockActivity(manager: EntityManager, id: string): Promise<ActivityStatus> {
    const activity = await manager.findOne(PlanActivity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!activity) throw new ActivityNotFoundError();
    return activity.status;
  }

  private insert(manager: EntityManager, activityId: string, dto: CreateProgressUpdateDto, actorId: string, correctsId: string | null): Promise<ProgressUpdate> {
    return manager.save(
      manager.create(ProgressUpdate, {
        activityId,
        reportedOn: dto.reportedOn,
        status: dto.status,
        summary: dto.summary,
        evidenceLinks: dto.evidenceLinks ?? [],
        authorId: actorId,
        correctsId,
      }),
    );
  }

  private async withdrawOne(manager: EntityManager, activityId: string, id: string, reason: string, actorId: string): Promise<ProgressUpdate> {
    const update = await standingUpdate(manager, activityId, id);
    if (!update) {
      const exists = await manager.exists(ProgressUpdate, { where: { id, activityId } });
      throw exists ? new ProgressWithdrawnError() : new ProgressNotFoundError();
    }
    update.withdrawnAt = new Date();
    update.withdrawnBy = actorId;
    update.withdrawalReason = reason.trim();
    return manager.save(update);
  }

  /** Sets the activity's status to the latest standing update's (or "not started" when none stands), and audits the change. */
  private async followLatest(
    manager: EntityManager,
    activityId: string,
    before: ActivityStatus,
    actorId: string,
    what: { action: string; progressUpdate: { before: string | null; after: string | null }; reason?: string },
  ): Promise<void> {
    const latest = (await latestProgress(manager, [activityId])).get(activityId);
    const correcting = what.action !== 'progress-reported';
    // A new report about an earlier day than the latest leaves the status as it is.
    if (!correcting && latest?.id !== what.progressUpdate.after) return;
    const after = latest?.status ?? NO_PROGRESS;
    if (after === before && !correcting) return;
    if (after !== before) {
      await manager.query('UPDATE plan_activities SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [activityId, after]);
    }
    await this.audit.record(manager, {
      entityType: 'plan-activity',
      entityId: activityId,
      action: what.action,
      actorId,
      changes: { ...(after !== before ? { status: { before, after } } : {}), progressUpdate: what.progressUpdate },
      reason: what.reason ?? null,
    });
  }
}
