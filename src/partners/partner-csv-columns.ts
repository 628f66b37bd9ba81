import { unguardFormula } from '../common/csv/csv-writer.js';
import type { CreatePartnerDto } from './dto/partner-write.dto.js';

/**
 * The CSV form of a partner, shared by import and export so that an exported file imports back.
 * Multi-valued cells hold codes (or tags) separated by semicolons.
 */
export const PARTNER_CSV_COLUMNS = [
  'id',
  'name',
  'legal_name',
  'alternative_names',
  'kind',
  'area',
  'address',
  'postcode',
  'website',
  'company_number',
  'charity_number',
  'description',
  'priority_areas',
  'themes',
  'tags',
  'status',
  'owner_email',
  'dialogue_cadence_days',
  'lists',
  'external_ref',
] as const;
export type PartnerCsvColumn = (typeof PARTNER_CSV_COLUMNS)[number];
export type PartnerCsvCells = Partial<Record<PartnerCsvColumn, string>>;

export const REQUIRED_PARTNER_CSV_COLUMNS: readonly PartnerCsvColumn[] = ['name', 'kind', 'area'];
export const CSV_LIST_SEPARATOR = ';';

type BodyField = keyof CreatePartnerDto;

/** Column → create-body field. owner_email has none: it resolves to a staff user; id names the partner a row updates. */
const BODY_FIELDS: Record<Exclude<PartnerCsvColumn, 'owner_email' | 'id'>, BodyField> = {
  name: 'name',
  legal_name: 'legalName',
  alternative_names: 'alternativeNames',
  kind: 'kind',
  area: 'area',
  address: 'address',
  postcode: 'postcode',
  website: 'website',
  company_number: 'companyNumber',
  charity_number: 'charityNumber',
  description: 'description',
  priority_areas: 'priorityAreas',
  themes: 'themes',
  tags: 'tags',
  status: 'status',
  dialogue_cadence_days: 'dialogueCadenceDays',
  lists: 'lists',
  external_ref: 'externalRef',
};
const MULTI_VALUED: ReadonlySet<PartnerCsvColumn> = new Set(['alternative_names', 'priority_areas', 'themes', 'tags', 'lists']);
/** Empty means "not given": required, or not nullable (status keeps its value or default). */
const EMPTY_IS_ABSENT: ReadonlySet<PartnerCsvColumn> = new Set(['name', 'kind', 'area', 'status']);

/** A row as the API would receive it: `body` for CreatePartnerDto, plus the owner by email. */
export interface PartnerCsvInput {
  body: Partial<Record<BodyField, unknown>>;
  /** undefined: no owner_email column; null: the cell is empty (no owner). */
  ownerEmail: string | null | undefined;
  /** The partner the row names by id (an exported file): null when the cell is empty or there is no id column. */
  partnerId: string | null;
}

/**
 * An empty cell clears the field (null, or no codes), so a file states the whole record for the
 * columns it has; columns the file lacks are left alone on update.
 */
export function toPartnerCsvInput(cells: PartnerCsvCells): PartnerCsvInput {
  const body: PartnerCsvInput['body'] = {};
  let ownerEmail: string | null | undefined;
  let partnerId: string | null = null;
  for (const [column, raw] of Object.entries(cells) as [PartnerCsvColumn, string][]) {
    const value = unguardFormula(raw).trim();
    if (column === 'owner_email') ownerEmail = value === '' ? null : value.toLowerCase();
    else if (column === 'id') partnerId = value === '' ? null : value.toLowerCase();
    else if (value !== '' || !EMPTY_IS_ABSENT.has(column)) body[BODY_FIELDS[column]] = cellValue(column, value);
  }
  return { body, ownerEmail, partnerId };
}

function cellValue(column: PartnerCsvColumn, value: string): unknown {
  if (MULTI_VALUED.has(column)) return splitList(value);
  if (value === '') return null;
  // A non-numeric value stays text, so validation names the problem.
  if (column === 'dialogue_cadence_days') return /^\d{1,9}$/.test(value) ? Number(value) : value;
  return value;
}

export function splitList(value: string): string[] {
  return value
    .split(CSV_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The CSV column a create-body field came from, for error messages a spreadsheet user can act on. */
export function columnOfField(field: string): PartnerCsvColumn | null {
  const entry = Object.entries(BODY_FIELDS).find(([, f]) => f === field);
  return entry ? (entry[0] as PartnerCsvColumn) : null;
}

/** Header cells compared leniently: `Legal Name` and `legal-name` both mean legal_name. */
export function normaliseCsvHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export function isPartnerCsvColumn(name: string): name is PartnerCsvColumn {
  return (PARTNER_CSV_COLUMNS as readonly string[]).includes(name);
}
