import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, type FieldChanges } from './audit-entry.entity.js';
import { toAuditEntryResponse, type AuditEntryResponse } from './dto/audit-entry.response.js';

export type AuditedEntity =
  | 'partner'
  | 'contact'
  | 'reference-entry'
  | 'partner-list'
  | 'user'
  | 'meeting'
  | 'action'
  | 'agreement'
  | 'pledge'
  | 'signature'
  | 'plan-activity'
  | 'quarterly-update'
  /** A saved partner-import mapping. */
  | 'import-mapping'
  /** An outbox mail (a staff resend). */
  | 'mail'
  /** An erased person, by a uuid derived from their keyed hash (see data-protection/subject-hash.ts). */
  | 'data-subject';

export interface AuditRecord {
  entityType: AuditedEntity;
  entityId: string;
  action: string;
  actorId: string | null;
  changes?: FieldChanges;
  reason?: string | null;
}

/** Field-by-field differences between two plain snapshots (only fields whose value changed). */
export function diffSnapshots(beforeSnapshot: object, afterSnapshot: object): FieldChanges {
  const before = beforeSnapshot as Record<string, unknown>;
  const after = afterSnapshot as Record<string, unknown>;
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}

/** Writes audit entries inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return this.recordMany(manager, [entry]);
  }

  /** One statement however many entries (a bulk import records thousands). */
  async recordMany(manager: EntityManager, entries: AuditRecord[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((e) => ({
      entity_type: e.entityType,
      entity_id: e.entityId,
      action: e.action,
      actor_id: e.actorId,
      changes: e.changes ?? {},
      reason: e.reason ?? null,
    }));
    await manager.query(
      `INSERT INTO audit_entries (entity_type, entity_id, action, actor_id, changes, reason)
       SELECT entity_type, entity_id, action, actor_id, changes, reason
         FROM jsonb_to_recordset($1::jsonb) AS r(entity_type varchar, entity_id uuid, action varchar, actor_id uuid, changes jsonb, reason text)`,
      [JSON.stringify(rows)],
    );
  }

  /** Newest first, keyset-paginated by (occurred_at, id). */
  history(entityType: AuditedEntity, entityId: string, limit: number, before?: { at: Date; id: string }): Promise<AuditEntry[]> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.entityType = :entityType AND a.entityId = :entityId', { entityType, entityId })
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (before) query.andWhere('(a.occurredAt, a.id) < (:at, :id)', { at: before.at, id: before.id });
    return query.getMany();
  }

  /** A record's trail as the API answers it, newest first, each entry with its actor's display name. */
  async trail(entityType: AuditedEntity, entityId: string, limit: number): Promise<AuditEntryResponse[]> {
    const entries = await this.history(entityType, entityId, limit);
    const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null))];
    const names = new Map<string, string>();
    if (actorIds.length > 0) {
      const rows = await this.dataSource.query<{ id: string; display_name: string }[]>('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])', [actorIds]);
      for (const row of rows) names.set(row.id, row.display_name);
    }
    return entries.map((e) => toAuditEntryResponse(e, e.actorId ? (names.get(e.actorId) ?? null) : null));
  }
}
