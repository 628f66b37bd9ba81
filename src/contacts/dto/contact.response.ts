import { ApiProperty } from '@nestjs/swagger';
import { LAWFUL_BASES, type CommunicationPreferences, type Contact, type LawfulBasis } from '../contact.entity.js';
import type { ContactAffiliation } from '../contact-affiliation.entity.js';
import { CommunicationPreferencesDto } from './contact-write.dto.js';

export class ContactResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partnerId: string | null;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() isPrimary: boolean;
  @ApiProperty({ enum: LAWFUL_BASES }) lawfulBasis: LawfulBasis;
  @ApiProperty({ type: CommunicationPreferencesDto }) communicationPreferences: CommunicationPreferences;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the person was erased (name replaced, contact details removed).' })
  erasedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AffiliationResponse {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export function toContactResponse(contact: Contact): ContactResponse {
  return {
    id: contact.id,
    partnerId: contact.partnerId,
    fullName: contact.fullName,
    jobTitle: contact.jobTitle,
    email: contact.email,
    phone: contact.phone,
    isPrimary: contact.isPrimary,
    lawfulBasis: contact.lawfulBasis,
    communicationPreferences: contact.communicationPreferences,
    archivedAt: contact.archivedAt?.toISOString() ?? null,
    erasedAt: contact.erasedAt?.toISOString() ?? null,
    version: contact.version,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}

export function toAffiliationResponse(affiliation: ContactAffiliation, partnerName: string): AffiliationResponse {
  return {
    partnerId: affiliation.partnerId,
    partnerName,
    jobTitle: affiliation.jobTitle,
    startedAt: affiliation.startedAt.toISOString(),
    endedAt: affiliation.endedAt?.toISOString() ?? null,
  };
}
