import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import type { ReferenceEntry } from '../../reference-data/reference-entry.entity.js';
import { PARTNER_STATUSES, PUBLIC_PROFILE_FIELDS, type Partner, type PartnerStatus, type PublicProfileField } from '../partner.entity.js';

export class OwnerValue {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class PublicListingResponse {
  @ApiProperty() consent: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) consentAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff user who recorded it; null = the public form.' })
  consentBy: string | null;
  @ApiProperty({ enum: PUBLIC_PROFILE_FIELDS, isArray: true }) fields: PublicProfileField[];
}

export class PartnerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) legalName: string | null;
  @ApiProperty({ type: [String], description: 'Other names the organisation is known by.' }) alternativeNames: string[];
  @ApiProperty({ type: ReferenceValue }) kind: ReferenceValue;
  @ApiProperty({ type: ReferenceValue }) area: ReferenceValue;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) postcode: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) companyNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) charityNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [ReferenceValue] }) priorityAreas: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue] }) themes: ReferenceValue[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: PARTNER_STATUSES }) status: PartnerStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the status became ended (retention counts from it).' })
  endedAt: string | null;
  @ApiProperty({ type: OwnerValue, nullable: true }) owner: OwnerValue | null;
  @ApiProperty({ type: Number, nullable: true }) dialogueCadenceDays: number | null;
  @ApiProperty({ type: [String], description: 'Partner list codes.' }) lists: string[];
  @ApiProperty({ type: PublicListingResponse }) publicListing: PublicListingResponse;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) mergedIntoId: string | null;
  @ApiProperty({ description: 'Send as If-Match (or use the ETag header) when updating.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

const referenceValue = (entry: ReferenceEntry): ReferenceValue => ({ code: entry.code, label: entry.label });
const bySortOrder = (a: ReferenceEntry, b: ReferenceEntry): number => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/** Expects kind, area, owner, priorityAreas, themes and lists to be loaded. */
export function toPartnerResponse(partner: Partner): PartnerResponse {
  return {
    id: partner.id,
    name: partner.name,
    legalName: partner.legalName,
    alternativeNames: partner.alternativeNames,
    kind: referenceValue(partner.kind),
    area: referenceValue(partner.area),
    address: partner.address,
    postcode: partner.postcode,
    website: partner.website,
    companyNumber: partner.companyNumber,
    charityNumber: partner.charityNumber,
    description: partner.description,
    priorityAreas: [...partner.priorityAreas].sort(bySortOrder).map(referenceValue),
    themes: [...partner.themes].sort(bySortOrder).map(referenceValue),
    tags: [...partner.tags].sort(),
    status: partner.status,
    endedAt: partner.endedAt?.toISOString() ?? null,
    owner: partner.owner ? { id: partner.owner.id, displayName: partner.owner.displayName } : null,
    dialogueCadenceDays: partner.dialogueCadenceDays,
    lists: partner.lists.map((l) => l.code).sort(),
    publicListing: {
      consent: partner.publicListingConsent,
      consentAt: partner.publicListingConsentAt?.toISOString() ?? null,
      consentBy: partner.publicListingConsentBy,
      fields: [...partner.publicFields].sort(),
    },
    externalRef: partner.externalRef,
    archivedAt: partner.archivedAt?.toISOString() ?? null,
    mergedIntoId: partner.mergedIntoId,
    version: partner.version,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** The fields an audit entry compares (bookkeeping fields left out). */
export function auditSnapshot(view: PartnerResponse): Record<string, unknown> {
  return Object.fromEntries(Object.entries(view).filter(([key]) => !BOOKKEEPING.has(key)));
}
