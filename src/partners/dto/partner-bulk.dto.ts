import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDefined, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { TAG_PATTERN } from './partner-write.dto.js';

/** The most partners one bulk change may name: one page of a list, twice over, in one transaction. */
export const BULK_MAX_PARTNERS = 200;

/** The selected partners, and why (kept in each partner's audit trail). */
export class BulkPartnersDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX_PARTNERS })
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX_PARTNERS)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each partnerId must be a UUID' })
  partnerIds: string[];

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit trail).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class BulkAssignOwnerDto extends BulkPartnersDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An active staff user; null: no owner.' })
  @IsDefined({ message: 'ownerId is required (null for no owner)' })
  @ValidateIf((dto: BulkAssignOwnerDto) => dto.ownerId !== null)
  @IsUUID('all', { message: 'ownerId must be a user id or null' })
  ownerId: string | null;
}

export class BulkListDto extends BulkPartnersDto {
  @ApiProperty({ description: 'Partner list code.' })
  @IsString()
  @Matches(CODE_PATTERN, { message: 'list must be a partner list code' })
  list: string;
}

export class BulkTagDto extends BulkPartnersDto {
  @ApiProperty({ maxLength: 50, example: 'volunteering' })
  @IsString()
  @Matches(TAG_PATTERN, { message: 'tag must be 1-50 letters, digits, spaces or & \' . _ -' })
  tag: string;
}

export class BulkPartnersResult {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Partners changed (and audited), in the order given.' }) changed: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Partners already as asked: left alone.' }) unchanged: string[];
}
