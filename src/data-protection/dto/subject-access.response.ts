import { ApiProperty } from '@nestjs/swagger';
import { AuditEntryResponse } from '../../audit/dto/audit-entry.response.js';
import { ROLES, type Role } from '../../common/auth/roles.decorator.js';
import { ContactResponse } from '../../contacts/dto/contact.response.js';
import { LAWFUL_BASES, type LawfulBasis } from '../../contacts/contact.entity.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../../mail/outbox-message.entity.js';
import { PLEDGE_KINDS, type PledgeKind } from '../../pledges/pledge.entity.js';
import { SIGNATURE_STATUSES, type SignatureStatus } from '../../pledges/signature.entity.js';
import { CONSENT_SUBJECT_TYPES, type ConsentSubjectType } from '../consent-event.entity.js';
import { ConsentEventResponse } from './consent.response.js';
import { MentionResponse } from './erasure.response.js';

export class SarStaffAccount {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SarAffiliation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

/** A signature with everything it holds about the signer, evidence included. */
export class SarSignature {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() pledge: string;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind: PledgeKind;
  @ApiProperty({ enum: SIGNATURE_STATUSES }) status: SignatureStatus;
  @ApiProperty() textVersion: number;
  @ApiProperty() textSha256: string;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ type: String, nullable: true }) signerName: string | null;
  @ApiProperty({ type: String, nullable: true }) signerJobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: LAWFUL_BASES }) lawfulBasis: LawfulBasis;
  @ApiProperty() listingConsent: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) listingConsentAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partnerId: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedIp: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedUserAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedIp: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedUserAgent: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
}

export class SarAttendance {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
}

export class SarMail {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status: OutboxStatus;
  @ApiProperty() textBody: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}

export class SarAuditEntry extends AuditEntryResponse {
  @ApiProperty() entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
}

export class SarConsentEvent extends ConsentEventResponse {
  @ApiProperty({ enum: CONSENT_SUBJECT_TYPES }) subjectType: ConsentSubjectType;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
}

export class SubjectAccessItems {
  @ApiProperty({ type: [SarStaffAccount] }) staffAccounts: SarStaffAccount[];
  @ApiProperty({ type: [ContactResponse] }) contacts: ContactResponse[];
  @ApiProperty({ type: [SarAffiliation] }) contactAffiliations: SarAffiliation[];
  @ApiProperty({ type: [SarSignature] }) signatures: SarSignature[];
  @ApiProperty({ type: [SarConsentEvent] }) consentEvents: SarConsentEvent[];
  @ApiProperty({ type: [SarAttendance], description: 'Meetings attended as a contact.' }) meetingAttendance: SarAttendance[];
  @ApiProperty({ type: [SarMail], description: 'Mail addressed to the person.' }) mailOutbox: SarMail[];
  @ApiProperty({ type: [SarAuditEntry], description: 'Entries about their records, or whose changes or reason mention them.' })
  auditEntries: SarAuditEntry[];
  @ApiProperty({
    type: [MentionResponse],
    description: 'Any other row, in any table, whose text mentions their email, a name or a phone number (e.g. meeting notes).',
  })
  otherMentions: MentionResponse[];
}

/** Everything held about one person, found by email, table by table with ids. */
export class SubjectAccessResponse {
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Keyed hash of the email (what erasure would leave).' }) subjectHash: string;
  @ApiProperty({ type: [String], description: 'The names and phone numbers the person was recorded under.' }) knownAs: string[];
  @ApiProperty({ description: 'True once the person was erased: they may not be added again.' }) suppressed: boolean;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Items per section.' })
  counts: Record<string, number>;
  @ApiProperty({ type: SubjectAccessItems }) items: SubjectAccessItems;
}
