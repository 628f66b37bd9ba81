import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AreaEngagement, CountRow, MonthCount, OwnerOverdue, PeriodFigures, QuarterFigures } from './dto/figures.response.js';

/**
 * Coverage and activity figures, each one SQL aggregate over an index range or a bounded table (reference
 * data, live partners). The period is [from, to] in calendar days of the institution's time zone: flows are
 * counted from the instant `from` starts ($1) to the instant the day after `to` starts ($2) and bucketed by
 * month in that zone ($3); stock figures take only the latter (as $1). A partner counts as live at the end
 * of the period if it was created before then and not archived (or merged) by then.
 *
 * The figures are independent reads: on the pool they are sent together, each on its own connection; inside
 * a transaction (freezing a quarter) they run one after another on its connection.
 */
const LIVE_AT_END = `p.created_at < $1 AND (p.archived_at IS NULL OR p.archived_at >= $1)`;

interface PeriodFlows {
  newPartnersByMonth: MonthCount[];
  newSignatoriesByMonth: MonthCount[];
  renewalsDueByMonth: MonthCount[];
}

type EngagementRow = AreaEngagement & { total: boolean };

/** Every month from `from`'s to `to`'s (YYYY-MM), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

async function runAll<T extends readonly (() => Promise<unknown>)[]>(together: boolean, tasks: T): Promise<Results<T>> {
  if (together) return (await Promise.all(tasks.map((task) => task()))) as Results<T>;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Results<T>;
}

const sum = (rows: { count: number }[]): number => rows.reduce((total, row) => total + row.count, 0);

@Injectable()
export class FiguresRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The figures a quarterly update freezes. */
  async figures(from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<QuarterFigures> {
    return (await this.collect(from, to, manager)).figures;
  }

  /** The figures screen's: a quarter's figures and the period's flows month by month. */
  async periodFigures(from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<PeriodFigures> {
    const { figures, flows } = await this.collect(from, to, manager);
    return { ...figures, ...flows };
  }

  private async collect(from: string, to: string, manager: EntityManager): Promise<{ figures: QuarterFigures; flows: PeriodFlows }> {
    const timeZone = this.config.timeZone;
    const [{ start, end }] = await manager.query<{ start: Date; end: Date }[]>(
      `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS start, ($2::date + 1)::timestamp AT TIME ZONE $3 AS end`,
      [from, to, timeZone],
    );
    const counts = (sql: string, params: unknown[] = [start, end]): Promise<CountRow[]> => manager.query<CountRow[]>(sql, params);
    const stock = (sql: string): Promise<CountRow[]> => counts(sql, [end]);
    const months = monthsBetween(from, to);
    const byMonth = async (sql: string, params: unknown[] = [start, end, timeZone]): Promise<MonthCount[]> => {
      const found = new Map((await manager.query<MonthCount[]>(sql, params)).map((row) => [row.month, row.count]));
      return months.map((month) => ({ month, count: found.get(month) ?? 0 }));
    };
    const linked = (table: string): Promise<CountRow[]> =>
      stock(
        `SELECT r.code AS key, count(*)::int AS count
           FROM partners p JOIN ${table} j ON j.partner_id = p.id JOIN reference_entries r ON r.id = j.reference_id
          WHERE ${LIVE_AT_END} GROUP BY r.code, r.sort_order ORDER BY r.sort_order, r.code`,
      );

    const [
      partnersByAreaKind, partnersByPriorityArea, partnersByTheme, newPartnersByMonth, newSignatoriesByMonth, meetingsHeld,
      engagement, overdueByOwner, agreementsByKindStatus, renewalsDueByMonth, pledgesByStatus, pledgesByArea,
    ] = await runAll(manager.queryRunner === undefined, [
      () => stock(
        `SELECT a.code || '/' || k.code AS key, count(*)::int AS count
           FROM partners p JOIN reference_entries a ON a.id = p.area_id JOIN reference_entries k ON k.id = p.kind_id
          WHERE ${LIVE_AT_END} GROUP BY 1 ORDER BY 1`,
      ),
      () => linked('partner_priority_areas'),
      () => linked('partner_themes'),
      () => byMonth(
        `SELECT to_char(created_at AT TIME ZONE $3, 'YYYY-MM') AS month, count(*)::int AS count
           FROM partners WHERE created_at >= $1 AND created_at < $2 AND merged_into_id IS NULL GROUP BY 1`,
      ),
      () => byMonth(
        `SELECT to_char(verified_at AT TIME ZONE $3, 'YYYY-MM') AS month, count(*)::int AS count
           FROM signatures WHERE verified_at >= $1 AND verified_at < $2 GROUP BY 1`,
      ),
      () => manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM meeting_logs WHERE occurred_at >= $1 AND occurred_at < $2 AND occurred_at <= now()`,
        [start, end],
      ),
      // Per area, and (the empty grouping set) all areas at once: one pass over the period's meetings.
      () => manager.query<EngagementRow[]>(
        `SELECT a.code AS area, count(DISTINCT m.id)::int AS meetings, count(DISTINCT mp.partner_id)::int AS "partnersEngaged",
                GROUPING(a.code) = 1 AS total
           FROM meeting_logs m JOIN meeting_partners mp ON mp.meeting_id = m.id
           JOIN partners p ON p.id = mp.partner_id JOIN reference_entries a ON a.id = p.area_id
          WHERE m.occurred_at >= $1 AND m.occurred_at < $2 AND m.occurred_at <= now()
          GROUP BY GROUPING SETS ((a.code, a.sort_order), ()) ORDER BY total, a.sort_order, a.code`,
        [start, end],
      ),
      () => manager.query<OwnerOverdue[]>(
        `SELECT p.owner_id AS "ownerId", u.display_name AS "ownerName", count(*)::int AS overdue
           FROM partners p LEFT JOIN users u ON u.id = p.owner_id
          WHERE p.archived_at IS NULL AND p.status IN ('prospect', 'active') AND p.dialogue_due_at < now()
            AND (p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < (now() AT TIME ZONE $1)::date)
          GROUP BY p.owner_id, u.display_name ORDER BY overdue DESC, u.display_name NULLS LAST`,
        [timeZone],
      ),
      () => stock(
        `SELECT k.code || '/' || g.status AS key, count(*)::int AS count
           FROM agreements g JOIN reference_entries k ON k.id = g.kind_id
          WHERE g.created_at < $1 GROUP BY 1 ORDER BY 1`,
      ),
      () => byMonth(
        `SELECT to_char(renewal_notice_date, 'YYYY-MM') AS month, count(*)::int AS count FROM agreements
          WHERE status IN ('active', 'under-review') AND renewal_notice_date BETWEEN $1::date AND $2::date GROUP BY 1`,
        [from, to],
      ),
      () => counts(
        `SELECT pl.slug || '/' || s.status AS key, count(*)::int AS count
           FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id
          WHERE s.submitted_at >= $1 AND s.submitted_at < $2 GROUP BY 1 ORDER BY 1`,
      ),
      () => counts(
        `SELECT pl.slug || '/' || coalesce(a.code, 'none') AS key, count(*)::int AS count
           FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id LEFT JOIN reference_entries a ON a.id = s.area_id
          WHERE s.submitted_at >= $1 AND s.submitted_at < $2 GROUP BY 1 ORDER BY 1`,
      ),
    ] as const);

    const byArea = new Map<string, number>();
    for (const row of partnersByAreaKind) {
      const area = row.key.split('/')[0];
      byArea.set(area, (byArea.get(area) ?? 0) + row.count);
    }
    const engagementByArea = engagement.filter((row) => !row.total).map(({ area, meetings, partnersEngaged }) => ({ area, meetings, partnersEngaged }));
    const figures: QuarterFigures = {
      from,
      to,
      partners: sum(partnersByAreaKind),
      partnersByAreaKind,
      partnersByArea: [...byArea].map(([key, count]) => ({ key, count })),
      partnersByPriorityArea,
      partnersByTheme,
      newPartners: sum(newPartnersByMonth),
      newSignatories: sum(newSignatoriesByMonth),
      meetingsHeld: meetingsHeld[0].n,
      partnersEngaged: engagement.find((row) => row.total)?.partnersEngaged ?? 0,
      engagementByArea,
      overdueByOwner,
      agreementsByKindStatus,
      renewalsDue: sum(renewalsDueByMonth),
      pledgesByStatus,
      pledgesByArea,
    };
    return { figures, flows: { newPartnersByMonth, newSignatoriesByMonth, renewalsDueByMonth } };
  }
}
