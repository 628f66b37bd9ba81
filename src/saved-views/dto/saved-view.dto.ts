import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { OwnerValue } from '../../partners/dto/partner.response.js';
import { PARTNER_SORTS, PartnerFiltersQuery, type PartnerSort } from '../../partners/dto/list-partners.query.js';
import type { SavedView } from '../saved-view.entity.js';

/** The partner list's columns a view can show, in the list's order. */
export const PARTNER_LIST_COLUMNS = ['name', 'kind', 'area', 'status', 'owner', 'lists', 'tags', 'priorityAreas', 'themes', 'createdAt', 'updatedAt'] as const;
export type PartnerListColumn = (typeof PARTNER_LIST_COLUMNS)[number];

/** The list's filters (GET /api/v1/partners takes the same, by the same names and rules). */
export class SavedViewFilters extends PartnerFiltersQuery {}

export class CreateSavedViewDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiPropertyOptional({ type: SavedViewFilters, description: 'The list filters; none: every partner.' })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => SavedViewFilters)
  filters?: SavedViewFilters;

  @ApiPropertyOptional({ enum: PARTNER_SORTS, default: 'name' })
  @IsOptionalNotNull()
  @IsIn(PARTNER_SORTS, { message: `sort must be one of ${PARTNER_SORTS.join(', ')}` })
  sort?: PartnerSort;

  @ApiProperty({ enum: PARTNER_LIST_COLUMNS, isArray: true, description: 'The columns shown, in order (name always among them).' })
  @IsIn(PARTNER_LIST_COLUMNS, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTNER_LIST_COLUMNS.length)
  @ArrayUnique()
  columns: PartnerListColumn[];

  @ApiPropertyOptional({ default: false, description: 'Offer the view to the whole team (only its owner changes it).' })
  @IsOptionalNotNull()
  @IsBoolean()
  shared?: boolean;
}

/** Partial update: absent = unchanged; null is refused (no field here can be cleared). */
export class UpdateSavedViewDto extends PartialType(CreateSavedViewDto, { skipNullProperties: false }) {}

export class SavedViewResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: SavedViewFilters }) filters: SavedViewFilters;
  @ApiProperty({ enum: PARTNER_SORTS }) sort: PartnerSort;
  @ApiProperty({ enum: PARTNER_LIST_COLUMNS, isArray: true }) columns: PartnerListColumn[];
  @ApiProperty() shared: boolean;
  @ApiProperty({ type: OwnerValue }) owner: OwnerValue;
  @ApiProperty({ description: 'The caller owns it (and may change or delete it).' }) mine: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toSavedViewResponse(view: SavedView, ownerName: string, actorId: string): SavedViewResponse {
  return {
    id: view.id,
    name: view.name,
    filters: view.filters,
    sort: view.sort as PartnerSort,
    columns: view.columns as PartnerListColumn[],
    shared: view.shared,
    owner: { id: view.ownerId, displayName: ownerName },
    mine: view.ownerId === actorId,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}
