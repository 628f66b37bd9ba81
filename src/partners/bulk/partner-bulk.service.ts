import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../audit/audit.service.js';
import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import { TransactionRunner } from '../../database/transaction.js';
import { DialogueDates } from '../../dialogue/dialogue-dates.js';
import { User } from '../../users/user.entity.js';
import type { BulkAssignOwnerDto, BulkListDto, BulkPartnersDto, BulkPartnersResult, BulkTagDto } from '../dto/partner-bulk.dto.js';
import type { OwnerValue } from '../dto/partner.response.js';
import { PartnerList } from '../partner-list.entity.js';
import { BulkArchivedPartnersError, BulkUnknownPartnersError, TooManyTagsError, UnknownOwnerError, UnknownPartnerListError } from '../partners.errors.js';

/** As the partner form allows (CreatePartnerDto.tags). */
const MAX_TAGS = 30;

/** A selected partner, locked, with what a bulk change may touch. */
interface LockedPartner {
  id: string;
  owner: OwnerValue | null;
  tags: string[];
  lists: string[];
}

/** What one change does to the locked partners: the ids it changed and each one's audited difference. */
type BulkChange = (manager: EntityManager, partners: LockedPartner[]) => Promise<Map<string, FieldChanges>>;

/**
 * Changes many partners at once from the list's selection: in one transaction, all or nothing (an unknown or
 * archived partner refuses the whole request), each changed partner's version moved and an audit entry written
 * for it as a single edit would. Rows are locked in id order, so concurrent bulk and single edits cannot deadlock
 * or lose a change.
 */
@Injectable()
export class PartnerBulkService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly dialogueDates: DialogueDates,
  ) {}

  assignOwner(dto: BulkAssignOwnerDto, actorId: string): Promise<BulkPartnersResult> {
    return this.apply(dto, actorId, async (manager, partners) => {
      const owner = await resolveOwner(manager, dto.ownerId);
      const changed = partners.filter((p) => (p.owner?.id ?? null) !== (owner?.id ?? null));
      await manager.query('UPDATE partners SET owner_id = $2 WHERE id = ANY($1::uuid[])', [changed.map((p) => p.id), owner?.id ?? null]);
      return new Map(changed.map((p) => [p.id, { owner: { before: p.owner, after: owner } }]));
    });
  }

  addToList(dto: BulkListDto, actorId: string): Promise<BulkPartnersResult> {
    return this.apply(dto, actorId, async (manager, partners) => {
      const list = await resolveList(manager, dto.list);
      const changed = partners.filter((p) => !p.lists.includes(list.code));
      const ids = changed.map((p) => p.id);
      await manager.query('INSERT INTO partner_list_memberships (partner_id, list_id) SELECT unnest($1::uuid[]), $2', [ids, list.id]);
      // A list may carry a default cadence: the due dates follow.
      await this.dialogueDates.refresh(manager, ids);
      return new Map(changed.map((p) => [p.id, { lists: { before: p.lists, after: [...p.lists, list.code].sort() } }]));
    });
  }

  removeFromList(dto: BulkListDto, actorId: string): Promise<BulkPartnersResult> {
    return this.apply(dto, actorId, async (manager, partners) => {
      const list = await resolveList(manager, dto.list);
      const changed = partners.filter((p) => p.lists.includes(list.code));
      const ids = changed.map((p) => p.id);
      await manager.query('DELETE FROM partner_list_memberships WHERE partner_id = ANY($1::uuid[]) AND list_id = $2', [ids, list.id]);
      await this.dialogueDates.refresh(manager, ids);
      return new Map(changed.map((p) => [p.id, { lists: { before: p.lists, after: p.lists.filter((c) => c !== list.code) } }]));
    });
  }

  addTag(dto: BulkTagDto, actorId: string): Promise<BulkPartnersResult> {
    const tag = dto.tag.trim().toLowerCase();
    return this.apply(dto, actorId, async (manager, partners) => {
      const changed = partners.filter((p) => !p.tags.includes(tag));
      const full = changed.filter((p) => p.tags.length >= MAX_TAGS);
      if (full.length > 0) throw new TooManyTagsError(full.map((p) => p.id), MAX_TAGS);
      await manager.query('UPDATE partners SET tags = array_append(tags, $2) WHERE id = ANY($1::uuid[])', [changed.map((p) => p.id), tag]);
      return new Map(changed.map((p) => [p.id, { tags: { before: p.tags, after: [...p.tags, tag] } }]));
    });
  }

  private apply(dto: BulkPartnersDto, actorId: string, change: BulkChange): Promise<BulkPartnersResult> {
    return this.transactions.run(async ({ manager }) => {
      const partners = await lockPartners(manager, dto.partnerIds);
      const changes = await change(manager, partners);
      const changed = dto.partnerIds.filter((id) => changes.has(id));
      if (changed.length > 0) {
        await manager.query('UPDATE partners SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [changed]);
        const entries: AuditRecord[] = changed.map((id) => ({
          entityType: 'partner',
          entityId: id,
          action: 'updated',
          actorId,
          changes: changes.get(id),
          reason: dto.reason ?? 'bulk change from the partner list',
        }));
        await this.audit.recordMany(manager, entries);
      }
      return { changed, unchanged: dto.partnerIds.filter((id) => !changes.has(id)) };
    });
  }
}

/** Locks the named partners in id order; every one must exist and be live, or nothing happens. */
async function lockPartners(manager: EntityManager, ids: string[]): Promise<LockedPartner[]> {
  const rows = await manager.query<{ id: string; owner_id: string | null; owner_name: string | null; tags: string[]; lists: string[]; archived: boolean }[]>(
    `SELECT p.id, p.owner_id, u.display_name AS owner_name, p.tags, p.archived_at IS NOT NULL AS archived,
            ARRAY(SELECT l.code FROM partner_list_memberships j JOIN partner_lists l ON l.id = j.list_id
                   WHERE j.partner_id = p.id ORDER BY l.code) AS lists
       FROM partners p LEFT JOIN users u ON u.id = p.owner_id
      WHERE p.id = ANY($1::uuid[])
      ORDER BY p.id
        FOR UPDATE OF p`,
    [ids],
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new BulkUnknownPartnersError(missing);
  const archived = rows.filter((r) => r.archived).map((r) => r.id);
  if (archived.length > 0) throw new BulkArchivedPartnersError(archived);
  return rows.map((r) => ({
    id: r.id,
    owner: r.owner_id ? { id: r.owner_id, displayName: r.owner_name ?? '' } : null,
    tags: r.tags,
    lists: r.lists,
  }));
}

async function resolveOwner(manager: EntityManager, ownerId: string | null): Promise<OwnerValue | null> {
  if (ownerId === null) return null;
  const user = await manager.findOne(User, { where: { id: ownerId, isActive: true } });
  if (!user) throw new UnknownOwnerError();
  return { id: user.id, displayName: user.displayName };
}

async function resolveList(manager: EntityManager, code: string): Promise<PartnerList> {
  const list = await manager.findOne(PartnerList, { where: { code } });
  if (!list) throw new UnknownPartnerListError([code]);
  return list;
}
