import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { InstitutionCalendar } from '../agreements/calendar.js';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import type { PeriodFigures, QuarterFigures } from './dto/figures.response.js';
import type {
  ActivitySnapshot,
  AnnualReportResponse,
  QuarterlyUpdateList,
  QuarterPreviewResponse,
  QuarterlyUpdateResponse,
  QuarterlyUpdateSummary,
} from './dto/quarterly-update.response.js';
import { FiguresRepository } from './figures.repository.js';
import type { FreezeQuarterDto } from './dto/plan.query.js';
import { InvalidPeriodError, QuarterAlreadyFrozenError, QuarterNotFoundError, QuarterNotOverError, QuarterNotStartedError } from './plan.errors.js';
import { QuarterlyUpdate } from './quarterly-update.entity.js';
import { quarterPeriod, quartersOf, type QuarterPeriod } from './quarters.js';
import { ragSummary, type ReportLabels } from './report.js';

const UNIQUE_VIOLATION = '23505';
const MAX_PERIOD_DAYS = 5 * 366;

interface SnapshotRow {
  id: string;
  title: string;
  theme: string;
  priority: ActivitySnapshot['priority'];
  status: ActivitySnapshot['status'];
  owner: string | null;
  target_date: string | null;
  lead_partners: string[];
  reported_on: string | null;
  summary: string | null;
  evidence_links: string[] | null;
}

