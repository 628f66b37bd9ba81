import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { PARTNER_CSV_COLUMNS } from '../../partners/partner-csv-columns.js';
import { VALUE_MAPPED_COLUMNS, type ValueMappedColumn } from '../mapping/import-mapping.js';

export class MapPartnerImportDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true, enum: [...PARTNER_CSV_COLUMNS] },
    example: { 'Organisation Name': 'name', Type: 'kind', 'Local Authority': 'area', Notes: null },
    description: 'File column → partner field; null (or left out): not imported. name, kind and area must be mapped.',
  })
  @IsObject()
  columns: Record<string, string | null>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
    example: { kind: { 'Registered Charity': 'charity' }, area: { 'St. Helens': 'st-helens' } },
    description:
      `For ${VALUE_MAPPED_COLUMNS.join(', ')}: file value (trimmed) → code. Values not given are matched automatically ` +
      '(code, label, common synonyms) where that is sure; the rest are checked as written.',
  })
  @IsOptionalNotNull()
  @IsObject()
  values?: Partial<Record<ValueMappedColumn, Record<string, string>>>;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100, description: 'Save this mapping by name, offered again for files with the same header.' })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  saveAs?: string;
}

export class ImportValuesQuery {
  @ApiProperty({ description: 'The file column, as the import lists it.', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  column: string;

  @ApiProperty({ enum: VALUE_MAPPED_COLUMNS, description: 'The partner field the column is mapped to.' })
  @IsIn(VALUE_MAPPED_COLUMNS)
  field: ValueMappedColumn;
}

export class ProblemRowsQuery {
  @ApiPropertyOptional({ enum: ['errors', 'problems'], default: 'problems', description: 'errors: refused rows only; problems: also duplicates and skipped rows.' })
  @IsOptional()
  @IsIn(['errors', 'problems'])
  only?: 'errors' | 'problems';
}
