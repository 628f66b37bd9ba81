import { ApiProperty } from '@nestjs/swagger';
import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import {
  IMPORT_ROW_OUTCOMES,
  IMPORT_ROW_RESULTS,
  type ImportRowOutcome,
  type ImportRowProblem,
  type ImportRowResult,
  type PartnerImportRow,
} from '../partner-import-row.entity.js';

export class ImportRowProblemDoc {
  @ApiProperty({ type: String, nullable: true, example: 'kind', description: 'The CSV column; null for the row as a whole.' })
  column: string | null;
  @ApiProperty({ type: [String], example: ['kind: unknown code charityy.'] }) messages: string[];
}

export class DuplicateCandidateDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['name', 'website', 'companyNumber', 'charityNumber'], isArray: true }) matchedOn: string[];
}

export class ImportRowDuplicates {
  @ApiProperty({ type: [DuplicateCandidateDoc], description: 'Live partners this row looks like.' }) partners: DuplicateCandidateDoc[];
  @ApiProperty({ type: [Number], description: 'Earlier rows of this file it looks like.' }) rows: number[];
}

export class PartnerImportRowResponse {
  @ApiProperty({ description: 'As a spreadsheet numbers it: the header is row 1.' }) rowNumber: number;
  @ApiProperty({ description: 'The line of the file the row starts on.' }) line: number;
  @ApiProperty({ enum: IMPORT_ROW_OUTCOMES }) outcome: ImportRowOutcome;
  @ApiProperty({ enum: IMPORT_ROW_RESULTS, nullable: true, type: String }) result: ImportRowResult | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The row\'s cells by column.' })
  cells: Record<string, string>;
  @ApiProperty({ type: [ImportRowProblemDoc], description: 'Every problem of the row, by the file\'s column.' }) errors: ImportRowProblem[];
  @ApiProperty({ type: [ImportRowProblemDoc], description: 'What was noticed without refusing the row (a merge).' }) warnings: ImportRowProblem[];
  @ApiProperty({ type: ImportRowDuplicates }) duplicates: ImportRowDuplicates;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
    description: 'For update rows: each field that changes, as the audit trail records it.',
  })
  changes: FieldChanges | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The partner updated, found unchanged, or created.' })
  partnerId: string | null;
}

export class PartnerImportRowPage {
  @ApiProperty({ type: [PartnerImportRowResponse] }) items: PartnerImportRowResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toPartnerImportRowResponse(row: PartnerImportRow): PartnerImportRowResponse {
  return {
    rowNumber: row.rowNumber,
    line: row.line,
    outcome: row.outcome,
    result: row.result,
    cells: row.cells,
    errors: row.errors,
    warnings: row.warnings,
    duplicates: { partners: row.candidates, rows: row.duplicateRows },
    changes: row.changes,
    partnerId: row.partnerId,
  };
}
