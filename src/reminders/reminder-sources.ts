import type { ReminderParams } from './reminder-query.js';

/**
 * Where reminders come from. Each source is set-based SQL selecting ITEM_COLUMNS: the items one
 * owner should hear about on the run date, and the items to escalate to a team lead. The planner
 * asks "does this user have anything?" (EXISTS) and the digest claims the rows, so both read the
 * same definition. A new kind of reminder is a new entry in REMINDER_SOURCES.
 */
export interface ReminderSource {
  name: string;
  /** Items owned by `owner` (a placeholder or a correlated column) that fall due: overdue or within the window. */
  owned(q: ReminderParams, owner: string): string;
  /** Items not owned by `lead` (ownerless ones included) overdue by more than the escalation threshold. */
  escalated(q: ReminderParams, lead: string): string;
}

const ymd = (date: string): string => `to_char(${date}, 'YYYY-MM-DD')`;

/** Live partners, in the words of the partial indexes partners_(team_)dialogue_due_idx. */
const LIVE_PARTNER = `p.archived_at IS NULL AND p.status IN ('prospect', 'active')`;
const notSnoozed = (q: ReminderParams): string => `(p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < ${q.runDate})`;
const partnerDueOn = (q: ReminderParams): string => `(p.dialogue_due_at AT TIME ZONE ${q.timeZone})::date`;

/** Partners whose dialogue is overdue (due date before the run date) or due within REMINDER_DUE_SOON_DAYS. */
export const dialogueSource: ReminderSource = {
  name: 'dialogue',
  owned: (q, owner) => `
    SELECT CASE WHEN d.due_on < ${q.runDate} THEN 'dialogue-overdue' ELSE 'dialogue-due-soon' END AS section,
           'partner' AS item_type, p.id AS item_id,
           CASE WHEN d.due_on < ${q.runDate} THEN 'overdue-' ELSE 'due-soon-' END || ${ymd('d.due_on')} AS cycle,
           ${ymd('d.due_on')} AS due_on, p.name::text AS label, NULL::text AS detail,
           '/api/v1/partners/' || p.id AS link_path, NULL::text AS owner_name
      FROM partners p CROSS JOIN LATERAL (SELECT ${partnerDueOn(q)} AS due_on) d
     WHERE ${LIVE_PARTNER} AND p.owner_id = ${owner}
       AND p.dialogue_due_at < ${q.startOfDay(`${q.runDate} + ${q.dueSoonDays} + 1`)}
       AND ${notSnoozed(q)}`,
  escalated: (q, lead) => `
    SELECT 'escalated' AS section, 'partner' AS item_type, p.id AS item_id,
           'escalated-' || ${ymd('d.due_on')} AS cycle, ${ymd('d.due_on')} AS due_on, p.name::text AS label,
           'dialogue' AS detail, '/api/v1/partners/' || p.id AS link_path, o.display_name::text AS owner_name
      FROM partners p CROSS JOIN LATERAL (SELECT ${partnerDueOn(q)} AS due_on) d
      LEFT JOIN users o ON o.id = p.owner_id
     WHERE ${LIVE_PARTNER} AND p.owner_id IS DISTINCT FROM ${lead}
       AND p.dialogue_due_at < ${q.startOfDay(`${q.runDate} - ${q.escalateAfterDays}`)}
       AND ${notSnoozed(q)}`,
};

/** Open meeting actions past their due date or due within REMINDER_DUE_SOON_DAYS; linked to their meeting. */
export const actionSource: ReminderSource = {
  name: 'actions',
  owned: (q, owner) => `
    SELECT 'action' AS section, 'action' AS item_type, a.id AS item_id,
           CASE WHEN a.due_date < ${q.runDate} THEN 'overdue-' ELSE 'due-soon-' END || ${ymd('a.due_date')} AS cycle,
           ${ymd('a.due_date')} AS due_on, a.description::text AS label, m.title::text AS detail,
           '/api/v1/meetings/' || a.meeting_id AS link_path, NULL::text AS owner_name
      FROM meeting_actions a JOIN meeting_logs m ON m.id = a.meeting_id
     WHERE a.owner_id = ${owner} AND a.status = 'open' AND a.due_date <= ${q.runDate} + ${q.dueSoonDays}`,
  escalated: (q, lead) => `
    SELECT 'escalated' AS section, 'action' AS item_type, a.id AS item_id,
           'escalated-' || ${ymd('a.due_date')} AS cycle, ${ymd('a.due_date')} AS due_on, a.description::text AS label,
           'action' AS detail, '/api/v1/meetings/' || a.meeting_id AS link_path, o.display_name::text AS owner_name
      FROM meeting_actions a LEFT JOIN users o ON o.id = a.owner_id
     WHERE a.owner_id IS DISTINCT FROM ${lead} AND a.status = 'open'
       AND a.due_date < ${q.runDate} - ${q.escalateAfterDays}`,
};

/**
 * Each in-force agreement (active or under review, end date not passed) has two dates an owner must
 * act on: its review date and its renewal-notice date (end date minus notice period). Each is
 * reminded at every configured offset before it (60/30/7 days by default) and on or after the day
 * itself (offset 0). The cycle names the offset bucket reached — the smallest offset not below the
 * days left — so a missed run catches up once, not once per missed offset.
 */
const agreementDates = (q: ReminderParams, join = ''): string => `
      FROM agreements a
     CROSS JOIN LATERAL (VALUES ('review', a.review_date), ('renewal', a.renewal_notice_date)) d(kind, due_on) ${join}
     WHERE a.status IN ('active', 'under-review') AND (a.end_date IS NULL OR a.end_date >= ${q.runDate})
       AND d.due_on IS NOT NULL`;
const agreementDetail = `CASE d.kind WHEN 'review' THEN 'review' ELSE 'renewal notice' END`;

export const agreementSource: ReminderSource = {
  name: 'agreements',
  owned: (q, owner) => `
    SELECT 'agreement' AS section, 'agreement' AS item_type, a.id AS item_id,
           d.kind || '-' || (SELECT min(o) FROM unnest(${q.offsets}) o WHERE o >= d.due_on - ${q.runDate}) || '-' || ${ymd('d.due_on')} AS cycle,
           ${ymd('d.due_on')} AS due_on, a.title::text AS label, ${agreementDetail} AS detail,
           '/api/v1/agreements/' || a.id AS link_path, NULL::text AS owner_name
    ${agreementDates(q)}
       AND a.owner_id = ${owner} AND d.due_on <= ${q.runDate} + (${q.offsets})[1]`,
  escalated: (q, lead) => `
    SELECT 'escalated' AS section, 'agreement' AS item_type, a.id AS item_id,
           'escalated-' || d.kind || '-' || ${ymd('d.due_on')} AS cycle, ${ymd('d.due_on')} AS due_on, a.title::text AS label,
           'agreement ' || ${agreementDetail} AS detail, '/api/v1/agreements/' || a.id AS link_path, o.display_name::text AS owner_name
    ${agreementDates(q, 'LEFT JOIN users o ON o.id = a.owner_id')}
       AND a.owner_id IS DISTINCT FROM ${lead} AND d.due_on < ${q.runDate} - ${q.escalateAfterDays}`,
};

/** Every source, in digest order. */
export const REMINDER_SOURCES: readonly ReminderSource[] = [dialogueSource, actionSource, agreementSource];
