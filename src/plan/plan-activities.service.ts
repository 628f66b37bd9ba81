import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, LessThan, Not, type FindOptionsWhere } from 'typeorm';
import { InstitutionCalendar } from '../agreements/calendar.js';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { TransactionRunner } from '../database/transaction.js';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceDataService } from '../reference-data/reference-data.service.js';
import type { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { User } from '../users/user.entity.js';
import type { CreateActivityDto, UpdateActivityDto } from './dto/activity-write.dto.js';
import type { ActivityList, ActivityResponse, PartnerName } from './dto/activity.response.js';
import type { ListActivitiesQuery } from './dto/plan.query.js';
import { PlanActivity } from './plan-activity.entity.js';
import { linkedRecords } from './linked-records.js';
import { ActivityNotFoundError, UnknownOwnerError } from './plan.errors.js';
import { latestProgress, toProgressResponse } from './progress-history.js';
import type { ProgressUpdate } from './progress-update.entity.js';

const RELATIONS = { theme: true, owner: true, promises: true, outcomes: true, priorityAreas: true, leadPartners: true, partners: true } as const;
const codes = (entries: ReferenceEntry[] | undefined): Set<string> => new Set((entries ?? []).map((e) => e.code));
const refs = (entries: ReferenceEntry[]) => [...entries].sort((a, b) => a.sortOrder - b.sortOrder).map((e) => ({ code: e.code, label: e.label }));
const names = (partners: Partner[]): PartnerName[] => partners.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));

