import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { SIGNATURE_STATUSES, type SignatureStatus } from '../signature.entity.js';

export class DuplicateCandidateDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], enum: ['name', 'website', 'companyNumber', 'charityNumber'] }) matchedOn: string[];
}

/**
 * Approve an organisation's signature by linking it to an existing partner (`partnerId`, typically one of
 * the detail view's `partnerCandidates`) or by creating one from it (`createPartner`). An individual's
 * endorsement is approved with an empty body.
 */
export class ApproveSignatureDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The existing partner this organisation is.' })
  @IsOptionalNotNull()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ description: 'Create a partner from the signature (409 with candidates if it looks like one that exists).' })
  @IsOptionalNotNull()
  @IsBoolean()
  createPartner?: boolean;

  @ApiPropertyOptional({ description: 'With createPartner: create it even though possible duplicates exist.' })
  @IsOptionalNotNull()
  @IsBoolean()
  confirmNotDuplicate?: boolean;
}

export class SignatureReasonDto {
  @ApiProperty({ maxLength: 500, description: 'Kept on the signature and in the audit trail.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class ListSignaturesQuery {
  @ApiPropertyOptional({ example: 'pact', description: 'Pledge slug.' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  pledge?: string;

  @ApiPropertyOptional({ enum: SIGNATURE_STATUSES, description: '`verified` = awaiting approval.' })
  @IsOptional()
  @IsIn(SIGNATURE_STATUSES)
  status?: SignatureStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class PublishPledgeTextDto {
  @ApiProperty({ maxLength: 20000, description: 'The full new wording; it becomes the current version.' })
  @IsString()
  @MinLength(20)
  @MaxLength(20000)
  body: string;
}
