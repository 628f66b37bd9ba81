import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { encode } from './encoded-body.js';
import { listedSignatories } from './listed-signatories.js';
import { Publication } from './publication.entity.js';
import { entryHash, sha256, toCsv, toPublishedPartner, type ListedPartnerRow, type PublishedPartner } from './published-entry.js';
import { encodePages, storePages } from './published-pages.js';
import type { PublishedPledgeSignatories } from './published-signatories.js';

export const PUBLICATION_CHANNEL = 'partner_list_published';

export interface PublishOutcome {
  created: boolean;
  version: number;
  partnerCount: number;
  /** Signatories listed by name, over every pledge. */
  signatoryCount: number;
}

/** One snapshot: the partner list and, per pledge, its count and listed signatories. */
export interface PublicationContent {
  partners: PublishedPartner[];
  pledges: PublishedPledgeSignatories[];
}

export interface PublicationSnapshot {
  content: PublicationContent;
  counts: { partnerCount: number; signatoryCount: number };
  contentHash: string;
}

/** The latest stored version, as the publisher compares the new snapshot with it. */
interface LatestVersion {
  version: number;
  published_at: Date;
  content_hash: string;
  /** Whether its partner list pages are stored (versions published before paging have none). */
  paged: boolean;
}

/**
 * Builds a snapshot of the partners who consented to be listed and are active, and of each pledge's
 * approved signatories who consented, and stores it as a new version unless its content equals the
 * latest one. Both documents, and the partner list's pages, come from one transaction, so they agree.
 * Runs serialised by an advisory lock, so the hourly job and an admin's request cannot interleave.
 * Listeners are told by NOTIFY.
 */
@Injectable()
export class PublisherService {
  private readonly logger = new Logger('Publishing');

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  publish(actorId: string | null): Promise<PublishOutcome> {
    return this.transactions.run(async ({ manager }) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('publishing.publish'))`);
      const { content, counts, contentHash } = await this.snapshot(manager);
      const [latest] = await manager.query<LatestVersion[]>(
        `SELECT p.version, p.published_at, p.content_hash, EXISTS (SELECT 1 FROM publication_pages pp WHERE pp.version = p.version) AS paged
           FROM publications p ORDER BY p.version DESC LIMIT 1`,
      );
      if (latest?.content_hash === contentHash) {
        if (!latest.paged) await this.addMissingPages(manager, latest, content.partners);
        return { created: false, version: latest.version, ...counts };
      }
      const version = (latest?.version ?? 0) + 1;
      await this.store(manager, { version, contentHash, content, actorId, signatoryCount: counts.signatoryCount });
      await manager.query('SELECT pg_notify($1, $2)', [PUBLICATION_CHANNEL, String(version)]);
      this.logger.log({ msg: 'partner list published', version, partners: counts.partnerCount, signatories: counts.signatoryCount });
      return { created: true, version, ...counts };
    });
  }

  /** What a publication made now would hold, with its counts and content hash (equal hashes: no new version). */
  async snapshot(manager: EntityManager): Promise<PublicationSnapshot> {
    const content: PublicationContent = {
      partners: (await this.listedPartners(manager)).map(toPublishedPartner),
      pledges: await listedSignatories(manager, this.config.timeZone),
    };
    const counts = { partnerCount: content.partners.length, signatoryCount: content.pledges.reduce((n, p) => n + p.signatories.length, 0) };
    const contentHash = sha256(`${sha256(content.partners.map(entryHash).join('\n'))}\n${sha256(JSON.stringify(content.pledges))}`);
    return { content, counts, contentHash };
  }

  /**
   * A version published before the list was paged gets its pages once, from this snapshot: its content
   * hash matched, so these are the same partners in the same order.
   */
  private async addMissingPages(manager: EntityManager, latest: LatestVersion, partners: PublishedPartner[]): Promise<void> {
    const { version } = latest;
    await storePages(manager, version, await encodePages({ version, publishedAt: latest.published_at.toISOString() }, partners));
    await manager.query('SELECT pg_notify($1, $2)', [PUBLICATION_CHANNEL, String(version)]);
    this.logger.log({ msg: 'partner list pages stored for an earlier version', version });
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

  private async store(
    manager: EntityManager,
    row: { version: number; contentHash: string; content: PublicationContent; actorId: string | null; signatoryCount: number },
  ): Promise<void> {
    const { version, content } = row;
    const publishedAt = new Date();
    const stamp = { version, publishedAt: publishedAt.toISOString() };
    const [partners, signatories, pages] = await Promise.all([
      encode({ ...stamp, count: content.partners.length, partners: content.partners }),
      encode({ ...stamp, pledges: content.pledges }),
      encodePages(stamp, content.partners),
    ]);
    await manager.insert(Publication, {
      version,
      publishedAt,
      contentHash: row.contentHash,
      partnerCount: content.partners.length,
      signatoryCount: row.signatoryCount,
      publishedBy: row.actorId,
      json: partners.json,
      jsonGzip: partners.gzip,
      jsonBrotli: partners.brotli,
      csv: Buffer.from(toCsv(content.partners)),
      signatoriesJson: signatories.json,
      signatoriesJsonGzip: signatories.gzip,
      signatoriesJsonBrotli: signatories.brotli,
    });
    await manager.query(
      `INSERT INTO publication_entries (version, partner_id, entry_hash, entry)
       SELECT $1, e.id, e.hash, e.entry FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS e(id, hash, entry)`,
      [version, content.partners.map((e) => e.id), content.partners.map(entryHash), content.partners.map((e) => JSON.stringify(e))],
    );
    await storePages(manager, version, pages);
  }
}
