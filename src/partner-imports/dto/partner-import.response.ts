import { ApiProperty } from '@nestjs/swagger';
import {
  DUPLICATE_POLICIES,
  IMPORT_ENCODINGS,
  PARTNER_IMPORT_STATUSES,
  type DuplicatePolicy,
  type ImportEncoding,
  type PartnerImport,
  type PartnerImportStatus,
} from '../partner-import.entity.js';

export class ImportProgress {
  @ApiProperty({ enum: ['dry-run', 'commit'], nullable: true, type: String, description: 'What is running; null when nothing is.' })
  phase: 'dry-run' | 'commit' | null;
  @ApiProperty({ description: 'Rows the running phase has finished (or the last phase finished).' }) processed: number;
  @ApiProperty() total: number;
}

/** How many rows the dry run classified so. */
export class ImportOutcomeCounts {
  @ApiProperty() pending: number;
  @ApiProperty() create: number;
  @ApiProperty() update: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() duplicate: number;
  @ApiProperty() error: number;
  @ApiProperty({ description: 'Rows folded into an earlier row with the same external_ref.' }) merged: number;
}

/** What the commit did, so far. */
export class ImportResultCounts {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() skipped: number;
  @ApiProperty() merged: number;
}

export class PartnerImportSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PARTNER_IMPORT_STATUSES }) status: PartnerImportStatus;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty() totalRows: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) committedAt: string | null;
}

export class PartnerImportResponse extends PartnerImportSummary {
  @ApiProperty({ type: [String], description: 'The file\'s columns, in its order.' }) columns: string[];
  @ApiProperty({ description: 'Bytes uploaded.' }) sizeBytes: number;
  @ApiProperty({ enum: IMPORT_ENCODINGS, description: 'How the bytes were read.' }) encoding: ImportEncoding;
  @ApiProperty({ description: 'The cell separator found: , ; tab or |.' }) delimiter: string;
  @ApiProperty({ description: 'Whether the columns are mapped to partner fields (status mapping: not yet).' }) mapped: boolean;
  @ApiProperty({ description: 'Hex SHA-256 of the file.' }) sha256: string;
  @ApiProperty({ type: ImportProgress }) progress: ImportProgress;
  @ApiProperty({ type: ImportOutcomeCounts }) outcomes: ImportOutcomeCounts;
  @ApiProperty({ type: ImportResultCounts }) results: ImportResultCounts;
  @ApiProperty({ enum: DUPLICATE_POLICIES, nullable: true, type: String, description: 'Chosen at commit.' })
  duplicates: DuplicatePolicy | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last job gave up.' }) failure: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) committedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) commitStartedAt: string | null;
  @ApiProperty({ description: 'Send as If-Match (or use the ETag header) to commit.' }) version: number;
}

export class PartnerImportPage {
  @ApiProperty({ type: [PartnerImportSummary] }) items: PartnerImportSummary[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export interface ImportCounts {
  outcomes: ImportOutcomeCounts;
  results: ImportResultCounts;
}

export function toPartnerImportSummary(entity: PartnerImport): PartnerImportSummary {
  return {
    id: entity.id,
    status: entity.status,
    fileName: entity.fileName,
    totalRows: entity.totalRows,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt.toISOString(),
    committedAt: entity.committedAt?.toISOString() ?? null,
  };
}

export function toPartnerImportResponse(entity: PartnerImport, counts: ImportCounts): PartnerImportResponse {
  return {
    ...toPartnerImportSummary(entity),
    columns: entity.columns,
    sizeBytes: entity.sizeBytes,
    encoding: entity.encoding,
    delimiter: entity.delimiter,
    mapped: entity.mapping !== null,
    sha256: entity.sha256,
    progress: progressOf(entity, counts),
    ...counts,
    duplicates: entity.duplicatePolicy,
    failure: entity.failure,
    committedBy: entity.committedBy,
    validatedAt: entity.validatedAt?.toISOString() ?? null,
    commitStartedAt: entity.commitStartedAt?.toISOString() ?? null,
    version: entity.version,
  };
}

function progressOf(entity: PartnerImport, { outcomes, results }: ImportCounts): ImportProgress {
  const committed = results.created + results.updated + results.unchanged + results.skipped + results.merged;
  const validated = entity.totalRows - outcomes.pending;
  const phase = entity.status === 'validating' ? 'dry-run' : entity.status === 'committing' ? 'commit' : null;
  const processed = entity.commitAttempts > 0 ? committed : validated;
  return { phase, processed, total: entity.totalRows };
}
