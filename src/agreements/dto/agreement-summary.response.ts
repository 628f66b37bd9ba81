import { ApiProperty } from '@nestjs/swagger';
import { OwnerValue } from '../../partners/dto/partner.response.js';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../agreement.entity.js';
import { AgreementSchedule } from './agreement.response.js';

export class PartyName {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** One row of an agreement list. */
export class AgreementSummary extends AgreementSchedule {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ReferenceValue }) kind: ReferenceValue;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty({ type: [PartyName] }) parties: PartyName[];
  @ApiProperty({ type: OwnerValue, nullable: true }) owner: OwnerValue | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewDate: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AgreementPage {
  @ApiProperty({ type: [AgreementSummary] }) items: AgreementSummary[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}
