import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { Signature } from '../pledges/signature.entity.js';
import { User } from '../users/user.entity.js';
import { ConsentEvent } from './consent-event.entity.js';

export interface AffiliationRow {
  id: string;
  contactId: string;
  partnerId: string;
  partnerName: string;
  jobTitle: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

export interface AttendanceRow {
  meetingId: string;
  contactId: string;
  occurredAt: Date;
  kind: string;
  title: string;
}

/** Every query that finds a person's data across the product's tables, for subject access and erasure. */
@Injectable()
export class PersonalDataRepository {
  contactsByEmail(manager: EntityManager, email: string): Promise<Contact[]> {
    return manager.createQueryBuilder(Contact, 'c').where('lower(c.email) = :email', { email }).orderBy('c.createdAt').getMany();
  }

  /** By address, or by the hash a signature keeps as its uniqueness key. */
  signaturesByEmail(manager: EntityManager, email: string, emailHash: string): Promise<Signature[]> {
    return manager
      .createQueryBuilder(Signature, 's')
      .innerJoinAndSelect('s.pledge', 'p')
      .where('lower(s.email) = :email OR s.emailHash = :emailHash', { email, emailHash })
      .orderBy('s.submittedAt')
      .getMany();
  }

  staffByEmail(manager: EntityManager, email: string): Promise<User[]> {
    return manager.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getMany();
  }

  /** Every value a field of these contacts has held, from their audit trail (names and numbers they had before). */
  async recordedValues(manager: EntityManager, contactIds: readonly string[], field: 'fullName' | 'phone'): Promise<string[]> {
    if (contactIds.length === 0) return [];
    const rows = await manager.query<{ value: string }[]>(
      `SELECT DISTINCT v.value FROM audit_entries a
         CROSS JOIN LATERAL (VALUES (a.changes -> $2 ->> 'before'), (a.changes -> $2 ->> 'after')) AS v(value)
        WHERE a.entity_type = 'contact' AND a.entity_id = ANY($1::uuid[]) AND v.value IS NOT NULL`,
      [contactIds, field],
    );
    return rows.map((r) => r.value);
  }

  async affiliations(manager: EntityManager, contactIds: readonly string[]): Promise<AffiliationRow[]> {
    if (contactIds.length === 0) return [];
    return manager.query<AffiliationRow[]>(
      `SELECT a.id, a.contact_id AS "contactId", a.partner_id AS "partnerId", p.name AS "partnerName", a.job_title AS "jobTitle",
              a.started_at AS "startedAt", a.ended_at AS "endedAt"
         FROM contact_affiliations a JOIN partners p ON p.id = a.partner_id
        WHERE a.contact_id = ANY($1::uuid[]) ORDER BY a.started_at`,
      [contactIds],
    );
  }

  async attendance(manager: EntityManager, contactIds: readonly string[]): Promise<AttendanceRow[]> {
    if (contactIds.length === 0) return [];
    return manager.query<AttendanceRow[]>(
      `SELECT m.id AS "meetingId", mc.contact_id AS "contactId", m.occurred_at AS "occurredAt", m.kind, m.title
         FROM meeting_contacts mc JOIN meeting_logs m ON m.id = mc.meeting_id
        WHERE mc.contact_id = ANY($1::uuid[]) ORDER BY m.occurred_at, m.id`,
      [contactIds],
    );
  }

  outboxTo(manager: EntityManager, email: string): Promise<OutboxMessage[]> {
    return manager.createQueryBuilder(OutboxMessage, 'o').where('lower(o.recipient) = :email', { email }).orderBy('o.createdAt').getMany();
  }

  /**
   * Entries about the person's records, and entries whose changes or reason contain one of their values
   * (a cheap substring pre-filter over the stored spellings; callers match words exactly).
   */
  async auditEntries(manager: EntityManager, entityIds: readonly string[], spellings: readonly string[]): Promise<AuditEntry[]> {
    const lowered = spellings.map((s) => s.toLowerCase());
    return manager
      .createQueryBuilder(AuditEntry, 'a')
      .where('a.entityId = ANY(CAST(:entityIds AS uuid[]))', { entityIds })
      .orWhere(
        `EXISTS (SELECT 1 FROM unnest(CAST(:lowered AS text[])) AS t(value)
                  WHERE strpos(lower(a.changes::text), t.value) > 0 OR strpos(lower(coalesce(a.reason, '')), t.value) > 0)`,
        { lowered },
      )
      .orderBy('a.occurredAt')
      .addOrderBy('a.id')
      .getMany();
  }

  consentEvents(manager: EntityManager, contactIds: readonly string[], signatureIds: readonly string[]): Promise<ConsentEvent[]> {
    return manager
      .createQueryBuilder(ConsentEvent, 'e')
      .where(`(e.subjectType = 'contact' AND e.subjectId = ANY(CAST(:contactIds AS uuid[])))`, { contactIds })
      .orWhere(`(e.subjectType = 'signature' AND e.subjectId = ANY(CAST(:signatureIds AS uuid[])))`, { signatureIds })
      .orderBy('e.occurredAt')
      .addOrderBy('e.id')
      .getMany();
  }
}
