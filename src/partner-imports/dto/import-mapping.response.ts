import { ApiProperty } from '@nestjs/swagger';
import { PARTNER_CSV_COLUMNS, REQUIRED_PARTNER_CSV_COLUMNS } from '../../partners/partner-csv-columns.js';
import { VALUE_MAPPED_COLUMNS } from '../mapping/import-mapping.js';

export class ImportFileColumn {
  @ApiProperty({ description: 'The column as the file names it.' }) column: string;
  @ApiProperty({ type: [String], description: 'Up to five different values from the first rows.' }) samples: string[];
  @ApiProperty({ enum: PARTNER_CSV_COLUMNS, nullable: true, type: String, description: 'The field it most likely holds (header, then values).' })
  suggested: string | null;
  @ApiProperty({ enum: PARTNER_CSV_COLUMNS, nullable: true, type: String, description: 'The field it is mapped to now; null: not imported or not mapped yet.' })
  mapped: string | null;
}

export class ImportFieldOption {
  @ApiProperty({ enum: PARTNER_CSV_COLUMNS }) field: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ description: 'Whether its values are codes from a list (value mapping applies).' }) coded: boolean;
}

export class SavedImportMappingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', nullable: true } }) columns: Record<string, string | null>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } } })
  values: Record<string, Record<string, string>>;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PartnerImportMappingView {
  @ApiProperty({ type: [ImportFileColumn] }) columns: ImportFileColumn[];
  @ApiProperty({ type: [ImportFieldOption], description: `Every partner field a column can feed; required: ${REQUIRED_PARTNER_CSV_COLUMNS.join(', ')}.` })
  fields: ImportFieldOption[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } }, description: 'The value mapping in use.' })
  values: Record<string, Record<string, string>>;
  @ApiProperty({ type: [SavedImportMappingView], description: 'Saved mappings made for a file with this header, newest first.' })
  saved: SavedImportMappingView[];
  @ApiProperty({ enum: ['utf-8', 'windows-1252'] }) encoding: string;
  @ApiProperty({ description: 'The cell separator found: , ; tab or |.' }) delimiter: string;
}

export class ImportValueOption {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
}

export class ImportFileValue {
  @ApiProperty({ description: 'As written in the file (trimmed).' }) value: string;
  @ApiProperty({ description: 'Rows holding it.' }) rows: number;
  @ApiProperty({ type: String, nullable: true, description: 'The code it matches (code, label or a common synonym); null: choose one.' })
  suggested: string | null;
}

export class ImportColumnValues {
  @ApiProperty({ enum: VALUE_MAPPED_COLUMNS }) field: string;
  @ApiProperty() column: string;
  @ApiProperty({ type: [ImportValueOption], description: 'The codes to choose from.' }) options: ImportValueOption[];
  @ApiProperty({ type: [ImportFileValue], description: 'The column\'s different values (at most 500), most used first.' }) values: ImportFileValue[];
}