/** Plan activities with their progress updates. Officers and admins write; every change is audited. */
@Injectable()
export class PlanActivitiesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly calendar: InstitutionCalendar,
  ) {}

  list(query: ListActivitiesQuery): Promise<ActivityList> {
    return this.transactions.run(async ({ manager }) => {
      const where = await this.listFilter(manager, query);
      if (!where) return { items: [] };
      const activities = await manager.find(PlanActivity, {
        where,
        relations: RELATIONS,
        order: { targetDate: 'ASC', title: 'ASC', id: 'ASC' },
        take: 1000,
      });
      const latest = await latestProgress(manager, activities.map((a) => a.id));
      return { items: activities.map((a) => toActivityResponse(a, latest.get(a.id) ?? null)) };
    });
  }

  /** The list's filters as a find condition; null when no activity can match (an outcome nobody serves). */
  private async listFilter(manager: EntityManager, query: ListActivitiesQuery): Promise<FindOptionsWhere<PlanActivity> | null> {
    const where: FindOptionsWhere<PlanActivity> = {};
    if (query.theme) where.theme = { code: query.theme };
    if (query.priority) where.priority = query.priority;
    if (query.owner) where.ownerId = query.owner === 'none' ? IsNull() : query.owner;
    if (query.status) where.status = query.status;
    if (query.overdue === 'true') {
      where.targetDate = LessThan(this.calendar.today());
      if (!query.status) where.status = Not('done');
      else if (query.status === 'done') return null;
    }
    if (query.outcome) {
      // By id: a condition on the outcomes relation would also trim each activity's loaded outcomes to the one asked for.
      const rows = await manager.query<{ id: string }[]>(
        `SELECT o.activity_id AS id FROM plan_activity_outcomes o JOIN reference_entries r ON r.id = o.reference_id
          WHERE r.category = 'city-outcome' AND r.code = $1`,
        [query.outcome],
      );
      if (rows.length === 0) return null;
      where.id = In(rows.map((r) => r.id));
    }
    return where;
  }

  get(id: string): Promise<ActivityResponse> {
    return this.transactions.run(({ manager }) => this.view(manager, id));
  }

  create(dto: CreateActivityDto, actorId: string): Promise<ActivityResponse> {
    return this.transactions.run(async ({ manager }) => {
      const activity = manager.create(PlanActivity, { promises: [], outcomes: [], priorityAreas: [], leadPartners: [], partners: [] });
      activity.priority = dto.priority ?? 'current';
      activity.status = dto.status ?? 'not-started';
      await this.apply(manager, activity, dto);
      const saved = await manager.save(activity);
      const view = await this.view(manager, saved.id);
      await this.audit.record(manager, { entityType: 'plan-activity', entityId: saved.id, action: 'created', actorId, changes: diffSnapshots({}, snapshot(view)) });
      return view;
    });
  }

  update(id: string, dto: UpdateActivityDto, expectedVersion: number, actorId: string): Promise<ActivityResponse> {
    return this.transactions.run(async ({ manager }) => {
      const activity = await this.lockAndLoad(manager, id);
      assertVersion('PLAN.VERSION_CONFLICT', expectedVersion, activity.version);
      const before = snapshot(await this.view(manager, id));
      if (dto.priority !== undefined) activity.priority = dto.priority;
      if (dto.status !== undefined) activity.status = dto.status;
      await this.apply(manager, activity, dto);
      await manager.save(activity);
      let view = await this.view(manager, id);
      const changes = diffSnapshots(before, snapshot(view));
      if (Object.keys(changes).length === 0) return view;
      if (view.version === expectedVersion) {
        await manager.query('UPDATE plan_activities SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
        view = await this.view(manager, id);
      }
      await this.audit.record(manager, { entityType: 'plan-activity', entityId: id, action: 'updated', actorId, changes, reason: dto.reason });
      return view;
    });
  }

  private async apply(manager: EntityManager, activity: PlanActivity, input: Omit<UpdateActivityDto, 'reason'>): Promise<void> {
    if (input.title !== undefined) activity.title = input.title.trim();
    if (input.description !== undefined) activity.description = input.description;
    if (input.targetDate !== undefined) activity.targetDate = input.targetDate;
    const resolve = this.referenceData.resolve.bind(this.referenceData, manager);
    if (input.theme !== undefined) {
      [activity.theme] = await resolve('theme', 'theme', [input.theme], new Set(activity.theme ? [activity.theme.code] : []));
      activity.themeId = activity.theme.id;
    }
    if (input.promises !== undefined) activity.promises = await resolve('promises', 'promise', input.promises, codes(activity.promises));
    if (input.outcomes !== undefined) activity.outcomes = await resolve('outcomes', 'city-outcome', input.outcomes, codes(activity.outcomes));
    if (input.priorityAreas !== undefined) {
      activity.priorityAreas = await resolve('priorityAreas', 'priority-area', input.priorityAreas, codes(activity.priorityAreas));
    }
    if (input.leadPartners !== undefined) activity.leadPartners = await linkedRecords(manager, Partner, 'leadPartners', input.leadPartners);
    if (input.partners !== undefined) activity.partners = await linkedRecords(manager, Partner, 'partners', input.partners);
    if (input.ownerId !== undefined) {
      if (input.ownerId !== null && !(await manager.exists(User, { where: { id: input.ownerId, isActive: true } }))) throw new UnknownOwnerError();
      activity.ownerId = input.ownerId;
      activity.owner = null;
    }
  }

  private async view(manager: EntityManager, id: string): Promise<ActivityResponse> {
    const activity = await manager.findOne(PlanActivity, { where: { id }, relations: RELATIONS });
    if (!activity) throw new ActivityNotFoundError();
    return toActivityResponse(activity, (await latestProgress(manager, [id])).get(id) ?? null);
  }

  private async lockAndLoad(manager: EntityManager, id: string): Promise<PlanActivity> {
    const locked = await manager.findOne(PlanActivity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new ActivityNotFoundError();
    return manager.findOneOrFail(PlanActivity, { where: { id }, relations: RELATIONS });
  }

}

function toActivityResponse(activity: PlanActivity, latest: ProgressUpdate | null): ActivityResponse {
  return {
    id: activity.id,
    title: activity.title,
    description: activity.description,
    theme: { code: activity.theme.code, label: activity.theme.label },
    priority: activity.priority,
    status: activity.status,
    owner: activity.owner ? { id: activity.owner.id, displayName: activity.owner.displayName } : null,
    targetDate: activity.targetDate,
    promises: refs(activity.promises),
    outcomes: refs(activity.outcomes),
    priorityAreas: refs(activity.priorityAreas),
    leadPartners: names(activity.leadPartners),
    partners: names(activity.partners),
    latestProgress: latest ? toProgressResponse(latest) : null,
    version: activity.version,
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
  };
}

/** What the audit trail compares: codes and ids rather than labels. */
function snapshot(view: ActivityResponse): Record<string, unknown> {
  return {
    title: view.title,
    description: view.description,
    theme: view.theme.code,
    priority: view.priority,
    status: view.status,
    ownerId: view.owner?.id ?? null,
    targetDate: view.targetDate,
    promises: view.promises.map((r) => r.code),
    outcomes: view.outcomes.map((r) => r.code),
    priorityAreas: view.priorityAreas.map((r) => r.code),
    leadPartners: view.leadPartners.map((p) => p.id),
    partners: view.partners.map((p) => p.id),
  };
}
