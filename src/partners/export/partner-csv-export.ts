import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { csvLine } from '../../common/csv/csv-writer.js';
import type { ExportPartnersQuery } from '../dto/export-partners.query.js';
import { CSV_LIST_SEPARATOR, PARTNER_CSV_COLUMNS, type PartnerCsvColumn } from '../partner-csv-columns.js';
import { PartnerFilterIds, type FilterIds } from '../partner-filter-ids.js';
import { cursorAfter, listClauses } from '../partners.repository.js';

/** Rows read per query: memory stays flat however long the list is. */
export const EXPORT_PAGE_SIZE = 1000;

type ExportRow = Record<PartnerCsvColumn, string | number | string[] | null> & { id: string; sort_keys: string[] };

interface ExportPage {
  rows: ExportRow[];
  nextCursor: string | null;
}

const codes = (join: string, column: string, target: string, order: string): string =>
  `ARRAY(SELECT t.code FROM ${join} j JOIN ${target} t ON t.id = j.${column} WHERE j.partner_id = p.id ORDER BY ${order})`;

/**
 * Streams a filtered partner list as CSV in the import's columns (so the file imports back), a
 * page at a time through the list's keyset pagination. Cells are spreadsheet-safe (csvLine).
 */
@Injectable()
export class PartnerCsvExport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly filterIds: PartnerFilterIds,
  ) {}

  /** Reads the first page before answering, so a failing query is an error response rather than a cut-off file. */
  async stream(filter: ExportPartnersQuery, actorId: string): Promise<Readable> {
    const ids = await this.filterIds.resolve(filter);
    const first = await this.page(filter, ids, actorId, undefined);
    return Readable.from(this.chunks(filter, ids, actorId, first), { objectMode: false });
  }

  private async *chunks(filter: ExportPartnersQuery, ids: FilterIds, actorId: string, first: ExportPage): AsyncGenerator<string> {
    // The byte-order mark makes spreadsheets read the file as UTF-8.
    yield `\uFEFF${csvLine(PARTNER_CSV_COLUMNS)}`;
    let page = first;
    for (;;) {
      yield page.rows.map((row) => csvLine(PARTNER_CSV_COLUMNS.map((c) => cellOf(row[c])))).join('');
      if (!page.nextCursor) return;
      page = await this.page(filter, ids, actorId, page.nextCursor);
    }
  }

  private async page(filter: ExportPartnersQuery, ids: FilterIds, actorId: string, cursor: string | undefined): Promise<ExportPage> {
    const { from, where, params, orderBy, sortKeys, sort } = listClauses({ ...filter, cursor }, actorId, ids);
    params.push(EXPORT_PAGE_SIZE + 1);
    const rows = await this.dataSource.query<ExportRow[]>(
      `SELECT p.id, ${sortKeys}, p.name, p.legal_name, p.alternative_names, k.code AS kind, a.code AS area, p.address,
              p.postcode, p.website, p.company_number, p.charity_number, p.description,
              ${codes('partner_priority_areas', 'reference_id', 'reference_entries', 't.sort_order')} AS priority_areas,
              ${codes('partner_themes', 'reference_id', 'reference_entries', 't.sort_order')} AS themes,
              p.tags, p.status, u.email AS owner_email, p.dialogue_cadence_days,
              ${codes('partner_list_memberships', 'list_id', 'partner_lists', 't.code')} AS lists, p.external_ref
         FROM ${from}
         JOIN reference_entries k ON k.id = p.kind_id
         JOIN reference_entries a ON a.id = p.area_id
         LEFT JOIN users u ON u.id = p.owner_id
        ${where}
        ORDER BY ${orderBy}
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, EXPORT_PAGE_SIZE);
    const last = items.at(-1);
    return { rows: items, nextCursor: rows.length > EXPORT_PAGE_SIZE && last ? cursorAfter(sort, last) : null };
  }
}

function cellOf(value: string | number | string[] | null): string | number | null {
  return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
}
