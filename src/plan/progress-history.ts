import { IsNull, type EntityManager } from 'typeorm';
import type { ProgressUpdateResponse } from './dto/activity.response.js';
import { ProgressUpdate } from './progress-update.entity.js';

/** The latest progress update of each activity that stands (not withdrawn): by reported day, then by when it was written. */
export async function latestProgress(manager: EntityManager, ids: string[]): Promise<Map<string, ProgressUpdate>> {
  if (ids.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder(ProgressUpdate, 'u')
    .distinctOn(['u.activityId'])
    .where('u.activityId IN (:...ids)', { ids })
    .andWhere('u.withdrawnAt IS NULL')
    .orderBy('u.activityId')
    .addOrderBy('u.reportedOn', 'DESC')
    .addOrderBy('u.createdAt', 'DESC')
    .getMany();
  return new Map(rows.map((row) => [row.activityId, row]));
}

/** Every update of an activity, withdrawn ones included (the timeline shows them struck through), latest first. */
export async function progressHistory(manager: EntityManager, activityId: string): Promise<ProgressUpdateResponse[]> {
  const updates = await manager.find(ProgressUpdate, { where: { activityId }, order: { reportedOn: 'DESC', createdAt: 'DESC' } });
  const correctedBy = new Map(updates.filter((u) => u.correctsId).map((u) => [u.correctsId as string, u.id]));
  return updates.map((u) => toProgressResponse(u, correctedBy.get(u.id) ?? null));
}

export async function standingUpdate(manager: EntityManager, activityId: string, id: string): Promise<ProgressUpdate | null> {
  return manager.findOne(ProgressUpdate, { where: { id, activityId, withdrawnAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
}

export function toProgressResponse(update: ProgressUpdate, correctedById: string | null = null): ProgressUpdateResponse {
  return {
    id: update.id,
    reportedOn: update.reportedOn,
    status: update.status,
    summary: update.summary,
    evidenceLinks: update.evidenceLinks,
    authorId: update.authorId,
    createdAt: update.createdAt.toISOString(),
    withdrawnAt: update.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: update.withdrawalReason,
    correctsId: update.correctsId,
    correctedById,
  };
}
