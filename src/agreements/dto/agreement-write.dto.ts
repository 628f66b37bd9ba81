import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../agreement.entity.js';
import { IsCalendarDate } from './calendar-date.validator.js';

/** An agreement is recorded as a draft or, when it is already signed, as active; later changes go through /status. */
export const INITIAL_STATUSES = ['draft', 'active'] as const;
export type InitialStatus = (typeof INITIAL_STATUSES)[number];

export class CreateAgreementDto {
  @ApiProperty({ example: 'Armed Forces Covenant', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiProperty({ example: 'standing-commitment', description: 'Code from reference data `agreement-kind`.' })
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  kind: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 50, description: 'Partner ids: one or more.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  parties: string[];

  @ApiPropertyOptional({ enum: INITIAL_STATUSES, default: 'draft' })
  @IsOptionalNotNull()
  @IsIn(INITIAL_STATUSES)
  status?: InitialStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The staff user responsible for it.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-04-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Last day it runs (inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  reviewDate?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 730, nullable: true, description: 'Notice to give before the end date.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(730)
  renewalNoticeDays?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['people-and-skills'], description: 'Codes from `theme`.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CODE_PATTERN, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['employment-and-skills'], description: 'Codes from `priority-area`.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE_PATTERN, { each: true })
  priorityAreas?: string[];
}

/** Partial update: absent = unchanged; null clears a nullable field and is rejected for the others. Status is not here. */
export class UpdateAgreementDto extends PartialType(OmitType(CreateAgreementDto, ['status'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why the change was made (kept in the audit trail).' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ChangeAgreementStatusDto {
  @ApiProperty({ enum: AGREEMENT_STATUSES })
  @IsIn(AGREEMENT_STATUSES)
  to: AgreementStatus;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit trail).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'New dates, e.g. when renewing.' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Required to renew an expired agreement.' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  reviewDate?: string | null;
}
