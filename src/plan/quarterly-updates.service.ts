import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { InstitutionCalendar } from '../agreements/calendar.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import type { QuarterFigures } from './dto/figures.response.js';
import type {
  ActivitySnapshot,
  AnnualReportResponse,
  QuarterlyUpdateList,
  QuarterlyUpdateResponse,
  QuarterlyUpdateSummary,
} from './dto/quarterly-update.response.js';
import { FiguresRepository } from './figures.repository.js';
import { InvalidPeriodError, QuarterAlreadyFrozenError, QuarterNotFoundError, QuarterNotOverError } from './plan.errors.js';
import { QuarterlyUpdate } from './quarterly-update.entity.js';
import { quarterPeriod, quartersOf } from './quarters.js';
import { ragSummary } from './report.js';

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
  ) {}

  figuresFor(from: string, to: string): Promise<QuarterFigures> {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0 || days > MAX_PERIOD_DAYS) throw new InvalidPeriodError();
    return this.figures.figures(from, to);
  }

  /** Snapshots every activity and the quarter's figures, once: a second freeze of the quarter is 409. */
  freeze(quarter: string, actorId: string): Promise<QuarterlyUpdateResponse> {
    const period = quarterPeriod(quarter);
    if (period.start > this.calendar.today()) throw new QuarterNotOverError(quarter);
    return this.transactions.run(async ({ manager }) => {
      if (await manager.exists(QuarterlyUpdate, { where: { quarter } })) throw new QuarterAlreadyFrozenError(quarter);
      const activities = await this.snapshotActivities(manager, period.end);
      const figures = await this.figures.figures(period.start, period.end, manager);
      const sha256 = createHash('sha256').update(JSON.stringify({ quarter, activities, figures })).digest('hex');
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
        });
      } catch (error: unknown) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) throw new QuarterAlreadyFrozenError(quarter);
        throw error;
      }
      const frozen = await manager.findOneByOrFail(QuarterlyUpdate, { quarter });
      await this.audit.record(manager, { entityType: 'quarterly-update', entityId: frozen.id, action: 'frozen', actorId, changes: { quarter: { before: null, after: quarter } } });
      return toResponse(frozen);
    });
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
        select: { quarter: true, periodStart: true, periodEnd: true, frozenAt: true, publishedAt: true, sha256: true },
        order: { quarter: 'DESC' },
      }),
    );
    return { items: rows.map(toSummary) };
  }

  async get(quarter: string, publishedOnly: boolean): Promise<QuarterlyUpdateResponse> {
    const update = await this.transactions.run(({ manager }) => manager.findOneBy(QuarterlyUpdate, { quarter }));
    if (!update || (publishedOnly && !update.publishedAt)) throw new QuarterNotFoundError();
    return toResponse(update);
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

  /** Every activity with its status now and its latest progress reported on or before the quarter's end. */
  private async snapshotActivities(manager: EntityManager, periodEnd: string): Promise<ActivitySnapshot[]> {
    const rows = await manager.query<SnapshotRow[]>(
      `SELECT a.id, a.title, t.code AS theme, a.priority, a.status, u.display_name AS owner, a.target_date::text AS target_date,
              ARRAY(SELECT p.name FROM plan_activity_lead_partners l JOIN partners p ON p.id = l.partner_id
                     WHERE l.activity_id = a.id ORDER BY p.name) AS lead_partners,
              g.reported_on::text AS reported_on, g.summary, g.evidence_links
         FROM plan_activities a
         JOIN reference_entries t ON t.id = a.theme_id
         LEFT JOIN users u ON u.id = a.owner_id
         LEFT JOIN LATERAL (SELECT reported_on, summary, evidence_links FROM plan_progress_updates
                             WHERE activity_id = a.id AND reported_on <= $1
                             ORDER BY reported_on DESC, created_at DESC LIMIT 1) g ON true
        ORDER BY a.target_date NULLS LAST, a.title, a.id`,
      [periodEnd],
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
  };
}

function toResponse(update: QuarterlyUpdate): QuarterlyUpdateResponse {
  return { ...toSummary(update), activities: update.activities, figures: update.figures, ragSummary: ragSummary(update.activities) };
}
