import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { User } from '../users/user.entity.js';
import type { CreateActionDto, UpdateActionDto } from './dto/meeting-write.dto.js';
import { toActionResponse, type ActionResponse } from './dto/meeting.response.js';
import { MeetingAction } from './meeting-action.entity.js';
import { MeetingLog } from './meeting-log.entity.js';
import { ActionNotFoundError, MeetingNotFoundError, MeetingReferenceError } from './meetings.errors.js';

/** Follow-up actions: added to a meeting, then moved between open, done and dropped. */
@Injectable()
export class MeetingActionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  add(meetingId: string, dto: CreateActionDto, actorId: string): Promise<ActionResponse> {
    return this.transactions.run(async ({ manager }) => {
      if (!(await manager.existsBy(MeetingLog, { id: meetingId }))) throw new MeetingNotFoundError();
      await this.checkOwner(manager, dto.ownerId);
      const action = await manager.save(
        manager.create(MeetingAction, { meetingId, description: dto.description, ownerId: dto.ownerId ?? null, dueDate: dto.dueDate ?? null }),
      );
      const view = toActionResponse(action);
      await this.audit.record(manager, { entityType: 'action', entityId: action.id, action: 'created', actorId, changes: diffSnapshots({}, view) });
      return view;
    });
  }

  update(id: string, dto: UpdateActionDto, actorId: string): Promise<ActionResponse> {
    return this.transactions.run(async ({ manager }) => {
      const action = await manager.findOne(MeetingAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw new ActionNotFoundError();
      if (dto.ownerId !== undefined) await this.checkOwner(manager, dto.ownerId);
      const before = toActionResponse(action);
      if (dto.description !== undefined) action.description = dto.description;
      if (dto.ownerId !== undefined) action.ownerId = dto.ownerId;
      if (dto.dueDate !== undefined) action.dueDate = dto.dueDate;
      if (dto.status !== undefined && dto.status !== action.status) {
        action.status = dto.status;
        action.closedAt = dto.status === 'open' ? null : new Date();
      }
      const view = toActionResponse(await manager.save(action));
      const changes = diffSnapshots(before, view);
      if (Object.keys(changes).length > 0) await this.audit.record(manager, { entityType: 'action', entityId: id, action: 'updated', actorId, changes });
      return view;
    });
  }

  private async checkOwner(manager: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (!ownerId) return;
    if (!(await manager.existsBy(User, { id: ownerId, isActive: true }))) {
      throw new MeetingReferenceError('ownerId', 'must be an active staff user', [ownerId]);
    }
  }
}
