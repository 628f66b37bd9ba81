/**
 * Every source of a partner's timeline as one SELECT of the same columns, for partner $1:
 * at, type, id, subject_id, actor_id, title (what the entry names), action, status, facts (jsonb: the audit
 * changes or the entry's own facts), reason and other (a related name). timeline-words.ts turns a row into words.
 * A feature that records partner events adds its source here.
 */
const creator = (entityType: string, id: string): string =>
  `(SELECT e.actor_id FROM audit_entries e WHERE e.entity_type = '${entityType}' AND e.entity_id = ${id} AND e.action = 'created' ORDER BY e.occurred_at LIMIT 1)`;

export const TIMELINE_SOURCES: readonly string[] = [
  `SELECT m.occurred_at AS at, 'meeting' AS type, m.id, m.id AS subject_id, ${creator('meeting', 'm.id')} AS actor_id,
          m.title, m.kind::text AS action, NULL::text AS status,
          jsonb_build_object('staff', (SELECT coalesce(jsonb_agg(u.display_name ORDER BY u.display_name), '[]') FROM meeting_staff s JOIN users u ON u.id = s.user_id WHERE s.meeting_id = m.id)) AS facts,
          NULL::text AS reason,
          (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM meeting_partners x JOIN partners p ON p.id = x.partner_id
            WHERE x.meeting_id = m.id AND x.partner_id <> $1) AS other
     FROM meeting_partners mp JOIN meeting_logs m ON m.id = mp.meeting_id WHERE mp.partner_id = $1`,
  `SELECT coalesce(a.closed_at, a.created_at), 'action', a.id, a.id,
          CASE WHEN a.status <> 'open'
               THEN (SELECT e.actor_id FROM audit_entries e WHERE e.entity_type = 'action' AND e.entity_id = a.id AND e.changes ? 'status' ORDER BY e.occurred_at DESC LIMIT 1)
               ELSE coalesce(${creator('action', 'a.id')}, ${creator('meeting', 'a.meeting_id')}) END,
          a.description, NULL, a.status::text,
          jsonb_build_object('dueDate', a.due_date, 'owner', (SELECT u.display_name FROM users u WHERE u.id = a.owner_id)),
          NULL, m.title
     FROM meeting_partners mp JOIN meeting_actions a ON a.meeting_id = mp.meeting_id JOIN meeting_logs m ON m.id = a.meeting_id
    WHERE mp.partner_id = $1`,
  `SELECT e.occurred_at, 'change', e.id, e.entity_id, e.actor_id, NULL, e.action, NULL, e.changes, e.reason, NULL
     FROM audit_entries e WHERE e.entity_type = 'partner' AND e.entity_id = $1`,
  // A contact's entries while it was at this partner (a move shows on both sides).
  `SELECT DISTINCT ON (e.id) e.occurred_at, 'contact', e.id, e.entity_id, e.actor_id, c.full_name, e.action, NULL, e.changes, e.reason,
          (SELECT p.name FROM partners p WHERE p.id::text = CASE WHEN e.changes->'partnerId'->>'after' = $1::text
                                                                   THEN e.changes->'partnerId'->>'before' ELSE e.changes->'partnerId'->>'after' END)
     FROM contact_affiliations ca
     JOIN audit_entries e ON e.entity_type = 'contact' AND e.entity_id = ca.contact_id
     JOIN contacts c ON c.id = ca.contact_id
    WHERE ca.partner_id = $1
      AND (e.changes->'partnerId'->>'before' = $1::text OR e.changes->'partnerId'->>'after' = $1::text
           OR (e.occurred_at >= ca.started_at AND (ca.ended_at IS NULL OR e.occurred_at <= ca.ended_at)))`,
  `SELECT ag.created_at, 'agreement', ag.id, ag.id, ${creator('agreement', 'ag.id')}, ag.title, NULL, ag.status::text, NULL, NULL, NULL
     FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id WHERE ap.partner_id = $1`,
  `SELECT e.occurred_at, 'agreement-change', e.id, ag.id, e.actor_id, ag.title, e.action, NULL, e.changes, e.reason, NULL
     FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id
     JOIN audit_entries e ON e.entity_type = 'agreement' AND e.entity_id = ap.agreement_id
    WHERE ap.partner_id = $1 AND e.action <> 'created'`,
  `SELECT greatest(s.submitted_at, s.verified_at, s.approved_at, s.rejected_at, s.suspended_at, s.withdrawn_at),
          'signature', s.id, s.id, CASE WHEN s.status IN ('approved', 'rejected', 'suspended') THEN s.reviewed_by END,
          pl.title, NULL, s.status::text, jsonb_build_object('textVersion', s.text_version), NULL, NULL
     FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id WHERE s.partner_id = $1`,
];
