import { ApiProperty } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../agreement.entity.js';
import { PartyName } from './agreement-summary.response.js';
import { AgreementSchedule } from './agreement.response.js';

export class CommitmentAgreement extends AgreementSchedule {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) renewalNoticeDays: number | null;
  @ApiProperty({ type: [PartyName], description: 'The other parties to it.' }) otherParties: PartyName[];
}

export class CommitmentGroup {
  @ApiProperty({ type: ReferenceValue, description: 'An agreement-kind.' }) kind: ReferenceValue;
  @ApiProperty({ type: [CommitmentAgreement] }) agreements: CommitmentAgreement[];
}

/** A pledge the organisation has signed (e.g. the PACT): one of its verified signatures. */
export class PledgeCommitment {
  @ApiProperty({ format: 'uuid', description: 'The signature.' }) id: string;
  @ApiProperty({ description: 'The pledge signed, e.g. "pact".' }) pledge: string;
  @ApiProperty({ description: 'Its title.' }) title: string;
  @ApiProperty({ description: 'The text version signed.' }) textVersion: number;
  @ApiProperty({ enum: ['verified', 'approved', 'suspended', 'withdrawn'] }) status: string;
  @ApiProperty({ format: 'date-time', description: 'When the signer confirmed it (verified).' }) signedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Pledges have no end: always null.' })
  renewalDate: string | null;
}

/** One view of every standing commitment and pledge an organisation holds. */
export class CommitmentRegister {
  @ApiProperty({ type: PartyName }) partner: PartyName;
  @ApiProperty({ format: 'date', description: 'The day the computed fields are reckoned for.' }) asOf: string;
  @ApiProperty({ type: [CommitmentGroup], description: 'Agreements it is a party to, grouped by kind in reference-data order.' })
  agreements: CommitmentGroup[];
  @ApiProperty({
    type: [PledgeCommitment],
    description: 'Pledges it signed (verified, approved or suspended; withdrawn ones with includeEnded), newest first.',
  })
  pledges: PledgeCommitment[];
}
