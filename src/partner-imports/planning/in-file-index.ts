import { splitList, toPartnerCsvInput, type PartnerCsvCells } from '../../partners/partner-csv-columns.js';
import { normaliseCharityNumber, normaliseCompanyNumber, normaliseName, websiteDomain } from '../../partners/partner-identity.js';

/** The cells the index reads: enough to tell organisations apart and merge repeated ones, far less than whole rows. */
export const IDENTITY_COLUMNS = ['name', 'website', 'company_number', 'charity_number', 'external_ref', 'tags'] as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The row's name as duplicate checks compare it (PartnerWriter trims, then normalises). */
export function rowNameKey(cells: PartnerCsvCells): string | null {
  const name = text(toPartnerCsvInput({ name: cells.name }).body.name);
  return name ? normaliseName(name.trim()) || null : null;
}

/** The identity a row claims (as partner-identity normalises it); cells left empty claim nothing. */
export function rowIdentity(cells: PartnerCsvCells): { keys: string[]; externalRef: string | null } {
  const { body } = toPartnerCsvInput(cells);
  const name = rowNameKey(cells);
  const keys = [
    name ? `name:${name}` : null,
    websiteKey(text(body.website)),
    keyOf('company', normaliseCompanyNumber(text(body.companyNumber))),
    keyOf('charity', normaliseCharityNumber(text(body.charityNumber))),
  ].filter((k): k is string => k !== null);
  return { keys, externalRef: text(body.externalRef) };
}

const keyOf = (kind: string, value: string | null): string | null => (value ? `${kind}:${value}` : null);
const websiteKey = (website: string | null): string | null => keyOf('website', websiteDomain(website));

/** A later row with the external_ref of an earlier one: what the earlier one takes from it. */
export interface MergedRow {
  rowNumber: number;
  name: string | null;
  tags: string[];
}

/**
 * Look-alikes within one file: for each identity (normalised name, website domain, company or
 * charity number) and each external_ref, the first row that claims it; and for that first row, the later
 * rows with its external_ref, merged into it. Built from every row (in row order) before any is
 * classified, so a chunk (or a retried job) sees the same answer as a single pass.
 */
export class InFileIndex {
  private readonly firstRow = new Map<string, number>();
  private readonly merges = new Map<number, MergedRow[]>();

  /** Rows are added in row order. */
  add(rowNumber: number, cells: PartnerCsvCells): void {
    const { keys, externalRef } = rowIdentity(cells);
    const first = externalRef ? this.firstRow.get(`ref:${externalRef}`) : undefined;
    if (first !== undefined && first < rowNumber) {
      const merged = { rowNumber, name: text(cells.name)?.trim() ?? null, tags: splitList(cells.tags ?? '') };
      this.merges.set(first, [...(this.merges.get(first) ?? []), merged]);
    }
    for (const key of externalRef ? [...keys, `ref:${externalRef}`] : keys) {
      const seen = this.firstRow.get(key);
      if (seen === undefined || rowNumber < seen) this.firstRow.set(key, rowNumber);
    }
  }

  /** Earlier rows that look like this one (the first of a set of look-alikes has none). */
  earlierLookAlikes(rowNumber: number, cells: PartnerCsvCells): number[] {
    const rows = rowIdentity(cells).keys.map((key) => this.firstRow.get(key) ?? rowNumber);
    return [...new Set(rows.filter((row) => row < rowNumber))].sort((a, b) => a - b);
  }

  /** An earlier row with the same external_ref, if any: this row is merged into it. */
  earlierSameRef(rowNumber: number, cells: PartnerCsvCells): number | null {
    const { externalRef } = rowIdentity(cells);
    const first = externalRef ? this.firstRow.get(`ref:${externalRef}`) : undefined;
    return first !== undefined && first < rowNumber ? first : null;
  }

  /** The later rows merged into this one. */
  mergedInto(rowNumber: number): MergedRow[] {
    return this.merges.get(rowNumber) ?? [];
  }
}
