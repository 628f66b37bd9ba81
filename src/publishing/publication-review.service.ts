import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction.js';
import type { PublicationPreviewResponse, PublicationVersionDiffResponse } from './dto/publication-review.response.js';
import { partnerDiff, signatoryDiff } from './publication-diff.js';
import { entryHash, inPublishedOrder, type PublishedPartner } from './published-entry.js';
import type { PublishedPledgeSignatories } from './published-signatories.js';
import { PublisherService } from './publisher.service.js';
import { PublishedVersionNotFoundError } from './publishing.errors.js';

interface VersionRow {
  version: number;
  content_hash: string;
  signatories_json: Buffer | null;
}

const signatoriesOf = (row: VersionRow | undefined): PublishedPledgeSignatories[] =>
  row?.signatories_json ? (JSON.parse(row.signatories_json.toString('utf8')) as { pledges: PublishedPledgeSignatories[] }).pledges : [];

/** What staff read before and after publishing: the next version against the live one, and each version against the one before. */
@Injectable()
export class PublicationReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly publisher: PublisherService,
  ) {}

  /** The snapshot publishing now would store, compared field by field with the live version. */
  preview(): Promise<PublicationPreviewResponse> {
    return this.transactions.run(async ({ manager }) => {
      const next = await this.publisher.snapshot(manager);
      const [live] = await manager.query<VersionRow[]>('SELECT version, content_hash, signatories_json FROM publications ORDER BY version DESC LIMIT 1');
      const hashes = live ? await this.entryHashes(manager, live.version) : new Map<string, string>();
      // Only entries whose hash differs need reading in full.
      const differing = next.content.partners.filter((e) => hashes.get(e.id) !== entryHash(e));
      const listed = new Set(next.content.partners.map((e) => e.id));
      const wanted = [...differing.map((e) => e.id).filter((id) => hashes.has(id)), ...[...hashes.keys()].filter((id) => !listed.has(id))];
      const before = live ? await this.entries(manager, live.version, wanted) : new Map<string, PublishedPartner>();
      return {
        liveVersion: live?.version ?? null,
        wouldPublish: live?.content_hash !== next.contentHash,
        ...next.counts,
        ...partnerDiff(before, differing),
        signatories: signatoryDiff(signatoriesOf(live), next.content.pledges),
      };
    });
  }

  /** A stored version against the one before it. */
  versionDiff(version: number): Promise<PublicationVersionDiffResponse> {
    return this.transactions.run(async ({ manager }) => {
      const rows = await manager.query<VersionRow[]>(
        'SELECT version, content_hash, signatories_json FROM publications WHERE version IN ($1, $2)',
        [version, version - 1],
      );
      const current = rows.find((r) => r.version === version);
      if (!current) throw new PublishedVersionNotFoundError(version);
      const previous = rows.find((r) => r.version === version - 1);
      const entries = await manager.query<{ before: PublishedPartner | null; after: PublishedPartner | null }[]>(
        `SELECT a.entry AS before, b.entry AS after
           FROM (SELECT partner_id, entry_hash, entry FROM publication_entries WHERE version = $1) a
           FULL OUTER JOIN (SELECT partner_id, entry_hash, entry FROM publication_entries WHERE version = $2) b ON a.partner_id = b.partner_id
          WHERE a.entry_hash IS DISTINCT FROM b.entry_hash
          ORDER BY coalesce(b.entry->>'name', a.entry->>'name')`,
        [version - 1, version],
      );
      const before = new Map(entries.flatMap((r) => (r.before ? [[r.before.id, inPublishedOrder(r.before)] as const] : [])));
      const after = entries.flatMap((r) => (r.after ? [inPublishedOrder(r.after)] : []));
      return {
        version,
        since: previous ? previous.version : 0,
        ...partnerDiff(before, after),
        signatories: signatoryDiff(signatoriesOf(previous), signatoriesOf(current)),
      };
    });
  }

  private async entryHashes(manager: EntityManager, version: number): Promise<Map<string, string>> {
    const rows = await manager.query<{ partner_id: string; entry_hash: string }[]>(
      'SELECT partner_id, entry_hash FROM publication_entries WHERE version = $1',
      [version],
    );
    return new Map(rows.map((r) => [r.partner_id, r.entry_hash]));
  }

  private async entries(manager: EntityManager, version: number, ids: string[]): Promise<Map<string, PublishedPartner>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ entry: PublishedPartner }[]>(
      'SELECT entry FROM publication_entries WHERE version = $1 AND partner_id = ANY($2::uuid[])',
      [version, ids],
    );
    return new Map(rows.map((r) => [r.entry.id, inPublishedOrder(r.entry)]));
  }
}
