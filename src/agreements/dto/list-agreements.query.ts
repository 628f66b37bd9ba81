import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../agreement.entity.js';
import { IsCalendarDate } from './calendar-date.validator.js';

export const AGREEMENT_SORTS = [
  'title',
  '-title',
  'endDate',
  '-endDate',
  'reviewDate',
  '-reviewDate',
  'createdAt',
  '-createdAt',
] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

/** Filters, sort and page. Unknown parameters are rejected (400), never ignored. */
export class ListAgreementsQuery {
  @ApiPropertyOptional({ description: 'Search in titles (at least 2 characters).', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/\S.*\S|\S{2}/, { message: 'q must have at least 2 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'agreement-kind code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  kind?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES, description: 'Effective status: `expired` includes agreements past their end date.' })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only agreements this partner is a party to.' })
  @IsOptional()
  @IsUUID()
  partner?: string;

  @ApiPropertyOptional({ description: 'A staff user id, `me`, or `none` (no owner).' })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'owner must be a user id, me or none',
  })
  owner?: string;

  @ApiPropertyOptional({ description: 'theme code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  theme?: string;

  @ApiPropertyOptional({ description: 'priority-area code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  priorityArea?: string;

  @ApiPropertyOptional({ format: 'date', description: 'In force, with a review date before this date.' })
  @IsOptional()
  @IsCalendarDate()
  reviewDueBefore?: string;

  @ApiPropertyOptional({ format: 'date', description: 'In force (as stored), with an end date before this date; includes lapsed ones.' })
  @IsOptional()
  @IsCalendarDate()
  expiringBefore?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_SORTS, default: 'title', description: 'An agreement without the sorted date counts as the latest.' })
  @IsOptional()
  @IsIn(AGREEMENT_SORTS, { message: `sort must be one of ${AGREEMENT_SORTS.join(', ')}` })
  sort?: AgreementSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
