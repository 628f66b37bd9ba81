import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import { auditSnapshot, toPartnerResponse } from '../partners/dto/partner.response.js';
import { findDuplicateCandidates } from '../partners/partner-duplicates.js';
import { normaliseCharityNumber, normaliseCompanyNumber, normaliseName, websiteDomain } from '../partners/partner-identity.js';
import { PartnerWriter } from '../partners/partner-writer.js';
import { Partner } from '../partners/partner.entity.js';
import { PartnerArchivedError, PartnerNotFoundError, PossibleDuplicateError } from '../partners/partners.errors.js';
import type { SignaturePartnerCandidate } from './dto/signature.response.js';
import type { Signature } from './signature.entity.js';

/** Partner matching and creation for an organisation's signature, inside the approval's transaction. */
@Injectable()
export class PartnerFromSignature {
  constructor(
    private readonly writer: PartnerWriter,
    private readonly dialogueDates: DialogueDates,
    private readonly audit: AuditService,
  ) {}

  /** Existing partners that look like the signing organisation (same number, website domain or name), with those identifiers. */
  async candidates(manager: EntityManager, signature: Signature): Promise<SignaturePartnerCandidate[]> {
    const found = await findDuplicateCandidates(manager, {
      normalizedName: normaliseName(signature.organisationName ?? ''),
      websiteDomain: websiteDomain(signature.website),
      companyNumber: normaliseCompanyNumber(signature.companyNumber),
      charityNumber: normaliseCharityNumber(signature.charityNumber),
    });
    if (found.length === 0) return [];
    const partners = await manager.find(Partner, {
      where: { id: In(found.map((c) => c.id)) },
      select: { id: true, websiteDomain: true, companyNumber: true, charityNumber: true },
    });
    const byId = new Map(partners.map((p) => [p.id, p]));
    return found.map((c) => {
      const partner = byId.get(c.id);
      return { ...c, websiteDomain: partner?.websiteDomain ?? null, companyNumber: partner?.companyNumber ?? null, charityNumber: partner?.charityNumber ?? null };
    });
  }

  /** The partner the officer chose, locked; it must be live. */
  async existing(manager: EntityManager, partnerId: string): Promise<string> {
    const partner = await manager.findOne(Partner, { where: { id: partnerId }, lock: { mode: 'pessimistic_write' } });
    if (!partner) throw new PartnerNotFoundError();
    if (partner.archivedAt) throw new PartnerArchivedError();
    return partner.id;
  }

  /** Creates the partner as an officer would through the API (409 with candidates unless confirmed). */
  async create(manager: EntityManager, signature: Signature, confirmNotDuplicate: boolean, actorId: string): Promise<string> {
    const partner = manager.create(Partner, { tags: [], publicFields: [], priorityAreas: [], themes: [], lists: [], status: 'active' });
    await this.writer.apply(manager, partner, {
      name: signature.organisationName ?? '',
      kind: signature.organisationKind?.code,
      area: signature.area?.code,
      website: signature.website,
      companyNumber: signature.companyNumber,
      charityNumber: signature.charityNumber,
    }, actorId);
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`partner:${partner.normalizedName}`]);
    if (!confirmNotDuplicate) {
      const candidates = await findDuplicateCandidates(manager, partner);
      if (candidates.length > 0) throw new PossibleDuplicateError(candidates);
    }
    const saved = await manager.save(partner);
    await this.dialogueDates.refresh(manager, [saved.id]);
    const view = toPartnerResponse(await manager.findOneOrFail(Partner, {
      where: { id: saved.id },
      relations: { kind: true, area: true, owner: true, priorityAreas: true, themes: true, lists: true },
    }));
    await this.audit.record(manager, {
      entityType: 'partner',
      entityId: saved.id,
      action: 'created',
      actorId,
      changes: diffSnapshots({}, auditSnapshot(view)),
      reason: `created from pledge signature ${signature.id}`,
    });
    return saved.id;
  }
}