/** Freezing, publishing and reading quarterly updates; the annual report aggregates a year's frozen quarters. */
@Injectable()
export class QuarterlyUpdatesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly figures: FiguresRepository,
    private readonly calendar: InstitutionCalendar,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  figuresFor(from: string, to: string): Promise<PeriodFigures> {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0 || days > MAX_PERIOD_DAYS) throw new InvalidPeriodError();
    return this.figures.periodFigures(from, to);
  }

  /** Exactly what freezing the quarter now would record (nothing is written). */
  preview(quarter: string): Promise<QuarterPreviewResponse> {
    const period = this.startedPeriod(quarter);
    return this.transactions.run(async ({ manager }) => {
      const activities = await this.snapshotActivities(manager, period.end);
      const figures = await this.figures.figures(period.start, period.end, manager);
      const frozen = await manager.exists(QuarterlyUpdate, { where: { quarter } });
      return { quarter, periodStart: period.start, periodEnd: period.end, ended: this.hasEnded(period), frozen, activities, figures, ragSummary: ragSummary(activities) };
    });
  }

  /**
   * Snapshots every activity as it stood at the quarter's end and the quarter's figures, once: a second freeze
   * of the quarter is 409. A quarter that has not ended is frozen only early, on purpose, with a reason.
   */
  freeze(dto: FreezeQuarterDto, actorId: string): Promise<QuarterlyUpdateResponse> {
    const { quarter } = dto;
    const period = this.startedPeriod(quarter);
    const ended = this.hasEnded(period);
    return this.transactions.run(async ({ manager }) => {
      if (await manager.exists(QuarterlyUpdate, { where: { quarter } })) throw new QuarterAlreadyFrozenError(quarter);
      if (!ended && dto.early !== true) throw new QuarterNotOverError(quarter, period.end);
      const activities = await this.snapshotActivities(manager, period.end);
      const figures = await this.figures.figures(period.start, period.end, manager);
      const sha256 = createHash('sha256').update(JSON.stringify({ quarter, activities, figures })).digest('hex');
      const earlyReason = ended ? null : (dto.earlyReason ?? '').trim();
      try {
        await manager.insert(QuarterlyUpdate, {
          quarter,
          periodStart: period.start,
          periodEnd: period.end,
          frozenAt: new Date(),
          frozenBy: actorId,
          publishedAt: null,
          activities,
          figures,
          sha256,
          earlyReason,
          showStaffNames: dto.showStaffNames === true,
        });
      } catch (error: unknown) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) throw new QuarterAlreadyFrozenError(quarter);
        throw error;
      }
      const frozen = await manager.findOneByOrFail(QuarterlyUpdate, { quarter });
      await this.audit.record(manager, {
        entityType: 'quarterly-update',
        entityId: frozen.id,
        action: earlyReason === null ? 'frozen' : 'frozen-early',
        actorId,
        changes: { quarter: { before: null, after: quarter }, showStaffNames: { before: null, after: frozen.showStaffNames } },
        reason: earlyReason,
      });
      return toResponse(frozen);
    });
  }

  /** Labels for the codes a report shows (themes, areas), as reference data has them now. */
  async labels(): Promise<ReportLabels> {
    const rows = await this.transactions.run(({ manager }) =>
      manager.query<{ category: string; code: string; label: string }[]>(`SELECT category, code, label FROM reference_entries WHERE category IN ('theme', 'area')`),
    );
    const of = (category: string) => new Map(rows.filter((r) => r.category === category).map((r) => [r.code, r.label]));
    const themes = of('theme');
    const areas = of('area');
    return { theme: (code) => themes.get(code) ?? code, area: (code) => areas.get(code) ?? code };
  }

  private startedPeriod(quarter: string): QuarterPeriod {
    const period = quarterPeriod(quarter);
    if (period.start > this.calendar.today()) throw new QuarterNotStartedError(quarter);
    return period;
  }

  /** Ended: its last day is over where the institution is. */
  private hasEnded(period: QuarterPeriod): boolean {
    return period.end < this.calendar.today();
  }

  /** Makes a frozen quarter public (idempotent: publishing again keeps the first time). */
  publish(quarter: string, actorId: string): Promise<QuarterlyUpdateResponse> {
    return this.transactions.run(async ({ manager }) => {
      const update = await manager.findOne(QuarterlyUpdate, { where: { quarter }, lock: { mode: 'pessimistic_write' } });
      if (!update) throw new QuarterNotFoundError();
      if (!update.publishedAt) {
        await manager.update(QuarterlyUpdate, { quarter }, { publishedAt: new Date() });
        await this.audit.record(manager, { entityType: 'quarterly-update', entityId: update.id, action: 'published', actorId, changes: { quarter: { before: null, after: quarter } } });
      }
      return toResponse(await manager.findOneByOrFail(QuarterlyUpdate, { quarter }));
    });
  }

  async list(publishedOnly: boolean): Promise<QuarterlyUpdateList> {
    const rows = await this.transactions.run(({ manager }) =>
      manager.find(QuarterlyUpdate, {
        where: publishedOnly ? { publishedAt: Not(IsNull()) } : {},
        select: { quarter: true, periodStart: true, periodEnd: true, frozenAt: true, publishedAt: true, sha256: true, earlyReason: true, showStaffNames: true },
        order: { quarter: 'DESC' },
      }),
    );
    return { items: rows.map(toSummary) };
  }

  /** A frozen quarter; the public one (publishedOnly) names no staff unless the admin who froze it chose to. */
  async get(quarter: string, publishedOnly: boolean): Promise<QuarterlyUpdateResponse> {
    const update = await this.transactions.run(({ manager }) => manager.findOneBy(QuarterlyUpdate, { quarter }));
    if (!update || (publishedOnly && !update.publishedAt)) throw new QuarterNotFoundError();
    const response = toResponse(update);
    return publishedOnly && !update.showStaffNames ? withoutStaffNames(response) : response;
  }

  /** The year's frozen quarters: each activity as the latest quarter froze it, flows summed, stocks from the latest. */
  async annual(year: number, publishedOnly: boolean): Promise<AnnualReportResponse> {
    const updates = (await Promise.all(quartersOf(year).map((q) => this.get(q, publishedOnly).catch(() => null)))).filter(
      (u): u is QuarterlyUpdateResponse => u !== null,
    );
    if (updates.length === 0) throw new QuarterNotFoundError();
    const activities = new Map<string, ActivitySnapshot>();
    for (const update of updates) for (const activity of update.activities) activities.set(activity.id, activity);
    const latest = updates[updates.length - 1];
    const sum = (pick: (f: QuarterFigures) => number): number => updates.reduce((total, u) => total + pick(u.figures), 0);
    const all = [...activities.values()];
    return {
      year,
      quarters: updates.map((u) => u.quarter),
      activities: all,
      ragSummary: ragSummary(all),
      newPartners: sum((f) => f.newPartners),
      newSignatories: sum((f) => f.newSignatories),
      meetingsHeld: sum((f) => f.meetingsHeld),
      partners: latest.figures.partners,
      quarterFigures: updates.map((u) => u.figures),
    };
  }

  /**
   * Every activity that existed at the quarter's end, as it stood then: its latest standing progress reported on
   * or before the last day, and its status from that progress, or from the audit trail's last status change before
   * the end when that is later (a status set by hand), else its status now (never changed since).
   */
  private async snapshotActivities(manager: EntityManager, periodEnd: string): Promise<ActivitySnapshot[]> {
    const rows = await manager.query<SnapshotRow[]>(
      `WITH bound AS (SELECT (($1::date + 1)::timestamp AT TIME ZONE $2) AS end_at)
       SELECT a.id, a.title, t.code AS theme, a.priority,
              CASE WHEN g.reported_on IS NOT NULL AND (s.on_day IS NULL OR g.reported_on >= s.on_day) THEN g.status
                   WHEN s.status IS NOT NULL THEN s.status ELSE a.status::text END AS status,
              u.display_name AS owner, a.target_date::text AS target_date,
              ARRAY(SELECT p.name FROM plan_activity_lead_partners l JOIN partners p ON p.id = l.partner_id
                     WHERE l.activity_id = a.id ORDER BY p.name) AS lead_partners,
              g.reported_on::text AS reported_on, g.summary, g.evidence_links
         FROM plan_activities a CROSS JOIN bound
         JOIN reference_entries t ON t.id = a.theme_id
         LEFT JOIN users u ON u.id = a.owner_id
         LEFT JOIN LATERAL (SELECT reported_on, status::text AS status, summary, evidence_links FROM plan_progress_updates
                             WHERE activity_id = a.id AND reported_on <= $1 AND withdrawn_at IS NULL
                             ORDER BY reported_on DESC, created_at DESC LIMIT 1) g ON true
         LEFT JOIN LATERAL (SELECT e.changes -> 'status' ->> 'after' AS status, (e.occurred_at AT TIME ZONE $2)::date AS on_day
                              FROM audit_entries e
                             WHERE e.entity_type = 'plan-activity' AND e.entity_id = a.id AND e.occurred_at < bound.end_at
                               AND e.changes -> 'status' IS NOT NULL
                             ORDER BY e.occurred_at DESC LIMIT 1) s ON true
        WHERE a.created_at < bound.end_at
        ORDER BY a.target_date NULLS LAST, a.title, a.id`,
      [periodEnd, this.config.timeZone],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      theme: r.theme,
      priority: r.priority,
      status: r.status,
      owner: r.owner,
      targetDate: r.target_date,
      leadPartners: r.lead_partners,
      latestProgress: r.reported_on ? { reportedOn: r.reported_on, summary: r.summary ?? '', evidenceLinks: r.evidence_links ?? [] } : null,
    }));
  }
}

function toSummary(update: QuarterlyUpdate): QuarterlyUpdateSummary {
  return {
    quarter: update.quarter,
    periodStart: update.periodStart,
    periodEnd: update.periodEnd,
    frozenAt: update.frozenAt.toISOString(),
    publishedAt: update.publishedAt?.toISOString() ?? null,
    sha256: update.sha256,
    earlyReason: update.earlyReason,
    showStaffNames: update.showStaffNames,
  };
}

function toResponse(update: QuarterlyUpdate): QuarterlyUpdateResponse {
  return { ...toSummary(update), activities: update.activities, figures: update.figures, ragSummary: ragSummary(update.activities) };
}

function withoutStaffNames(update: QuarterlyUpdateResponse): QuarterlyUpdateResponse {
  return {
    ...update,
    activities: update.activities.map((a) => ({ ...a, owner: null })),
    figures: { ...update.figures, overdueByOwner: update.figures.overdueByOwner.map((o) => ({ ...o, ownerId: null, ownerName: null })) },
  };
}
