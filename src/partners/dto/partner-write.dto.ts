import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { PARTNER_STATUSES, PUBLIC_PROFILE_FIELDS, type PartnerStatus, type PublicProfileField } from '../partner.entity.js';

/** UK postcodes, loosely: outward code, optional space, inward code. */
export const POSTCODE_PATTERN = /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/;
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} &'._-]{0,49}$/u;

export class PublicListingDto {
  @ApiProperty({ description: 'Explicit consent to appear in the published partner list.' })
  @IsBoolean()
  consent: boolean;

  @ApiPropertyOptional({ enum: PUBLIC_PROFILE_FIELDS, isArray: true, description: 'Fields that may be shown publicly.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(PUBLIC_PROFILE_FIELDS.length)
  @IsIn(PUBLIC_PROFILE_FIELDS, { each: true })
  fields?: PublicProfileField[];
}

export class CreatePartnerDto {
  @ApiProperty({ example: 'Liverpool Food Bank', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  legalName?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['LWH', 'Liverpool Maternity Hospital'],
    description: 'Other names the organisation is known by (former, trading, abbreviations); search finds them like the name.',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(300, { each: true })
  alternativeNames?: string[];

  @ApiProperty({ example: 'charity', description: 'Code from reference data `organisation-kind`.' })
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  kind: string;

  @ApiProperty({ example: 'liverpool', description: 'Code from reference data `area`.' })
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  area: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'L3 5TQ' })
  @IsOptional()
  @Matches(POSTCODE_PATTERN, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.example.org' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01234567' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 ]{6,12}$/, { message: 'companyNumber must be 6 to 12 letters or digits' })
  companyNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1234567' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 -]{5,14}$/, { message: 'charityNumber must be 5 to 14 letters, digits or hyphens' })
  charityNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['employment-and-skills'], description: 'Codes from `priority-area`.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE_PATTERN, { each: true })
  priorityAreas?: string[];

  @ApiPropertyOptional({ type: [String], example: ['people-and-skills'], description: 'Codes from `theme`.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CODE_PATTERN, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['food', 'volunteering'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(TAG_PATTERN, { each: true, message: 'each tag must be 1-50 letters, digits, spaces or & \' . _ -' })
  tags?: string[];

  @ApiPropertyOptional({ enum: PARTNER_STATUSES, default: 'prospect' })
  @IsOptionalNotNull()
  @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Relationship owner (a staff user).' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ minimum: 7, maximum: 730, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(730)
  dialogueCadenceDays?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['strategy-partners'], description: 'Partner list codes.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE_PATTERN, { each: true })
  lists?: string[];

  @ApiPropertyOptional({ type: PublicListingDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => PublicListingDto)
  publicListing?: PublicListingDto;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'Identifier in another system (CSV imports match on it).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  externalRef?: string | null;

  @ApiPropertyOptional({ description: 'Create even though likely duplicates exist (after a 409).' })
  @IsOptionalNotNull()
  @IsBoolean()
  confirmNotDuplicate?: boolean;
}

/** Partial update: absent = unchanged; null clears a nullable field and is rejected for the others. */
export class UpdatePartnerDto extends PartialType(OmitType(CreatePartnerDto, ['confirmNotDuplicate'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why the change was made (kept in the audit trail).' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ReasonDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit trail).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class MergePartnersDto {
  @ApiProperty({ format: 'uuid', description: 'The duplicate record; it is archived and points at the survivor.' })
  @IsUUID()
  duplicateId: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
