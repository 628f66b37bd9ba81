import { csvLine } from '../../src/common/csv/csv-writer.js';

export type CsvRow = Record<string, string | number | null | undefined>;

/** A CSV file (CRLF, as spreadsheets write) with `columns` as its header. */
export function partnerCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  return [csvLine(columns), ...rows.map((row) => csvLine(columns.map((c) => row[c])))].join('');
}

export const BULK_COLUMNS = ['name', 'kind', 'area', 'website', 'company_number', 'priority_areas', 'themes', 'tags', 'status', 'external_ref'] as const;

/**
 * `count` distinct, valid organisations tagged `tag`: names, websites and refs carry the tag, company numbers its
 * last four characters, so files made with different tags never look like one another.
 */
export function bulkPartnerRows(count: number, tag: string, refPrefix: string | null = tag): CsvRow[] {
  const areas = ['liverpool', 'wirral', 'sefton', 'knowsley', 'st-helens', 'halton'];
  const kinds = ['charity', 'social-enterprise', 'business-sme', 'school', 'faith-organisation'];
  return Array.from({ length: count }, (_, i) => ({
    name: `${tag} Organisation ${i + 1}`,
    kind: kinds[i % kinds.length],
    area: areas[i % areas.length],
    website: `https://www.${tag}-org-${i + 1}.org.uk`,
    company_number: `${tag.slice(-4).toUpperCase()}${String(i + 1).padStart(6, '0')}`,
    priority_areas: i % 3 === 0 ? 'housing;culture' : 'employment-and-skills',
    themes: i % 2 === 0 ? 'people-and-skills' : '',
    tags: `${tag};bulk`,
    status: i % 4 === 0 ? 'active' : 'prospect',
    external_ref: refPrefix === null ? '' : `${refPrefix}-${i + 1}`,
  }));
}
