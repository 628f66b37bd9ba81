import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { TransactionRunner } from '../database/transaction.js';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import type { CreatePartnerDto, UpdatePartnerDto } from './dto/partner-write.dto.js';
import { auditSnapshot, toPartnerResponse, type PartnerResponse } from './dto/partner.response.js';
import { findDuplicateCandidates } from './partner-duplicates.js';
import { PartnerWriter } from './partner-writer.js';
import { Partner } from './partner.entity.js';
import { ExternalRefTakenError, PartnerArchivedError, PartnerNotFoundError, PossibleDuplicateError } from './partners.errors.js';

const UNIQUE_VIOLATION = '23505';
const VIEW_RELATIONS = { kind: true, area: true, owner: true, priorityAreas: true, themes: true, lists: true } as const;

@Injectable()
export class PartnersService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: PartnerWriter,
    private readonly audit: AuditService,
    private readonly dialogueDates: DialogueDates,
    private readonly consents: ConsentLedger,
  ) {}

  get(id: string): Promise<PartnerResponse> {
    return this.transactions.run(async ({ manager }) => toPartnerResponse(await this.load(manager, id)));
  }

  /** Creates a partner unless it looks like an existing one (409 with candidates) and the caller has not confirmed. */
  create(dto: CreatePartnerDto, actorId: string): Promise<PartnerResponse> {
    return this.withConstraintErrors(() =>
      this.transactions.run(async ({ manager }) => {
        const partner = manager.create(Partner, { tags: [], publicFields: [], priorityAreas: [], themes: [], lists: [] });
        await this.writer.apply(manager, partner, dto, actorId);
        // Serialise creates of the same name so two concurrent submissions cannot both pass the check.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`partner:${partner.normalizedName}`]);
        if (!dto.confirmNotDuplicate) {
          const candidates = await findDuplicateCandidates(manager, partner);
          if (candidates.length > 0) throw new PossibleDuplicateError(candidates);
        }
        const saved = await manager.save(partner);
        await this.recordListingConsent(manager, saved, false, actorId);
        await this.dialogueDates.refresh(manager, [saved.id]);
        const view = toPartnerResponse(await this.load(manager, saved.id));
        await this.audit.record(manager, {
          entityType: 'partner',
          entityId: saved.id,
          action: 'created',
          actorId,
          changes: diffSnapshots({}, auditSnapshot(view)),
          reason: dto.confirmNotDuplicate ? 'created despite possible duplicates' : null,
        });
        return view;
      }),
    );
  }

  /** Applies a partial update if `expectedVersion` is current (else 412), and audits the difference. */
  update(id: string, dto: UpdatePartnerDto, expectedVersion: number, actorId: string): Promise<PartnerResponse> {
    return this.withConstraintErrors(() =>
      this.transactions.run(async ({ manager }) => {
        const partner = await this.lockAndLoad(manager, id);
        assertVersion('PARTNER.VERSION_CONFLICT', expectedVersion, partner.version);
        if (partner.archivedAt) throw new PartnerArchivedError();
        const before = auditSnapshot(toPartnerResponse(partner));
        const consentBefore = partner.publicListingConsent;
        await this.writer.apply(manager, partner, dto, actorId);
        await manager.save(partner);
        await this.recordListingConsent(manager, partner, consentBefore, actorId);
        // Cadence, lists or kind may have changed the due date.
        await this.dialogueDates.refresh(manager, [id]);
        let view = toPartnerResponse(await this.load(manager, id));
        const changes = diffSnapshots(before, auditSnapshot(view));
        if (Object.keys(changes).length === 0) return view;
        if (view.version === expectedVersion) view = await this.bumpVersion(manager, id);
        await this.audit.record(manager, { entityType: 'partner', entityId: id, action: 'updated', actorId, changes, reason: dto.reason });
        return view;
      }),
    );
  }

  archive(id: string, actorId: string, reason?: string): Promise<PartnerResponse> {
    return this.setArchived(id, true, actorId, reason);
  }

  restore(id: string, actorId: string, reason?: string): Promise<PartnerResponse> {
    return this.setArchived(id, false, actorId, reason);
  }

  /** Loads a partner with everything its response shows. */
  async load(manager: EntityManager, id: string): Promise<Partner> {
    const partner = await manager.findOne(Partner, { where: { id }, relations: VIEW_RELATIONS });
    if (!partner) throw new PartnerNotFoundError();
    return partner;
  }

  /** Row lock first (FOR UPDATE cannot cover outer joins), then the full record. */
  async lockAndLoad(manager: EntityManager, id: string): Promise<Partner> {
    const locked = await manager.findOne(Partner, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new PartnerNotFoundError();
    return this.load(manager, id);
  }

  /** Only join-table rows changed (lists, themes...): the record's version must still move. */
  async bumpVersion(manager: EntityManager, id: string): Promise<PartnerResponse> {
    await manager.query('UPDATE partners SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
    return toPartnerResponse(await this.load(manager, id));
  }

  /** Staff recorded (or cleared) the organisation's consent to be listed publicly: an event beside the flag. */
  private recordListingConsent(manager: EntityManager, partner: Partner, before: boolean, actorId: string): Promise<void> {
    return this.consents.recordChange(manager, before, partner.publicListingConsent, {
      subjectType: 'partner',
      subjectId: partner.id,
      purpose: CONSENT_PURPOSES.publicListing,
      source: 'staff',
      actorId,
      details: { fields: [...partner.publicFields].sort() },
    });
  }

  private setArchived(id: string, archived: boolean, actorId: string, reason?: string): Promise<PartnerResponse> {
    return this.transactions.run(async ({ manager }) => {
      const partner = await this.lockAndLoad(manager, id);
      if ((partner.archivedAt !== null) === archived) return toPartnerResponse(partner);
      partner.archivedAt = archived ? new Date() : null;
      await manager.save(partner);
      await this.audit.record(manager, {
        entityType: 'partner',
        entityId: id,
        action: archived ? 'archived' : 'restored',
        actorId,
        changes: { archived: { before: !archived, after: archived } },
        reason,
      });
      return toPartnerResponse(await this.load(manager, id));
    });
  }

  private async withConstraintErrors<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error: unknown) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
      if (driverError?.code === UNIQUE_VIOLATION && driverError.constraint === 'partners_external_ref_key') {
        throw new ExternalRefTakenError();
      }
      throw error;
    }
  }
}
