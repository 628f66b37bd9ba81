import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { TransactionRunner } from '../database/transaction.js';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import type { CreateMeetingDto, UpdateMeetingDto } from './dto/meeting-write.dto.js';
import { toMeetingResponse, type MeetingResponse } from './dto/meeting.response.js';
import { MeetingAction } from './meeting-action.entity.js';
import { MeetingLog } from './meeting-log.entity.js';
import { MeetingWriter } from './meeting-writer.js';
import { MeetingNotFoundError } from './meetings.errors.js';

const RELATIONS = { partners: true, staff: true, contacts: true, priorityAreas: true, themes: true } as const;
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'actions']);
const snapshot = (view: MeetingResponse): Record<string, unknown> =>
  Object.fromEntries(Object.entries(view).filter(([key]) => !BOOKKEEPING.has(key)));

/**
 * Meeting logs. Every write locks the partners involved, then recomputes their dialogue dates in
 * the same transaction, so last-dialogue dates stay right under concurrent writes, edits and deletes.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: MeetingWriter,
    private readonly dialogueDates: DialogueDates,
    private readonly audit: AuditService,
  ) {}

  get(id: string): Promise<MeetingResponse> {
    return this.transactions.run(({ manager }) => this.view(manager, id));
  }

  create(dto: CreateMeetingDto, actorId: string): Promise<MeetingResponse> {
    return this.transactions.run(async ({ manager }) => {
      await this.dialogueDates.lockPartners(manager, dto.partnerIds);
      const meeting = manager.create(MeetingLog, { createdBy: actorId, staff: [], contacts: [], priorityAreas: [], themes: [], partners: [] });
      await this.writer.apply(manager, meeting, dto);
      const saved = await manager.save(meeting);
      if (dto.actions && dto.actions.length > 0) {
        const owners = dto.actions.map((a) => a.ownerId).filter((id): id is string => Boolean(id));
        await this.writer.staff(manager, owners, 'actions.ownerId', true);
        await manager.insert(
          MeetingAction,
          dto.actions.map((a) => ({ meetingId: saved.id, description: a.description, ownerId: a.ownerId ?? null, dueDate: a.dueDate ?? null })),
        );
      }
      await this.dialogueDates.refresh(manager, dto.partnerIds);
      const view = await this.view(manager, saved.id);
      await this.audit.record(manager, { entityType: 'meeting', entityId: saved.id, action: 'created', actorId, changes: diffSnapshots({}, snapshot(view)) });
      return view;
    });
  }

  update(id: string, dto: UpdateMeetingDto, expectedVersion: number, actorId: string): Promise<MeetingResponse> {
    return this.transactions.run(async ({ manager }) => {
      const meeting = await this.lockAndLoad(manager, id);
      assertVersion('MEETING.VERSION_CONFLICT', expectedVersion, meeting.version);
      const affected = [...meeting.partners.map((p) => p.id), ...(dto.partnerIds ?? [])];
      await this.dialogueDates.lockPartners(manager, affected);
      const before = snapshot(await this.view(manager, id));
      await this.writer.apply(manager, meeting, dto);
      await manager.save(meeting);
      // Join-table-only edits must still move the version.
      await manager.query('UPDATE meeting_logs SET version = $2 + 1, updated_at = now() WHERE id = $1', [id, expectedVersion]);
      await this.dialogueDates.refresh(manager, affected);
      const view = await this.view(manager, id);
      const changes = diffSnapshots(before, snapshot(view));
      await this.audit.record(manager, { entityType: 'meeting', entityId: id, action: 'updated', actorId, changes, reason: dto.reason });
      return view;
    });
  }

  delete(id: string, expectedVersion: number, actorId: string, reason?: string): Promise<void> {
    return this.transactions.run(async ({ manager }) => {
      const meeting = await this.lockAndLoad(manager, id);
      assertVersion('MEETING.VERSION_CONFLICT', expectedVersion, meeting.version);
      const affected = meeting.partners.map((p) => p.id);
      await this.dialogueDates.lockPartners(manager, affected);
      const before = snapshot(await this.view(manager, id));
      await manager.delete(MeetingLog, { id });
      await this.dialogueDates.refresh(manager, affected);
      await this.audit.record(manager, { entityType: 'meeting', entityId: id, action: 'deleted', actorId, changes: diffSnapshots(before, {}), reason });
    });
  }

  async view(manager: EntityManager, id: string): Promise<MeetingResponse> {
    const meeting = await manager.findOne(MeetingLog, { where: { id }, relations: RELATIONS });
    if (!meeting) throw new MeetingNotFoundError();
    const actions = await manager.find(MeetingAction, { where: { meetingId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return toMeetingResponse(meeting, actions);
  }

  private async lockAndLoad(manager: EntityManager, id: string): Promise<MeetingLog> {
    const locked = await manager.findOne(MeetingLog, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new MeetingNotFoundError();
    return manager.findOneOrFail(MeetingLog, { where: { id }, relations: RELATIONS });
  }
}
