import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { PARTNER_STATUSES, type PartnerStatus } from '../partner.entity.js';

export const PARTNER_SORTS = ['relevance', 'name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

/** Filters, sort and page. Unknown parameters are rejected (400), never ignored. */
export class ListPartnersQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'Search: name, legal and alternative names, website domain, company and charity numbers, postcode. Case, accents, ' +
      'apostrophes, punctuation, `&`/`and` and `St`/`St.`/`Saint` do not matter; typos and word order are tolerated. ' +
      'Results come best match first unless another sort is asked for. At least 2 characters.',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/\S.*\S|\S{2}/, { message: 'q must have at least 2 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'organisation-kind code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  kind?: string;

  @ApiPropertyOptional({ description: 'area code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  area?: string;

  @ApiPropertyOptional({ enum: PARTNER_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus;

  @ApiPropertyOptional({ description: 'A staff user id, `me`, or `none` (no owner).' })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'owner must be a user id, me or none',
  })
  owner?: string;

  @ApiPropertyOptional({ description: 'priority-area code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  priorityArea?: string;

  @ApiPropertyOptional({ description: 'theme code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  theme?: string;

  @ApiPropertyOptional({ description: 'partner list code' })
  @IsOptional()
  @Matches(CODE_PATTERN)
  list?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only partners overdue for dialogue (not snoozed).' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['exclude', 'include', 'only'], default: 'exclude' })
  @IsOptional()
  @IsIn(['exclude', 'include', 'only'])
  archived?: 'exclude' | 'include' | 'only';

  @ApiPropertyOptional({ enum: PARTNER_SORTS, description: 'Default: `relevance` (best match first) when `q` is given, else `name`; `relevance` without `q` is name order.' })
  @IsOptional()
  @IsIn(PARTNER_SORTS, { message: `sort must be one of ${PARTNER_SORTS.join(', ')}` })
  sort?: PartnerSort;

}

/** The list's filters alone (no sort or page): what a count or a saved view takes. */
export class PartnerFiltersQuery extends OmitType(ListPartnersQuery, ['limit', 'cursor', 'sort'] as const) {}

export class PartnerCount {
  @ApiProperty({ description: 'How many partners match the filters.' }) count: number;
}
