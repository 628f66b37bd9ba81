import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import type { CommunicationPreferences } from '../contacts/contact.entity.js';
import { eraseSigners } from '../pledges/signer-erasure.js';
import { AuditRedactor } from './audit-redactor.js';
import { ConsentLedger, CONSENT_PURPOSES } from './consent-ledger.service.js';
import { ERASED_MENTION, ERASED_NAME, storedSpellings, termsPgPattern } from './personal-terms.js';
import { erasureMarker } from './subject-hash.js';

/** Who is erased, where, and on whose authority. */
export interface ErasureTarget {
  /** The person's keyed hash; `erased:<hash>` is written in their place. */
  subjectHash: string;
  contactIds: readonly string[];
  signatureIds: readonly string[];
  /** Addresses whose outbox rows are pseudonymised (recipient → marker, bodies blanked, pending mail cancelled). */
  recipients: readonly string[];
  /** The person's values (email, names, phone numbers) to find in free text and audit entries. */
  terms: readonly string[];
  /**
   * everywhere (erasure on request): every audit entry, free-text column and outbox row is searched.
   * related (retention): only the person's records and the meetings they attended.
   */
  reach: 'everywhere' | 'related';
  /** The admin who asked; null for the retention job. */
  actorId: string | null;
}

export type ErasureCounts = Record<string, number>;

/** Columns where staff write free text that may mention a person; mentions become "[erased]". */
const FREE_TEXT: readonly { table: string; columns: readonly { name: string; max?: number }[]; bump: string; relatedBy?: string }[] = [
  { table: 'meeting_logs', columns: [{ name: 'title', max: 200 }, { name: 'notes' }, { name: 'outcomes' }], bump: 'version = version + 1, updated_at = now()', relatedBy: 'id' },
  { table: 'meeting_actions', columns: [{ name: 'description', max: 500 }], bump: 'updated_at = now()', relatedBy: 'meeting_id' },
  { table: 'partners', columns: [{ name: 'description' }, { name: 'dialogue_snooze_reason', max: 500 }], bump: 'version = version + 1, updated_at = now()' },
  { table: 'agreements', columns: [{ name: 'description' }], bump: 'version = version + 1, updated_at = now()' },
  { table: 'signatures', columns: [{ name: 'status_reason', max: 500 }], bump: 'updated_at = now()' },
];

const NO_COMMUNICATIONS: CommunicationPreferences = { email: false, phone: false, post: false, newsletter: false, events: false };

/**
 * The steps of erasing a person, inside the caller's transaction: contacts pseudonymised, signers erased,
 * mail pseudonymised, free-text mentions and audit values replaced. Rows stay, so counts, meetings and
 * evidence still add up; what named the person does not. Safe to repeat: erased rows are skipped.
 */
@Injectable()
export class PersonalDataEraser {
  constructor(
    private readonly audit: AuditService,
    private readonly consents: ConsentLedger,
    private readonly redactor: AuditRedactor,
  ) {}

  async erase(manager: EntityManager, target: ErasureTarget): Promise<ErasureCounts> {
    const marker = erasureMarker(target.subjectHash);
    const meetingIds = target.reach === 'related' ? await this.meetingsAttended(manager, target.contactIds) : [];
    const counts: ErasureCounts = {
      ...(await this.pseudonymiseContacts(manager, target)),
      signatures: await this.eraseSignatures(manager, target),
      mail_outbox: await this.pseudonymiseMail(manager, target, marker),
    };
    for (const [table, changed] of Object.entries(await this.scrubFreeText(manager, target, meetingIds))) {
      counts[table] = (counts[table] ?? 0) + changed;
    }
    counts.audit_entries = await this.redactor.redact(manager, target.terms, marker, {
      ownRecordIds: [...target.contactIds, ...target.signatureIds],
      relatedRecordIds: meetingIds,
      everywhere: target.reach === 'everywhere',
    });
    return counts;
  }

