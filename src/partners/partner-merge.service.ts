import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import { auditSnapshot, toPartnerResponse, type PartnerResponse } from './dto/partner.response.js';
import type { Partner } from './partner.entity.js';
import { CannotMergeError } from './partners.errors.js';
import { PartnersService } from './partners.service.js';
import { distinctNames } from './partner-writer.js';

/**
 * Tables whose rows belong to a partner and move to the survivor on merge. Features that add
 * partner-owned rows (meetings, agreements, signatures) add their table here.
 */
export const PARTNER_OWNED_ROWS: readonly { table: string; column: string; uniqueWith?: string }[] = [
  { table: 'contacts', column: 'partner_id' },
  { table: 'contact_affiliations', column: 'partner_id' },
  // Join tables keyed by (x, partner): a row the survivor already has is dropped, the rest move.
  { table: 'meeting_partners', column: 'partner_id', uniqueWith: 'meeting_id' },
  { table: 'agreement_parties', column: 'partner_id', uniqueWith: 'agreement_id' },
  { table: 'plan_activity_lead_partners', column: 'partner_id', uniqueWith: 'activity_id' },
  { table: 'plan_activity_partners', column: 'partner_id', uniqueWith: 'activity_id' },
  { table: 'case_study_partners', column: 'partner_id', uniqueWith: 'case_study_id' },
  // An organisation's pledge signatures follow its partner record.
  { table: 'signatures', column: 'partner_id' },
];

const FILLABLE: readonly (keyof Partner)[] = [
  'legalName',
  'address',
  'postcode',
  'website',
  'websiteDomain',
  'companyNumber',
  'charityNumber',
  'description',
  'ownerId',
  'dialogueCadenceDays',
];

const unionBy = <T>(a: T[], b: T[], key: (x: T) => string): T[] => [...new Map([...a, ...b].map((x) => [key(x), x])).values()];

@Injectable()
export class PartnerMergeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
    private readonly dialogueDates: DialogueDates,
    private readonly consents: ConsentLedger,
  ) {}

  /** Moves everything of `duplicateId` to `survivorId`, fills the survivor's gaps, archives the duplicate. */
  merge(survivorId: string, duplicateId: string, actorId: string, reason?: string): Promise<PartnerResponse> {
    if (survivorId === duplicateId) throw new CannotMergeError('A partner cannot be merged into itself.');
    return this.transactions.run(async ({ manager }) => {
      // Lock in id order so two opposite merges cannot deadlock.
      const [first, second] = [survivorId, duplicateId].sort();
      const locked = new Map<string, Partner>();
      for (const id of [first, second]) locked.set(id, await this.partners.lockAndLoad(manager, id));
      const survivor = locked.get(survivorId) as Partner;
      const duplicate = locked.get(duplicateId) as Partner;
      if (survivor.archivedAt) throw new CannotMergeError('The surviving partner is archived; restore it first.');
      if (duplicate.mergedIntoId) throw new CannotMergeError('The duplicate was already merged into another partner.');
      const before = auditSnapshot(toPartnerResponse(survivor));
      const moved = await this.moveOwnedRows(manager, survivorId, duplicateId);
      const consentBefore = survivor.publicListingConsent;
      this.absorb(survivor, duplicate);
      // The survivor carries the duplicate's listing consent forward: the ledger says where it came from.
      await this.consents.recordChange(manager, consentBefore, survivor.publicListingConsent, {
        subjectType: 'partner',
        subjectId: survivorId,
        purpose: CONSENT_PURPOSES.publicListing,
        source: 'staff',
        actorId,
        details: { mergedFrom: duplicateId },
      });
      await this.retire(manager, duplicate.id, survivorId);
      // The survivor answers to the duplicate's external reference too, so re-imports match it.
      survivor.externalRef ??= duplicate.externalRef;
      const previousVersion = survivor.version;
      await manager.save(survivor);
      await this.dialogueDates.refresh(manager, [survivorId, duplicateId]);
      let view = toPartnerResponse(await this.partners.load(manager, survivorId));
      if (view.version === previousVersion) view = await this.partners.bumpVersion(manager, survivorId);
      await this.audit.recordMany(manager, [
        {
          entityType: 'partner',
          entityId: survivorId,
          action: 'merged',
          actorId,
          changes: { ...diffSnapshots(before, auditSnapshot(view)), mergedFrom: { before: null, after: { id: duplicateId, moved } } },
          reason,
        },
        {
          entityType: 'partner',
          entityId: duplicateId,
          action: 'merged-into',
          actorId,
          changes: { mergedIntoId: { before: null, after: survivorId } },
          reason,
        },
      ]);
      return view;
    });
  }

  private async moveOwnedRows(manager: EntityManager, survivorId: string, duplicateId: string): Promise<Record<string, number>> {
    // Keep the survivor's primary contact; the duplicate's primary becomes an ordinary contact.
    await manager.query(
      `UPDATE contacts SET is_primary = false
        WHERE partner_id = $2 AND is_primary
          AND EXISTS (SELECT 1 FROM contacts WHERE partner_id = $1 AND is_primary AND archived_at IS NULL)`,
      [survivorId, duplicateId],
    );
    const moved: Record<string, number> = {};
    for (const { table, column, uniqueWith } of PARTNER_OWNED_ROWS) {
      if (uniqueWith) {
        await manager.query(
          `DELETE FROM ${table} d WHERE d.${column} = $2
              AND EXISTS (SELECT 1 FROM ${table} s WHERE s.${column} = $1 AND s.${uniqueWith} = d.${uniqueWith})`,
          [survivorId, duplicateId],
        );
      }
      const [, count] = await manager.query<[unknown, number]>(`UPDATE ${table} SET ${column} = $1 WHERE ${column} = $2`, [
        survivorId,
        duplicateId,
      ]);
      moved[table] = count;
    }
    return moved;
  }

  private absorb(survivor: Partner, duplicate: Partner): void {
    // Field-by-field copy over a fixed list of nullable columns.
    const target = survivor as unknown as Record<string, unknown>;
    const source = duplicate as unknown as Record<string, unknown>;
    for (const field of FILLABLE) if (target[field] === null && source[field] !== null) target[field] = source[field];
    survivor.priorityAreas = unionBy(survivor.priorityAreas, duplicate.priorityAreas, (e) => e.id);
    survivor.themes = unionBy(survivor.themes, duplicate.themes, (e) => e.id);
    survivor.lists = unionBy(survivor.lists, duplicate.lists, (l) => l.id);
    survivor.tags = [...new Set([...survivor.tags, ...duplicate.tags])];
    // The duplicate's name stays findable: people will go on typing it.
    survivor.alternativeNames = distinctNames([...survivor.alternativeNames, duplicate.name, ...duplicate.alternativeNames])
      .filter((name) => name.toLowerCase() !== survivor.name.toLowerCase())
      .slice(0, 20);
    if (!survivor.publicListingConsent && duplicate.publicListingConsent) {
      survivor.publicListingConsent = true;
      survivor.publicListingConsentAt = duplicate.publicListingConsentAt;
      survivor.publicListingConsentBy = duplicate.publicListingConsentBy;
      survivor.publicFields = duplicate.publicFields;
    }
  }

  private async retire(manager: EntityManager, duplicateId: string, survivorId: string): Promise<void> {
    await manager.query(
      `UPDATE partners SET archived_at = coalesce(archived_at, now()), merged_into_id = $2, external_ref = NULL,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [duplicateId, survivorId],
    );
  }
}
