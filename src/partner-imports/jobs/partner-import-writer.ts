import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../audit/audit.service.js';
import { DialogueDates } from '../../dialogue/dialogue-dates.js';
import type { Partner } from '../../partners/partner.entity.js';
import { changesBetween } from '../planning/row-rules.js';
import type { CommitDecision } from './commit-decisions.js';

type Created = Extract<CommitDecision, { result: 'created' }>;
type Updated = Extract<CommitDecision, { result: 'updated' }>;

/** Another writer created a partner with one of the chunk's external refs after it was planned: plan again. */
export class ChunkConflictError extends Error {
  constructor() {
    super('an external_ref of the chunk was taken while it was being written');
    this.name = 'ChunkConflictError';
  }
}

/** The partner columns a CSV row can set; everything else keeps its default (create) or value (update). */
const COLUMNS = [
  ['id', 'uuid'],
  ['name', 'text'],
  ['normalized_name', 'text'],
  ['legal_name', 'text'],
  ['alternative_names', 'varchar[]'],
  ['kind_id', 'uuid'],
  ['area_id', 'uuid'],
  ['address', 'text'],
  ['postcode', 'text'],
  ['website', 'text'],
  ['website_domain', 'text'],
  ['company_number', 'text'],
  ['charity_number', 'text'],
  ['description', 'text'],
  ['tags', 'text[]'],
  ['status', 'partner_status'],
  ['ended_at', 'timestamptz'],
  ['owner_id', 'uuid'],
  ['dialogue_cadence_days', 'int'],
  ['external_ref', 'text'],
] as const;
const RECORD_TYPE = COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');
const COLUMN_LIST = COLUMNS.map(([name]) => name).join(', ');

function rowOf(partner: Partner): Record<(typeof COLUMNS)[number][0], unknown> {
  return {
    id: partner.id,
    name: partner.name,
    normalized_name: partner.normalizedName,
    legal_name: partner.legalName,
    alternative_names: partner.alternativeNames,
    kind_id: partner.kindId,
    area_id: partner.areaId,
    address: partner.address,
    postcode: partner.postcode,
    website: partner.website,
    website_domain: partner.websiteDomain,
    company_number: partner.companyNumber,
    charity_number: partner.charityNumber,
    description: partner.description,
    tags: partner.tags,
    status: partner.status,
    ended_at: partner.endedAt,
    owner_id: partner.ownerId,
    dialogue_cadence_days: partner.dialogueCadenceDays,
    external_ref: partner.externalRef,
  };
}

interface Link {
  table: 'partner_priority_areas' | 'partner_themes' | 'partner_list_memberships';
  column: 'reference_id' | 'list_id';
  ids: (partner: Partner) => string[];
}

const LINKS: Link[] = [
  { table: 'partner_priority_areas', column: 'reference_id', ids: (p) => p.priorityAreas.map((e) => e.id) },
  { table: 'partner_themes', column: 'reference_id', ids: (p) => p.themes.map((e) => e.id) },
  { table: 'partner_list_memberships', column: 'list_id', ids: (p) => p.lists.map((l) => l.id) },
];

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Writes one chunk's decisions set-based: one INSERT for the new partners (with their dialogue due
 * date), one UPDATE for the changed ones, a few for their links, their dialogue dates, and one
 * INSERT of audit entries. Everything runs in the caller's transaction, with the row results, so a chunk is
 * written completely or not at all.
 */
@Injectable()
export class PartnerImportWriter {
  constructor(
    private readonly audit: AuditService,
    private readonly dialogueDates: DialogueDates,
  ) {}

  /** Returns the new partners' ids by row number. */
  async write(manager: EntityManager, decisions: CommitDecision[], context: { importId: string; actorId: string | null }): Promise<Map<number, string>> {
    const created = decisions.filter((d): d is Created => d.result === 'created');
    const updated = decisions.filter((d): d is Updated => d.result === 'updated');
    for (const decision of created) decision.partner.id = randomUUID();
    await this.insert(manager, created.map((d) => d.partner));
    await this.update(manager, updated.map((d) => d.partner));
    await this.replaceLinks(manager, created, updated);
    await this.dialogueDates.refresh(manager, updated.map((d) => d.partner.id));
    await this.audit.recordMany(manager, [...created, ...updated].map((d) => auditOf(d, context)));
    return new Map(created.map((d) => [d.rowNumber, d.partner.id]));
  }

  /** A new partner has no meetings: its dialogue is due its effective cadence after its creation (DialogueDates' rule). */
  private async insert(manager: EntityManager, partners: Partner[]): Promise<void> {
    if (partners.length === 0) return;
    const rows = partners.map((p) => ({ ...rowOf(p), cadence_days: this.dialogueDates.effectiveCadenceDays(p) }));
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO partners (${COLUMN_LIST}, dialogue_due_at, version)
       SELECT ${COLUMN_LIST}, now() + make_interval(days => r.cadence_days), 1
         FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPE}, cadence_days int)
       ON CONFLICT (external_ref) WHERE external_ref IS NOT NULL DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    if (inserted.length !== partners.length) throw new ChunkConflictError();
  }

  private async update(manager: EntityManager, partners: Partner[]): Promise<void> {
    if (partners.length === 0) return;
    const assignments = COLUMNS.filter(([name]) => name !== 'id').map(([name]) => `${name} = r.${name}`).join(', ');
    await manager.query(
      `UPDATE partners p SET ${assignments}, version = p.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPE})
        WHERE p.id = r.id`,
      [JSON.stringify(partners.map(rowOf))],
    );
  }

  /** New partners get their links; updated ones get theirs replaced where the set changed. */
  private async replaceLinks(manager: EntityManager, created: Created[], updated: Updated[]): Promise<void> {
    for (const link of LINKS) {
      const changed = updated.filter((d) => !sameSet(link.ids(d.before), link.ids(d.partner))).map((d) => d.partner);
      if (changed.length > 0) {
        await manager.query(`DELETE FROM ${link.table} WHERE partner_id = ANY($1::uuid[])`, [changed.map((p) => p.id)]);
      }
      const pairs = [...created.map((d) => d.partner), ...changed].flatMap((p) => link.ids(p).map((target) => [p.id, target]));
      if (pairs.length === 0) continue;
      await manager.query(`INSERT INTO ${link.table} (partner_id, ${link.column}) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
        pairs.map(([partnerId]) => partnerId),
        pairs.map(([, target]) => target),
      ]);
    }
  }
}

function auditOf(decision: Created | Updated, { importId, actorId }: { importId: string; actorId: string | null }): AuditRecord {
  const despite =
    decision.result === 'created' && decision.despiteDuplicates
      ? '; created despite possible duplicates'
      : decision.result === 'updated' && decision.matched
        ? '; applied to the partner it matched'
        : '';
  return {
    entityType: 'partner',
    entityId: decision.partner.id,
    action: decision.result,
    actorId,
    changes: decision.result === 'created' ? changesBetween(null, decision.partner) : decision.changes,
    reason: `CSV import ${importId}, row ${decision.rowNumber}${despite}`,
  };
}
