import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
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
