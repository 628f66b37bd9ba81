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

/** A pledge the organisation has signed (the PACT). Shape reserved for the pledges feature. */
export class PledgeCommitment {
  @ApiProperty({ format: 'uuid', description: 'The signature.' }) id: string;
  @ApiProperty({ description: 'The pledge signed, e.g. the PACT.' }) pledge: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) renewalDate: string | null;
}

/** One view of every standing commitment and pledge an organisation holds. */
export class CommitmentRegister {
  @ApiProperty({ type: PartyName }) partner: PartyName;
  @ApiProperty({ format: 'date', description: 'The day the computed fields are reckoned for.' }) asOf: string;
  @ApiProperty({ type: [CommitmentGroup], description: 'Agreements it is a party to, grouped by kind in reference-data order.' })
  agreements: CommitmentGroup[];
  @ApiProperty({
    type: [PledgeCommitment],
    description: 'PACT signatures. Always empty until the pledges feature (signing) exists; it fills this list.',
  })
  pledges: PledgeCommitment[];
}
