import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AreaEngagement, CountRow, OwnerOverdue, QuarterFigures } from './dto/figures.response.js';

/**
 * Coverage and activity figures, each one SQL aggregate. The period is [from, to] in calendar days of
 * the institution's time zone: flows are counted from the instant `from` starts ($1) to the instant the
 * day after `to` starts ($2); stock figures take only the latter (as $1). A partner counts as live at the end of the period if it was created before then and not
 * archived (or merged) by then.
 */
const LIVE_AT_END = `p.created_at < $1 AND (p.archived_at IS NULL OR p.archived_at >= $1)`;

@Injectable()
export class FiguresRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async figures(from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<QuarterFigures> {
    const [{ start, end }] = await manager.query<{ start: Date; end: Date }[]>(
      `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS start, ($2::date + 1)::timestamp AT TIME ZONE $3 AS end`,
      [from, to, this.config.timeZone],
    );
    const period = [start, end];
    const counts = (sql: string, params: unknown[] = period): Promise<CountRow[]> => manager.query<CountRow[]>(sql, params);
    const stock = (sql: string): Promise<CountRow[]> => counts(sql, [end]);
    const one = async (sql: string, params: unknown[] = period): Promise<number> => (await manager.query<{ n: number }[]>(sql, params))[0].n;

    const partnersByAreaKind = await stock(
      `SELECT a.code || '/' || k.code AS key, count(*)::int AS count
         FROM partners p JOIN reference_entries a ON a.id = p.area_id JOIN reference_entries k ON k.id = p.kind_id
        WHERE ${LIVE_AT_END} GROUP BY 1 ORDER BY 1`,
    );
    const linked = (table: string): Promise<CountRow[]> =>
      stock(
        `SELECT r.code AS key, count(*)::int AS count
           FROM partners p JOIN ${table} j ON j.partner_id = p.id JOIN reference_entries r ON r.id = j.reference_id
          WHERE ${LIVE_AT_END} GROUP BY r.code, r.sort_order ORDER BY r.sort_order, r.code`,
      );
    const engagementByArea = await manager.query<AreaEngagement[]>(
      `SELECT a.code AS area, count(DISTINCT m.id)::int AS meetings, count(DISTINCT p.id)::int AS "partnersEngaged"
         FROM meeting_logs m JOIN meeting_partners mp ON mp.meeting_id = m.id
         JOIN partners p ON p.id = mp.partner_id JOIN reference_entries a ON a.id = p.area_id
        WHERE m.occurred_at >= $1 AND m.occurred_at < $2 AND m.occurred_at <= now()
        GROUP BY a.code, a.sort_order ORDER BY a.sort_order, a.code`,
      period,
    );
    const overdueByOwner = await manager.query<OwnerOverdue[]>(
      `SELECT p.owner_id AS "ownerId", u.display_name AS "ownerName", count(*)::int AS overdue
         FROM partners p LEFT JOIN users u ON u.id = p.owner_id
        WHERE p.archived_at IS NULL AND p.status IN ('prospect', 'active') AND p.dialogue_due_at < now()
          AND (p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < (now() AT TIME ZONE $1)::date)
        GROUP BY p.owner_id, u.display_name ORDER BY overdue DESC, u.display_name NULLS LAST`,
      [this.config.timeZone],
    );
    const byArea = new Map<string, number>();
    for (const row of partnersByAreaKind) {
      const area = row.key.split('/')[0];
      byArea.set(area, (byArea.get(area) ?? 0) + row.count);
    }
    return {
      from,
      to,
      partners: partnersByAreaKind.reduce((sum, row) => sum + row.count, 0),
      partnersByAreaKind,
      partnersByArea: [...byArea].map(([key, count]) => ({ key, count })),
      partnersByPriorityArea: await linked('partner_priority_areas'),
      partnersByTheme: await linked('partner_themes'),
      newPartners: await one(`SELECT count(*)::int AS n FROM partners WHERE created_at >= $1 AND created_at < $2 AND merged_into_id IS NULL`),
      newSignatories: await one(`SELECT count(*)::int AS n FROM signatures WHERE verified_at >= $1 AND verified_at < $2`),
      meetingsHeld: await one(`SELECT count(*)::int AS n FROM meeting_logs WHERE occurred_at >= $1 AND occurred_at < $2 AND occurred_at <= now()`),
      partnersEngaged: await one(
        `SELECT count(DISTINCT mp.partner_id)::int AS n FROM meeting_logs m JOIN meeting_partners mp ON mp.meeting_id = m.id
          WHERE m.occurred_at >= $1 AND m.occurred_at < $2 AND m.occurred_at <= now()`,
      ),
      engagementByArea,
      overdueByOwner,
      agreementsByKindStatus: await stock(
        `SELECT k.code || '/' || g.status AS key, count(*)::int AS count
           FROM agreements g JOIN reference_entries k ON k.id = g.kind_id
          WHERE g.created_at < $1 GROUP BY 1 ORDER BY 1`,
      ),
      renewalsDue: await one(
        `SELECT count(*)::int AS n FROM agreements
          WHERE status IN ('active', 'under-review') AND renewal_notice_date BETWEEN $1::date AND $2::date`,
        [from, to],
      ),
      pledgesByStatus: await counts(
        `SELECT pl.slug || '/' || s.status AS key, count(*)::int AS count
           FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id
          WHERE s.submitted_at >= $1 AND s.submitted_at < $2 GROUP BY 1 ORDER BY 1`,
      ),
      pledgesByArea: await counts(
        `SELECT pl.slug || '/' || coalesce(a.code, 'none') AS key, count(*)::int AS count
           FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id LEFT JOIN reference_entries a ON a.id = s.area_id
          WHERE s.submitted_at >= $1 AND s.submitted_at < $2 GROUP BY 1 ORDER BY 1`,
      ),
    };
  }
}
