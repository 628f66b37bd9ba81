import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { REFERENCE_CATEGORIES, type ReferenceCategory, type ReferenceEntry } from '../reference-entry.entity.js';

export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CategoryParam {
  @ApiProperty({ enum: REFERENCE_CATEGORIES })
  @IsIn(REFERENCE_CATEGORIES)
  category: ReferenceCategory;
}

export class CategoryCodeParams extends CategoryParam {
  @ApiProperty({ example: 'liverpool' })
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  code: string;
}

export class ListReferenceQuery {
  @ApiPropertyOptional({ description: 'Include retired entries (default false).' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeRetired?: 'true' | 'false';
}

export class CreateReferenceEntryDto {
  @ApiProperty({ example: 'wirral-waters', description: 'Stable code: lower-case words joined by hyphens.' })
  @Matches(CODE_PATTERN, { message: 'code must be lower-case words joined by hyphens' })
  @MaxLength(80)
  code: string;

  @ApiProperty({ example: 'Wirral Waters', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  label: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

/** Partial update: absent = unchanged; null is refused (no field here can be cleared). */
export class UpdateReferenceEntryDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  label?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'true retires the entry (it stays on existing records); false restores it.' })
  @IsOptionalNotNull()
  @IsBoolean()
  retired?: boolean;
}

export class ReferenceEntryResponse {
  @ApiProperty({ enum: REFERENCE_CATEGORIES }) category: ReferenceCategory;
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty() retired: boolean;
}

/** A new order for a whole list: every entry's code (retired ones too), once each, first to last. */
export class ReorderReferenceEntriesDto {
  @ApiProperty({ type: [String], example: ['liverpool', 'wirral', 'sefton'], description: 'Every code of the list, in the new order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @Matches(CODE_PATTERN, { each: true })
  @MaxLength(80, { each: true })
  codes: string[];
}

export class ReferenceEntryUsageResponse {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Records holding this entry (partners, meetings, agreements, signatures, plan activities…).' }) records: number;
}

/** How a partner shows a reference value: code and label, plus whether it is retired. */
export class ReferenceValue {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
}

export function toReferenceEntryResponse(entry: ReferenceEntry): ReferenceEntryResponse {
  return {
    category: entry.category,
    code: entry.code,
    label: entry.label,
    sortOrder: entry.sortOrder,
    retired: entry.retiredAt !== null,
  };
}
