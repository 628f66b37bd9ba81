import { ApiProperty } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { PARTNER_STATUSES, type PartnerStatus } from '../partner.entity.js';
import { OwnerValue } from './partner.response.js';

/** One row of a partner list or search. */
export class PartnerSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: ReferenceValue }) kind: ReferenceValue;
  @ApiProperty({ type: ReferenceValue }) area: ReferenceValue;
  @ApiProperty({ enum: PARTNER_STATUSES }) status: PartnerStatus;
  @ApiProperty({ type: OwnerValue, nullable: true }) owner: OwnerValue | null;
  @ApiProperty({ type: [String] }) priorityAreas: string[];
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ type: [String] }) lists: string[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PartnerPage {
  @ApiProperty({ type: [PartnerSummary] }) items: PartnerSummary[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}
