import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ROW_DECISION_ACTIONS, type RowDecisionAction } from '../jobs/row-decisions.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../partner-import.entity.js';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { PageQuery } from '../../common/http/page.query.js';
import { DUPLICATE_POLICIES, PARTNER_IMPORT_STATUSES, type DuplicatePolicy, type PartnerImportStatus } from '../partner-import.entity.js';
import { IMPORT_ROW_OUTCOMES, IMPORT_ROW_RESULTS, type ImportRowOutcome, type ImportRowResult } from '../partner-import-row.entity.js';

export class UploadPartnerImportQuery {
  @ApiPropertyOptional({ example: 'partners-2026-11.csv', maxLength: 1000, description: 'The file\'s name, shown in the import list.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  fileName?: string;

  @ApiPropertyOptional({ enum: IMPORT_ENCODINGS, description: 'How to read the bytes; by default UTF-8 if they are valid UTF-8, else Windows-1252.' })
  @IsOptional()
  @IsIn(IMPORT_ENCODINGS)
  encoding?: ImportEncoding;
}

export class ImportRowDecisionDto {
  @ApiProperty({ minimum: 2, description: 'The row, as the report numbers it.' })
  @IsInt()
  @Min(2)
  @Max(10_000_000)
  rowNumber: number;

  @ApiProperty({
    enum: ROW_DECISION_ACTIONS,
    description:
      'skip; create (a new partner despite the match); update (the matched partner with the row); fill (only the matched partner\'s empty fields). ' +
      'update and fill apply to rows reported as duplicates of a live partner.',
  })
  @IsIn(ROW_DECISION_ACTIONS)
  action: RowDecisionAction;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'For update and fill: which matched partner (default: the first).' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;
}

export class CommitPartnerImportDto {
  @ApiPropertyOptional({
    enum: DUPLICATE_POLICIES,
    default: 'skip',
    description: 'Rows that look like existing partners or earlier rows: skip them (default), or create them anyway.',
  })
  @IsOptionalNotNull()
  @IsIn(DUPLICATE_POLICIES)
  duplicates?: DuplicatePolicy;

  @ApiPropertyOptional({ type: [ImportRowDecisionDto], description: 'Per-row decisions; rows without one follow `duplicates`.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => ImportRowDecisionDto)
  decisions?: ImportRowDecisionDto[];
}

export class ListPartnerImportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PARTNER_IMPORT_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_IMPORT_STATUSES)
  status?: PartnerImportStatus;
}

export class ListImportRowsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: IMPORT_ROW_OUTCOMES, description: 'Only rows the dry run classified so.' })
  @IsOptional()
  @IsIn(IMPORT_ROW_OUTCOMES)
  outcome?: ImportRowOutcome;

  @ApiPropertyOptional({ enum: IMPORT_ROW_RESULTS, description: 'Only rows the commit handled so.' })
  @IsOptional()
  @IsIn(IMPORT_ROW_RESULTS)
  result?: ImportRowResult;
}