  private async pseudonymiseContacts(manager: EntityManager, target: ErasureTarget): Promise<ErasureCounts> {
    const rows = await manager.query<{ id: string; communication_preferences: CommunicationPreferences }[]>(
      'SELECT id, communication_preferences FROM contacts WHERE id = ANY($1::uuid[]) AND erased_at IS NULL FOR UPDATE',
      [target.contactIds],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return { contacts: 0, contact_affiliations: 0 };
    await manager.query(
      `UPDATE contacts SET full_name = $2, job_title = NULL, email = NULL, phone = NULL, is_primary = false,
              communication_preferences = $3::jsonb, archived_at = coalesce(archived_at, now()), erased_at = now(),
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, ERASED_NAME, JSON.stringify(NO_COMMUNICATIONS)],
    );
    const [, affiliations] = await manager.query<[unknown, number]>(
      'UPDATE contact_affiliations SET job_title = NULL WHERE contact_id = ANY($1::uuid[]) AND job_title IS NOT NULL',
      [ids],
    );
    for (const row of rows) {
      await this.consents.recordPreferences(manager, row.id, row.communication_preferences, NO_COMMUNICATIONS, this.consentSource(target));
    }
    await this.audit.recordMany(manager, ids.map((id) => this.erasedEntry(target, 'contact', id)));
    return { contacts: ids.length, contact_affiliations: affiliations };
  }

  private async eraseSignatures(manager: EntityManager, target: ErasureTarget): Promise<number> {
    const rows = await manager.query<{ id: string; individual: boolean; listing_consent: boolean }[]>(
      `SELECT s.id, p.kind = 'individual' AS individual, s.listing_consent FROM signatures s JOIN pledges p ON p.id = s.pledge_id
        WHERE s.id = ANY($1::uuid[]) AND s.erased_at IS NULL FOR UPDATE OF s`,
      [target.signatureIds],
    );
    const ids = rows.map((r) => r.id);
    const erased = await eraseSigners(manager, ids);
    // An individual's consent to show their name goes with the name; an organisation's listing is its own.
    const named = rows.filter((r) => r.individual && r.listing_consent);
    await this.consents.recordMany(
      manager,
      named.map((r) => ({ subjectType: 'signature', subjectId: r.id, purpose: CONSENT_PURPOSES.nameDisplay, given: false, ...this.consentSource(target) })),
    );
    await this.audit.recordMany(manager, ids.map((id) => this.erasedEntry(target, 'signature', id)));
    return erased;
  }

  /** Mail to the person keeps its kind, status and times; a pending one is cancelled. Mentions elsewhere are cut out. */
  private async pseudonymiseMail(manager: EntityManager, target: ErasureTarget, marker: string): Promise<number> {
    let changed = 0;
    if (target.recipients.length > 0) {
      const [, addressed] = await manager.query<[unknown, number]>(
        `UPDATE mail_outbox SET recipient = $2, subject = '(erased)', text_body = '', html_body = NULL, last_error = NULL,
                status = CASE WHEN status = 'pending' THEN 'cancelled'::outbox_status ELSE status END
          WHERE lower(recipient) = ANY($1::text[])`,
        [target.recipients, marker],
      );
      changed += addressed;
    }
    const pattern = termsPgPattern(storedSpellings(target.terms));
    if (target.reach === 'everywhere' && pattern) {
      const [, mentioning] = await manager.query<[unknown, number]>(
        `UPDATE mail_outbox SET subject = left(regexp_replace(subject, $1, $2, 'gi'), 300), text_body = regexp_replace(text_body, $1, $2, 'gi'),
                html_body = regexp_replace(html_body, $1, $2, 'gi'), last_error = regexp_replace(last_error, $1, $2, 'gi')
          WHERE subject ~* $1 OR text_body ~* $1 OR html_body ~* $1 OR last_error ~* $1`,
        [pattern, ERASED_MENTION],
      );
      changed += mentioning;
    }
    return changed;
  }

  private async scrubFreeText(manager: EntityManager, target: ErasureTarget, meetingIds: readonly string[]): Promise<ErasureCounts> {
    const pattern = termsPgPattern(storedSpellings(target.terms));
    const counts: ErasureCounts = {};
    if (!pattern) return counts;
    for (const { table, columns, bump, relatedBy } of FREE_TEXT) {
      if (target.reach === 'related' && !relatedBy) continue;
      const sets = columns.map(({ name, max }) => {
        const replaced = `regexp_replace(${name}, $1, $2, 'gi')`;
        return `${name} = ${max ? `left(${replaced}, ${max})` : replaced}`;
      });
      const scope = target.reach === 'related' ? ` AND ${relatedBy} = ANY($3::uuid[])` : '';
      const [, count] = await manager.query<[unknown, number]>(
        `UPDATE ${table} SET ${sets.join(', ')}, ${bump} WHERE (${columns.map(({ name }) => `${name} ~* $1`).join(' OR ')})${scope}`,
        target.reach === 'related' ? [pattern, ERASED_MENTION, meetingIds] : [pattern, ERASED_MENTION],
      );
      counts[table] = (counts[table] ?? 0) + count;
    }
    return counts;
  }

  private async meetingsAttended(manager: EntityManager, contactIds: readonly string[]): Promise<string[]> {
    const rows = await manager.query<{ meeting_id: string }[]>(
      'SELECT DISTINCT meeting_id FROM meeting_contacts WHERE contact_id = ANY($1::uuid[])',
      [contactIds],
    );
    return rows.map((r) => r.meeting_id);
  }

  private consentSource(target: ErasureTarget): { source: 'staff' | 'system'; actorId: string | null; details: Record<string, unknown> } {
    return { source: target.actorId ? 'staff' : 'system', actorId: target.actorId, details: { erasure: true } };
  }

  /** The record's own trail says it was erased, and by whom; it names no one. */
  private erasedEntry(target: ErasureTarget, entityType: 'contact' | 'signature', entityId: string): AuditRecord {
    return {
      entityType,
      entityId,
      action: target.actorId ? 'erased' : 'erased-by-retention',
      actorId: target.actorId,
      changes: { erased: { before: false, after: true } },
    };
  }
}
