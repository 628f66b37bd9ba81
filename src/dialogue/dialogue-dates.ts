import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Partner } from '../partners/partner.entity.js';

/**
 * The effective cadence of a partner: its own, else the shortest default of its lists, else its
 * kind's default, else the configured default. One SQL expression, reused by every query.
 */
export const EFFECTIVE_CADENCE_SQL = `coalesce(
  p.dialogue_cadence_days,
  (SELECT min(l.default_dialogue_cadence_days) FROM partner_list_memberships plm
     JOIN partner_lists l ON l.id = plm.list_id WHERE plm.partner_id = p.id),
  (SELECT k.default_dialogue_cadence_days FROM reference_entries k WHERE k.id = p.kind_id),
  $2::int)`;

/**
 * Keeps the derived dialogue dates on partners right: the last meeting that has happened, the next
 * scheduled one, and the due date. Callers hold row locks on the partners (see lockPartners), so
 * concurrent meeting writes recompute one after another and each sees the other's committed rows.
 */
@Injectable()
export class DialogueDates {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * EFFECTIVE_CADENCE_SQL for a partner held in memory with its kind and lists loaded (a bulk
   * import computes a new partner's due date as it inserts it, instead of writing every row twice).
   */
  effectiveCadenceDays(partner: Pick<Partner, 'dialogueCadenceDays' | 'kind' | 'lists'>): number {
    const listDefaults = partner.lists.flatMap((l) => (l.defaultDialogueCadenceDays === null ? [] : [l.defaultDialogueCadenceDays]));
    return (
      partner.dialogueCadenceDays ??
      (listDefaults.length > 0 ? Math.min(...listDefaults) : null) ??
      partner.kind.defaultDialogueCadenceDays ??
      this.config.dialogue.defaultCadenceDays
    );
  }

  /** Locks partner rows in id order (no deadlocks between writers touching overlapping partners). */
  async lockPartners(manager: EntityManager, partnerIds: string[]): Promise<void> {
    if (partnerIds.length === 0) return;
    await manager.query('SELECT id FROM partners WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[...new Set(partnerIds)]]);
  }

  /** Recomputes the derived dates of the given partners (set-based, one statement). */
  async refresh(manager: EntityManager, partnerIds: string[]): Promise<void> {
    if (partnerIds.length === 0) return;
    await manager.query(
      `WITH d AS (
         SELECT p.id,
                (SELECT max(m.occurred_at) FROM meeting_partners mp JOIN meeting_logs m ON m.id = mp.meeting_id
                  WHERE mp.partner_id = p.id AND m.occurred_at <= now()) AS last_at,
                (SELECT min(m.occurred_at) FROM meeting_partners mp JOIN meeting_logs m ON m.id = mp.meeting_id
                  WHERE mp.partner_id = p.id AND m.occurred_at > now()) AS next_at,
                ${EFFECTIVE_CADENCE_SQL} AS cadence
           FROM partners p WHERE p.id = ANY($1::uuid[]))
       UPDATE partners p
          SET last_dialogue_at = d.last_at, next_dialogue_at = d.next_at,
              dialogue_due_at = coalesce(d.last_at, p.created_at) + make_interval(days => d.cadence)
         FROM d WHERE d.id = p.id`,
      [[...new Set(partnerIds)], this.config.dialogue.defaultCadenceDays],
    );
  }

  /** Partners whose scheduled meeting has now happened, or every partner of a list or kind whose default changed. */
  async refreshWhere(manager: EntityManager, condition: 'scheduled-passed' | { listId: string } | { kindId: string }): Promise<number> {
    const [sql, params] =
      condition === 'scheduled-passed'
        ? ['SELECT id FROM partners WHERE next_dialogue_at <= now()', []]
        : 'listId' in condition
          ? ['SELECT partner_id AS id FROM partner_list_memberships WHERE list_id = $1', [condition.listId]]
          : ['SELECT id FROM partners WHERE kind_id = $1', [condition.kindId]];
    const rows = await manager.query<{ id: string }[]>(sql, params);
    await this.refresh(manager, rows.map((r) => r.id));
    return rows.length;
  }
}
