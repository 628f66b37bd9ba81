import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAWFUL_BASES, type LawfulBasis } from '../../contacts/contact.entity.js';
import { DuplicateCandidateDoc } from './review.dto.js';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import type { ReferenceEntry } from '../../reference-data/reference-entry.entity.js';
import { PLEDGE_KINDS, type PledgeKind } from '../pledge.entity.js';
import { SIGNATURE_STATUSES, type Signature, type SignatureStatus } from '../signature.entity.js';
import { AUTHORITY_STATEMENT } from '../consent-wording.js';

export class SignatureOrganisation {
  @ApiProperty() name: string;
  @ApiProperty({ type: ReferenceValue, nullable: true }) kind: ReferenceValue | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) companyNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) charityNumber: string | null;
}

export class SignatureSigner {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty() email: string;
}

export class SignatureEvidence {
  @ApiProperty({ type: String, nullable: true }) submittedIp: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedUserAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedIp: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedUserAgent: string | null;
}

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
const ref = (entry: ReferenceEntry | null): ReferenceValue | null => (entry ? { code: entry.code, label: entry.label } : null);

/** A signature as staff review it. Personal fields are null once a withdrawn individual is erased. */
/** An existing partner the signing organisation may be, with what identifies it. */
export class SignaturePartnerCandidate extends DuplicateCandidateDoc {
  @ApiProperty({ type: String, nullable: true, example: 'example.org.uk', description: 'Its website\'s domain.' }) websiteDomain: string | null;
  @ApiProperty({ type: String, nullable: true }) companyNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) charityNumber: string | null;
}

export class SignatureResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() pledge: string;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind: PledgeKind;
  @ApiProperty() textVersion: number;
  @ApiProperty({ description: 'SHA-256 of the signed text (hex).' }) textSha256: string;
  @ApiProperty({ enum: SIGNATURE_STATUSES }) status: SignatureStatus;
  @ApiProperty({ type: SignatureOrganisation, nullable: true }) organisation: SignatureOrganisation | null;
  @ApiProperty({ type: SignatureSigner, nullable: true }) signer: SignatureSigner | null;
  @ApiProperty({ type: ReferenceValue, nullable: true }) area: ReferenceValue | null;
  @ApiProperty() authorityConfirmed: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The statement of authority the signer confirmed, word for word (organisations).' })
  authorityStatement: string | null;
  @ApiProperty({ enum: LAWFUL_BASES, description: 'Why the signer\'s personal data is held (consent, given by signing).' }) lawfulBasis: LawfulBasis;
  @ApiProperty({ description: 'Organisations: listed publicly. Individuals: name shown.' }) listingConsent: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) listingConsentAt: string | null;
  @ApiProperty({ type: [ReferenceValue] }) commitments: ReferenceValue[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partnerId: string | null;
  @ApiProperty({ type: SignatureEvidence }) evidence: SignatureEvidence;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rejectedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected, suspended, or withdrawn by staff.' }) statusReason: string | null;
  @ApiPropertyOptional({
    type: [SignaturePartnerCandidate],
    description: 'Detail view of an organisation awaiting approval: existing partners that look like it (by number, website or name).',
  })
  partnerCandidates?: SignaturePartnerCandidate[];
}

export class SignaturePage {
  @ApiProperty({ type: [SignatureResponse] }) items: SignatureResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** Needs `pledge`, `organisationKind`, `area` and `commitments` loaded. */
export function toSignatureResponse(s: Signature): SignatureResponse {
  return {
    id: s.id,
    pledge: s.pledge.slug,
    kind: s.pledge.kind,
    textVersion: s.textVersion,
    textSha256: s.textSha256,
    status: s.status,
    organisation: s.organisationName
      ? { name: s.organisationName, kind: ref(s.organisationKind), website: s.website, companyNumber: s.companyNumber, charityNumber: s.charityNumber }
      : null,
    signer: s.signerName && s.email ? { name: s.signerName, jobTitle: s.signerJobTitle, email: s.email } : null,
    area: ref(s.area),
    authorityConfirmed: s.authorityConfirmed,
    authorityStatement: s.authorityConfirmed ? AUTHORITY_STATEMENT : null,
    lawfulBasis: s.lawfulBasis,
    listingConsent: s.listingConsent,
    listingConsentAt: iso(s.listingConsentAt),
    commitments: [...s.commitments].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => ({ code: c.code, label: c.label })),
    partnerId: s.partnerId,
    evidence: {
      submittedIp: s.submittedIp,
      submittedUserAgent: s.submittedUserAgent,
      verifiedIp: s.verifiedIp,
      verifiedUserAgent: s.verifiedUserAgent,
    },
    submittedAt: s.submittedAt.toISOString(),
    verifiedAt: iso(s.verifiedAt),
    approvedAt: iso(s.approvedAt),
    rejectedAt: iso(s.rejectedAt),
    suspendedAt: iso(s.suspendedAt),
    withdrawnAt: iso(s.withdrawnAt),
    erasedAt: iso(s.erasedAt),
    statusReason: s.statusReason,
  };
}
