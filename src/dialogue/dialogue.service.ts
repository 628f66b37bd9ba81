import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { PartnerNotFoundError } from '../partners/partners.errors.js';
import { EFFECTIVE_CADENCE_SQL } from './dialogue-dates.js';
import type {
  DialogueStatusResponse,
  ListOverdueQuery,
  ListSnoozedQuery,
  OverduePage,
  OwnerDialogueSummary,
  SnoozeDto,
  SnoozedPage,
} from './dto/dialogue.dto.js';

interface SnoozedRow {
  id: string;
  name: string;
  owner_id: string | null;
  owner_name: string | null;
  until: string;
  reason: string | null;
  dialogue_due_at: Date | null;
}

class SnoozeInPastError extends AppError {
  constructor() {
    super('DIALOGUE.SNOOZE_IN_PAST', HttpStatus.UNPROCESSABLE_ENTITY, 'until must be today or later.');
  }
}

class SnoozeTooLongError extends AppError {
  constructor(maxDays: number, latest: string) {
    super('DIALOGUE.SNOOZE_TOO_LONG', HttpStatus.UNPROCESSABLE_ENTITY, `until can be at most ${maxDays} days from today (${latest} at the latest).`, {
      maxDays,
      latest,
    });
  }
}

interface StatusRow {
  id: string;
  cadence: number;
  own: number | null;
  list: number | null;
  kind: number | null;
  last_dialogue_at: Date | null;
  next_dialogue_at: Date | null;
  dialogue_due_at: Date | null;
  overdue_days: number;
  dialogue_snoozed_until: string | null;
  dialogue_snooze_reason: string | null;
}

interface OverdueRow {
  id: string;
  name: string;
  owner_id: string | null;
  owner_name: string | null;
  last_dialogue_at: Date | null;
  next_dialogue_at: Date | null;
  dialogue_due_at: Date;
  due_key: string;
  overdue_days: number;
}

/** Partners that need dialogue: for the whole team or one owner, from the indexed due date. */
const LIVE = `p.archived_at IS NULL AND p.status IN ('prospect', 'active')`;
const NOT_SNOOZED = `(p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < (now() AT TIME ZONE $1)::date)`;
const OVERDUE_DAYS = `floor(extract(epoch FROM now() - p.dialogue_due_at) / 86400)::int`;

