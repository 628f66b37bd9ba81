import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inPublishedOrder, type PublishedPartner } from './published-entry.js';

export interface PublicationChanges {
  since: number;
  version: number;
  added: PublishedPartner[];
  changed: PublishedPartner[];
  removed: string[];
}

export interface PublicationSummary {
  version: number;
  publishedAt: string;
  contentHash: string;
  partnerCount: number;
  signatoryCount: number;
  publishedBy: string | null;
}

/** Reads of stored publications: bodies of old versions, history, and entry-level differences. */
@Injectable()
export class PublicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A stored version's partner list document (JSON unless told), or null if never published. */
  async body(version: number, format: 'json' | 'csv' = 'json'): Promise<{ version: number; publishedAt: Date; body: Buffer } | null> {
    const column = format === 'csv' ? 'csv' : 'json';
    const [row] = await this.dataSource.query<{ version: number; published_at: Date; body: Buffer }[]>(
      `SELECT version, published_at, ${column} AS body FROM publications WHERE version = $1`,
      [version],
    );
    return row ? { version: row.version, publishedAt: row.published_at, body: row.body } : null;
  }

  async history(limit: number): Promise<PublicationSummary[]> {
    const rows = await this.dataSource.query<
      { version: number; published_at: Date; content_hash: string; partner_count: number; signatory_count: number; published_by: string | null }[]
    >(
      `SELECT version, published_at, content_hash, partner_count, signatory_count, published_by
         FROM publications ORDER BY version DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      version: r.version,
      publishedAt: r.published_at.toISOString(),
      contentHash: r.content_hash,
      partnerCount: r.partner_count,
      signatoryCount: r.signatory_count,
      publishedBy: r.published_by,
    }));
  }

  /** Entries added, changed and removed from version `since` (0 = nothing) to `version`; null if `since` is unknown. */
  async changes(since: number, version: number): Promise<PublicationChanges | null> {
    if (since > 0 && !(await this.body(since))) return null;
    const rows = await this.dataSource.query<{ id: string; before: string | null; after: string | null; entry: PublishedPartner | null }[]>(
      `SELECT coalesce(a.partner_id, b.partner_id) AS id, a.entry_hash AS before, b.entry_hash AS after, b.entry
         FROM (SELECT partner_id, entry_hash FROM publication_entries WHERE version = $1) a
         FULL OUTER JOIN (SELECT partner_id, entry_hash, entry FROM publication_entries WHERE version = $2) b
           ON a.partner_id = b.partner_id
        WHERE a.entry_hash IS DISTINCT FROM b.entry_hash
        ORDER BY 1`,
      [since, version],
    );
    return {
      since,
      version,
      added: rows.filter((r) => r.before === null && r.entry).map((r) => inPublishedOrder(r.entry as PublishedPartner)),
      changed: rows.filter((r) => r.before !== null && r.after !== null && r.entry).map((r) => inPublishedOrder(r.entry as PublishedPartner)),
      removed: rows.filter((r) => r.after === null).map((r) => r.id),
    };
  }
}
