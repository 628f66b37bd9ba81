import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { ListSignaturesQuery } from './dto/review.dto.js';
import type { SignatureCounts } from './dto/pledge-counts.response.js';
import { toSignatureResponse, type SignaturePage } from './dto/signature.response.js';
import { SIGNATURE_STATUSES } from './signature.entity.js';
import { Signature } from './signature.entity.js';

const CURSOR_SORT = 'submittedAt';

export interface CountRow extends SignatureCounts {
  grouping: number;
  version: number | null;
  area_code: string | null;
  area_label: string | null;
}

const CURRENT = SIGNATURE_STATUSES.map((s) => `'${s}', count(*) FILTER (WHERE s.status = '${s}')::int`).join(', ');

/** Staff reads over signatures: the review queue (oldest first, keyset) and counts. */
@Injectable()
export class SignaturesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: ListSignaturesQuery): Promise<SignaturePage> {
    const limit = query.limit ?? 25;
    const params: unknown[] = [query.pledge ?? null, query.status ?? null];
    let after = '';
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, CURSOR_SORT);
      params.push(at, id);
      after = 'AND (s.submitted_at, s.id) > ($3::timestamptz, $4::uuid)';
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<{ id: string; at: Date }[]>(
      `SELECT s.id, s.submitted_at AS at FROM signatures s JOIN pledges p ON p.id = s.pledge_id
        WHERE ($1::text IS NULL OR p.slug = $1) AND ($2::signature_status IS NULL OR s.status = $2::signature_status) ${after}
        ORDER BY s.submitted_at, s.id LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, limit);
    const loaded = await this.dataSource.manager.find(Signature, {
      where: { id: In(pageRows.map((r) => r.id)) },
      relations: { pledge: true, organisationKind: true, area: true, commitments: true },
    });
    const byId = new Map(loaded.map((s) => [s.id, s]));
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((r) => toSignatureResponse(byId.get(r.id) as Signature)),
      nextCursor: rows.length > limit && last ? encodeCursor(CURSOR_SORT, [last.at.toISOString(), last.id]) : null,
    };
  }

  /** One pass: totals (grouping 3), per text version (1) and per area (2). */
  counts(pledgeId: string): Promise<CountRow[]> {
    return this.dataSource.query<CountRow[]>(
      `SELECT GROUPING(s.text_version, a.code)::int AS grouping, s.text_version AS version, a.code AS area_code, a.label AS area_label,
              count(*)::int AS submitted,
              count(*) FILTER (WHERE s.verified_at IS NOT NULL)::int AS verified,
              count(*) FILTER (WHERE s.approved_at IS NOT NULL)::int AS approved,
              count(*) FILTER (WHERE s.withdrawn_at IS NOT NULL)::int AS withdrawn,
              json_build_object(${CURRENT}) AS current
         FROM signatures s LEFT JOIN reference_entries a ON a.id = s.area_id
        WHERE s.pledge_id = $1
        GROUP BY GROUPING SETS ((), (s.text_version), (a.code, a.label))
        ORDER BY 1, 2, 3`,
      [pledgeId],
    );
  }

  /** The public figure: signatures confirmed by email and standing. */
  async standing(pledgeId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM signatures WHERE pledge_id = $1 AND status IN ('verified', 'approved')`,
      [pledgeId],
    );
    return n;
  }
}