@Injectable()
export class DialogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(partnerId: string): Promise<DialogueStatusResponse> {
    const [row] = await this.dataSource.query<StatusRow[]>(
      `SELECT p.id, ${EFFECTIVE_CADENCE_SQL} AS cadence, p.dialogue_cadence_days AS own,
              (SELECT min(l.default_dialogue_cadence_days) FROM partner_list_memberships plm JOIN partner_lists l ON l.id = plm.list_id
                WHERE plm.partner_id = p.id) AS list,
              (SELECT k.default_dialogue_cadence_days FROM reference_entries k WHERE k.id = p.kind_id) AS kind,
              p.last_dialogue_at, p.next_dialogue_at, p.dialogue_due_at, greatest(0, ${OVERDUE_DAYS}) AS overdue_days,
              p.dialogue_snoozed_until::text AS dialogue_snoozed_until, p.dialogue_snooze_reason
         FROM partners p WHERE p.id = $1`,
      [partnerId, this.config.dialogue.defaultCadenceDays],
    );
    if (!row) throw new PartnerNotFoundError();
    return {
      partnerId: row.id,
      cadenceDays: row.cadence,
      cadenceSource: row.own !== null ? 'partner' : row.list !== null ? 'list' : row.kind !== null ? 'kind' : 'default',
      lastDialogueAt: row.last_dialogue_at?.toISOString() ?? null,
      nextScheduledAt: row.next_dialogue_at?.toISOString() ?? null,
      dueAt: row.dialogue_due_at?.toISOString() ?? null,
      overdueDays: row.overdue_days ?? 0,
      snoozedUntil: row.dialogue_snoozed_until,
      snoozeReason: row.dialogue_snooze_reason,
    };
  }

  /** Overdue (and, with dueWithinDays, due-soon) partners, most overdue first, keyset-paginated. */
  async overdue(query: ListOverdueQuery, actorId: string): Promise<OverduePage> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [this.config.timeZone, query.dueWithinDays ?? 0];
    const where = [LIVE, `p.dialogue_due_at < now() + make_interval(days => $2)`];
    if (query.includeSnoozed !== 'true') where.push(NOT_SNOOZED);
    const owner = query.owner ?? 'all';
    if (owner === 'none') where.push('p.owner_id IS NULL');
    else if (owner !== 'all') {
      params.push(owner === 'me' ? actorId : owner);
      where.push(`p.owner_id = $${params.length}`);
    }
    if (query.cursor) {
      const [due, id] = decodeCursor(query.cursor, 'overdue');
      params.push(due, id);
      where.push(`(p.dialogue_due_at, p.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<OverdueRow[]>(
      `SELECT p.id, p.name, p.owner_id, u.display_name AS owner_name, p.last_dialogue_at, p.next_dialogue_at,
              p.dialogue_due_at, p.dialogue_due_at::text AS due_key, ${OVERDUE_DAYS} AS overdue_days
         FROM partners p LEFT JOIN users u ON u.id = p.owner_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.dialogue_due_at, p.id
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((r) => ({
        partnerId: r.id,
        partnerName: r.name,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        lastDialogueAt: r.last_dialogue_at?.toISOString() ?? null,
        nextScheduledAt: r.next_dialogue_at?.toISOString() ?? null,
        dueAt: r.dialogue_due_at.toISOString(),
        overdueDays: r.overdue_days,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor('overdue', [last.due_key, last.id]) : null,
    };
  }

  /** Partners whose reminders are snoozed now, the soonest to wake first, keyset-paginated. */
  async snoozed(query: ListSnoozedQuery, actorId: string): Promise<SnoozedPage> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [this.config.timeZone];
    const where = [LIVE, `p.dialogue_snoozed_until >= (now() AT TIME ZONE $1)::date`];
    const owner = query.owner ?? 'all';
    if (owner === 'none') where.push('p.owner_id IS NULL');
    else if (owner !== 'all') {
      params.push(owner === 'me' ? actorId : owner);
      where.push(`p.owner_id = $${params.length}`);
    }
    if (query.cursor) {
      const [until, id] = decodeCursor(query.cursor, 'snoozed');
      params.push(until, id);
      where.push(`(p.dialogue_snoozed_until, p.id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<SnoozedRow[]>(
      `SELECT p.id, p.name, p.owner_id, u.display_name AS owner_name, p.dialogue_snoozed_until::text AS until,
              p.dialogue_snooze_reason AS reason, p.dialogue_due_at
         FROM partners p LEFT JOIN users u ON u.id = p.owner_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.dialogue_snoozed_until, p.id
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((r) => ({
        partnerId: r.id,
        partnerName: r.name,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        snoozedUntil: r.until,
        snoozeReason: r.reason,
        dueAt: r.dialogue_due_at?.toISOString() ?? null,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor('snoozed', [last.until, last.id]) : null,
    };
  }

  /** Per owner: how many partners are overdue and how many fall due within `dueWithinDays`. */
  async summary(dueWithinDays: number): Promise<OwnerDialogueSummary[]> {
    const rows = await this.dataSource.query<{ owner_id: string | null; owner_name: string | null; overdue: number; due_soon: number }[]>(
      `SELECT p.owner_id, u.display_name AS owner_name,
              count(*) FILTER (WHERE p.dialogue_due_at < now())::int AS overdue,
              count(*) FILTER (WHERE p.dialogue_due_at >= now())::int AS due_soon
         FROM partners p LEFT JOIN users u ON u.id = p.owner_id
        WHERE ${LIVE} AND ${NOT_SNOOZED} AND p.dialogue_due_at < now() + make_interval(days => $2)
        GROUP BY p.owner_id, u.display_name
        ORDER BY overdue DESC, u.display_name NULLS LAST`,
      [this.config.timeZone, dueWithinDays],
    );
    return rows.map((r) => ({ ownerId: r.owner_id, ownerName: r.owner_name, overdue: r.overdue, dueSoon: r.due_soon }));
  }

  async snooze(partnerId: string, dto: SnoozeDto | null, actorId: string): Promise<DialogueStatusResponse> {
    await this.transactions.run(async ({ manager }) => {
      const [current] = await manager.query<{ until: string | null; reason: string | null; today: string; latest: string }[]>(
        `SELECT dialogue_snoozed_until::text AS until, dialogue_snooze_reason AS reason, (now() AT TIME ZONE $2)::date::text AS today,
                ((now() AT TIME ZONE $2)::date + $3::int)::text AS latest
           FROM partners WHERE id = $1 FOR UPDATE`,
        [partnerId, this.config.timeZone, this.config.dialogue.snoozeMaxDays],
      );
      if (!current) throw new PartnerNotFoundError();
      if (dto && dto.until < current.today) throw new SnoozeInPastError();
      if (dto && dto.until > current.latest) throw new SnoozeTooLongError(this.config.dialogue.snoozeMaxDays, current.latest);
      await manager.query('UPDATE partners SET dialogue_snoozed_until = $2, dialogue_snooze_reason = $3 WHERE id = $1', [
        partnerId,
        dto?.until ?? null,
        dto?.reason ?? null,
      ]);
      await this.audit.record(manager, {
        entityType: 'partner',
        entityId: partnerId,
        action: dto ? 'dialogue-snoozed' : 'dialogue-unsnoozed',
        actorId,
        changes: { dialogueSnoozedUntil: { before: current.until, after: dto?.until ?? null } },
        reason: dto?.reason ?? null,
      });
    });
    return this.status(partnerId);
  }
}
