import { Injectable, Logger } from '@nestjs/common';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction.js';
import { Publication } from './publication.entity.js';
import { entryHash, sha256, toCsv, toPublishedPartner, type ListedPartnerRow, type PublishedPartner } from './published-entry.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const PUBLICATION_CHANNEL = 'partner_list_published';

export interface PublishOutcome {
  created: boolean;
  version: number;
  partnerCount: number;
}

/**
 * Builds a snapshot of the partners who consented to be listed and are active, and stores it as a
 * new version unless its content equals the latest one. Runs serialised by an advisory lock, so
 * the hourly job and an admin's request cannot interleave. Listeners are told by NOTIFY.
 */
@Injectable()
export class PublisherService {
  private readonly logger = new Logger('Publishing');

  constructor(private readonly transactions: TransactionRunner) {}

  publish(actorId: string | null): Promise<PublishOutcome> {
    return this.transactions.run(async ({ manager }) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('publishing.publish'))`);
      const entries = (await this.listedPartners(manager)).map(toPublishedPartner);
      const contentHash = sha256(entries.map(entryHash).join('\n'));
      const [latest] = await manager.query<{ version: number; content_hash: string }[]>(
        'SELECT version, content_hash FROM publications ORDER BY version DESC LIMIT 1',
      );
      if (latest?.content_hash === contentHash) return { created: false, version: latest.version, partnerCount: entries.length };
      const version = (latest?.version ?? 0) + 1;
      await this.store(manager, version, contentHash, entries, actorId);
      await manager.query('SELECT pg_notify($1, $2)', [PUBLICATION_CHANNEL, String(version)]);
      this.logger.log({ msg: 'partner list published', version, partners: entries.length });
      return { created: true, version, partnerCount: entries.length };
    });
  }

  private listedPartners(manager: EntityManager): Promise<ListedPartnerRow[]> {
    return manager.query<ListedPartnerRow[]>(
      `SELECT p.id, p.name, p.website, p.description, a.label AS area, k.label AS kind, p.public_fields,
              EXISTS (SELECT 1 FROM partner_list_memberships m JOIN partner_lists l ON l.id = m.list_id
                       WHERE m.partner_id = p.id AND l.code = 'pact-partners') AS pact_partner
         FROM partners p
         JOIN reference_entries a ON a.id = p.area_id
         JOIN reference_entries k ON k.id = p.kind_id
        WHERE p.public_listing_consent AND p.status = 'active' AND p.archived_at IS NULL
        ORDER BY p.normalized_name, p.id`,
    );
  }

  private async store(manager: EntityManager, version: number, contentHash: string, entries: PublishedPartner[], actorId: string | null): Promise<void> {
    const publishedAt = new Date();
    const json = Buffer.from(JSON.stringify({ version, publishedAt: publishedAt.toISOString(), count: entries.length, partners: entries }));
    const [jsonGzip, jsonBrotli] = await Promise.all([
      gzipAsync(json, { level: 9 }),
      brotliAsync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length } }),
    ]);
    await manager.insert(Publication, {
      version,
      publishedAt,
      contentHash,
      partnerCount: entries.length,
      publishedBy: actorId,
      json,
      jsonGzip,
      jsonBrotli,
      csv: Buffer.from(toCsv(entries)),
    });
    await manager.query(
      `INSERT INTO publication_entries (version, partner_id, entry_hash, entry)
       SELECT $1, e.id, e.hash, e.entry FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS e(id, hash, entry)`,
      [version, entries.map((e) => e.id), entries.map(entryHash), entries.map((e) => JSON.stringify(e))],
    );
  }
}
