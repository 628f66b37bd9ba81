import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import type { AreaCounts, PledgeCountsResponse, SignatureCounts, VersionCounts } from './dto/pledge-counts.response.js';
import type { PledgeResponse, PublicPledgeResponse } from './dto/pledge.response.js';
import { PledgeCatalog } from './pledge-catalog.js';
import { PledgeText, pledgeTextHash } from './pledge-text.entity.js';
import { Pledge } from './pledge.entity.js';
import { PledgeNotFoundError } from './pledges.errors.js';
import { SignaturesRepository, type CountRow } from './signatures.repository.js';

const value = (e: ReferenceEntry): { code: string; label: string } => ({ code: e.code, label: e.label });
const counts = (r: CountRow): SignatureCounts => ({
  submitted: r.submitted,
  verified: r.verified,
  approved: r.approved,
  withdrawn: r.withdrawn,
  current: r.current,
});

/** Pledges, their texts and their counts. */
@Injectable()
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly catalog: PledgeCatalog,
    private readonly signatures: SignaturesRepository,
    private readonly audit: AuditService,
  ) {}

  async publicView(slug: string): Promise<PublicPledgeResponse> {
    const { pledge, text } = await this.catalog.bySlug(this.dataSource.manager, slug);
    const live = (category: 'area' | 'organisation-kind'): Promise<ReferenceEntry[]> =>
      this.dataSource.manager.find(ReferenceEntry, { where: { category, retiredAt: IsNull() }, order: { sortOrder: 'ASC', label: 'ASC' } });
    return {
      slug: pledge.slug,
      kind: pledge.kind,
      title: pledge.title,
      version: text.version,
      text: text.body,
      sha256: text.sha256,
      publishedAt: text.publishedAt.toISOString(),
      commitments: pledge.commitments.filter((c) => !c.retiredAt).map(value),
      areas: (await live('area')).map(value),
      organisationKinds: pledge.kind === 'organisational' ? (await live('organisation-kind')).map(value) : [],
      signatureCount: await this.signatures.standing(pledge.id),
    };
  }

  async list(): Promise<PledgeResponse[]> {
    const pledges = await this.dataSource.manager.find(Pledge, { relations: { commitments: true }, order: { slug: 'ASC' } });
    const texts = await this.dataSource.manager.find(PledgeText, { order: { version: 'ASC' } });
    return pledges.map((p) => toPledgeResponse(p, texts.filter((t) => t.pledgeId === p.id)));
  }

  /** A new wording becomes current; signatures stay on the version they signed. */
  publishText(slug: string, body: string, actorId: string): Promise<PledgeResponse> {
    return this.transactions.run(async ({ manager }) => {
      const [row] = await manager.query<{ id: string }[]>('SELECT id FROM pledges WHERE slug = $1 FOR UPDATE', [slug]);
      if (!row) throw new PledgeNotFoundError();
      const pledge = await manager.findOneOrFail(Pledge, { where: { id: row.id }, relations: { commitments: true } });
      const version = pledge.currentVersion + 1;
      const sha256 = pledgeTextHash(body);
      await manager.insert(PledgeText, { pledgeId: pledge.id, version, body, sha256 });
      await manager.update(Pledge, { id: pledge.id }, { currentVersion: version });
      pledge.currentVersion = version;
      await this.audit.record(manager, {
        entityType: 'pledge',
        entityId: pledge.id,
        action: 'text-published',
        actorId,
        changes: { version: { before: version - 1, after: version }, sha256: { before: null, after: sha256 } },
      });
      return toPledgeResponse(pledge, await manager.find(PledgeText, { where: { pledgeId: pledge.id }, order: { version: 'ASC' } }));
    });
  }

  async counts(slug: string): Promise<PledgeCountsResponse> {
    const { pledge } = await this.catalog.bySlug(this.dataSource.manager, slug);
    const rows = await this.signatures.counts(pledge.id);
    const empty: SignatureCounts = { submitted: 0, verified: 0, approved: 0, withdrawn: 0, current: {} };
    const total = rows.find((r) => r.grouping === 3);
    const versions: VersionCounts[] = rows.filter((r) => r.grouping === 1).map((r) => ({ version: r.version ?? 0, ...counts(r) }));
    const areas: AreaCounts[] = rows
      .filter((r) => r.grouping === 2)
      .map((r) => ({ area: r.area_code ? { code: r.area_code, label: r.area_label ?? '' } : null, ...counts(r) }));
    return { pledge: pledge.slug, currentVersion: pledge.currentVersion, total: total ? counts(total) : empty, versions, areas };
  }
}

function toPledgeResponse(pledge: Pledge, texts: PledgeText[]): PledgeResponse {
  return {
    slug: pledge.slug,
    kind: pledge.kind,
    title: pledge.title,
    currentVersion: pledge.currentVersion,
    versions: texts.map((t) => ({ version: t.version, text: t.body, sha256: t.sha256, publishedAt: t.publishedAt.toISOString() })),
    commitments: [...pledge.commitments].sort((a, b) => a.sortOrder - b.sortOrder).map(value),
  };
}
