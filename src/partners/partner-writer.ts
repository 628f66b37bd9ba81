import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ReferenceDataService } from '../reference-data/reference-data.service.js';
import { User } from '../users/user.entity.js';
import type { CreatePartnerDto, UpdatePartnerDto } from './dto/partner-write.dto.js';
import { normaliseCharityNumber, normaliseCompanyNumber, normaliseName, normalisePostcode, websiteDomain } from './partner-identity.js';
import { PartnerList } from './partner-list.entity.js';
import type { Partner } from './partner.entity.js';
import { UnknownOwnerError, UnknownPartnerListError } from './partners.errors.js';

export type PartnerInput = Omit<UpdatePartnerDto, 'reason'> & Partial<Pick<CreatePartnerDto, 'confirmNotDuplicate'>>;

const codes = (entries: { code: string }[] | undefined): Set<string> => new Set((entries ?? []).map((e) => e.code));

/** Applies a create or update body to a partner: resolves codes, derives identity fields, records consent. */
@Injectable()
export class PartnerWriter {
  constructor(private readonly referenceData: ReferenceDataService) {}

  async apply(manager: EntityManager, partner: Partner, input: PartnerInput, actorId: string): Promise<void> {
    applyPartnerScalars(partner, input);
    await this.applyReferences(manager, partner, input);
    if (input.ownerId !== undefined) partner.ownerId = await this.resolveOwner(manager, input.ownerId);
    if (input.lists !== undefined) partner.lists = await this.resolveLists(manager, input.lists);
    if (input.publicListing !== undefined) {
      const { consent, fields } = input.publicListing;
      if (consent !== partner.publicListingConsent) {
        partner.publicListingConsent = consent;
        partner.publicListingConsentAt = consent ? new Date() : null;
        partner.publicListingConsentBy = consent ? actorId : null;
      }
      if (fields !== undefined) partner.publicFields = [...new Set(fields)];
    }
  }

  private async applyReferences(manager: EntityManager, partner: Partner, input: PartnerInput): Promise<void> {
    const resolve = this.referenceData.resolve.bind(this.referenceData, manager);
    if (input.kind !== undefined) {
      const keep = new Set(partner.kind ? [partner.kind.code] : []);
      [partner.kind] = await resolve('kind', 'organisation-kind', [input.kind], keep);
      partner.kindId = partner.kind.id;
    }
    if (input.area !== undefined) {
      const keep = new Set(partner.area ? [partner.area.code] : []);
      [partner.area] = await resolve('area', 'area', [input.area], keep);
      partner.areaId = partner.area.id;
    }
    if (input.priorityAreas !== undefined) {
      partner.priorityAreas = await resolve('priorityAreas', 'priority-area', input.priorityAreas, codes(partner.priorityAreas));
    }
    if (input.themes !== undefined) {
      partner.themes = await resolve('themes', 'theme', input.themes, codes(partner.themes));
    }
  }

  private async resolveOwner(manager: EntityManager, ownerId: string | null): Promise<string | null> {
    if (ownerId === null) return null;
    const owner = await manager.findOne(User, { where: { id: ownerId, isActive: true } });
    if (!owner) throw new UnknownOwnerError();
    return owner.id;
  }

  private async resolveLists(manager: EntityManager, listCodes: string[]): Promise<PartnerList[]> {
    const unique = [...new Set(listCodes)];
    const lists = unique.length > 0 ? await manager.find(PartnerList, { where: { code: In(unique) } }) : [];
    return pickPartnerLists(lists, unique);
  }
}

/** Sets the plain fields of a partner from a create or update body, deriving its identity fields. */
export function applyPartnerScalars(partner: Partner, input: PartnerInput): void {
  if (input.name !== undefined) {
    partner.name = input.name.trim();
    partner.normalizedName = normaliseName(partner.name);
  }
  const optional = <T>(value: T | undefined, current: T | null): T | null => (value === undefined ? current : value);
  partner.legalName = optional(input.legalName, partner.legalName ?? null);
  partner.address = optional(input.address, partner.address ?? null);
  if (input.alternativeNames !== undefined) partner.alternativeNames = distinctNames(input.alternativeNames);
  if (input.postcode !== undefined) partner.postcode = normalisePostcode(input.postcode);
  if (input.website !== undefined) {
    partner.website = input.website;
    partner.websiteDomain = websiteDomain(input.website);
  }
  if (input.companyNumber !== undefined) partner.companyNumber = normaliseCompanyNumber(input.companyNumber);
  if (input.charityNumber !== undefined) partner.charityNumber = normaliseCharityNumber(input.charityNumber);
  partner.description = optional(input.description, partner.description ?? null);
  if (input.tags !== undefined) partner.tags = [...new Set(input.tags.map((t) => t.trim().toLowerCase()))];
  if (input.status !== undefined && input.status !== partner.status) {
    partner.endedAt = input.status === 'ended' ? new Date() : null;
    partner.status = input.status;
  }
  if (input.dialogueCadenceDays !== undefined) partner.dialogueCadenceDays = input.dialogueCadenceDays;
  if (input.externalRef !== undefined) partner.externalRef = input.externalRef;
}

/** Trimmed, blanks and repeats (ignoring case) dropped, first spelling kept. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names.map((n) => n.trim()).filter((n) => n.length > 0)) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

/** The lists named by `listCodes` among `found`; any code not found fails. */
export function pickPartnerLists(found: readonly PartnerList[], listCodes: readonly string[]): PartnerList[] {
  const unique = [...new Set(listCodes)];
  const missing = unique.filter((c) => !found.some((l) => l.code === c));
  if (missing.length > 0) throw new UnknownPartnerListError(missing);
  return unique.map((c) => found.find((l) => l.code === c) as PartnerList);
}
