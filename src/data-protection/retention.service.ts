import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { purgeUnverifiedSignatures } from '../pledges/purge-unverified.handler.js';
import { PersonalDataEraser } from './personal-data-eraser.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { personalTerms } from './personal-terms.js';
import { SubjectHasher } from './subject-hash.js';
import { lockSubject } from './suppression-list.service.js';

/** What one retention run changed. */
export interface RetentionOutcome {
  unverifiedSignatures: number;
  signingMailBodies: number;
  contacts: number;
  auditEntries: number;
  mailBodies: number;
}

/** What a mail body becomes once its retention period is over. */
export const REMOVED_MAIL_BODY = '(removed under the retention policy)';

const DAY_MS = 86_400_000;

/** A calendar subtraction in UTC (leap days included), so "6 years" means the same date six years earlier. */
function yearsBefore(asOf: Date, years: number): Date {
  const cutoff = new Date(asOf);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

interface EndedContact {
  id: string;
  email: string | null;
  full_name: string;
  phone: string | null;
}

/**
 * Applies the retention periods as of a moment: unverified signatures deleted, contacts of partners whose
 * relationship ended long enough ago pseudonymised (as erasure does, without suppression: they may come
 * back), bodies of old mail blanked. Every step selects only what is not yet done, so a second run as of the
 * same moment changes nothing.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly eraser: PersonalDataEraser,
    private readonly repository: PersonalDataRepository,
    private readonly hasher: SubjectHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(asOf: Date): Promise<RetentionOutcome> {
    const policy = this.config.dataProtection.retention;
    const signing = await this.transactions.run(({ manager }) => purgeUnverifiedSignatures(manager, asOf, policy.unverifiedSignatureDays));
    const outcome: RetentionOutcome = { unverifiedSignatures: signing.purged, signingMailBodies: signing.redacted, contacts: 0, auditEntries: 0, mailBodies: 0 };
    const cutoff = yearsBefore(asOf, policy.endedPartnerContactYears);
    for (const contact of await this.endedContacts(cutoff)) {
      // One transaction per person: a large backlog commits as it goes, and a failure stops one person only.
      const counts = await this.transactions.run(({ manager }) => this.pseudonymise(manager, contact));
      outcome.contacts += counts.contacts ?? 0;
      outcome.auditEntries += counts.audit_entries ?? 0;
    }
    outcome.mailBodies = await this.blankMailBodies(new Date(asOf.getTime() - policy.sentMailBodyDays * DAY_MS));
    return outcome;
  }

  /** Contacts still named at partners that ended (status, or archived) before the cutoff. */
  private endedContacts(cutoff: Date): Promise<EndedContact[]> {
    return this.transactions.run(({ manager }) =>
      manager.query<EndedContact[]>(
        `SELECT c.id, c.email, c.full_name, c.phone FROM contacts c JOIN partners p ON p.id = c.partner_id
          WHERE c.erased_at IS NULL AND least(p.ended_at, p.archived_at) < $1
          ORDER BY c.id`,
        [cutoff],
      ),
    );
  }

  private async pseudonymise(manager: EntityManager, contact: EndedContact): Promise<Record<string, number>> {
    const subjectHash = contact.email ? this.hasher.ofEmail(contact.email) : this.hasher.ofRecord('contact', contact.id);
    await lockSubject(manager, subjectHash);
    const earlier = [
      ...(await this.repository.recordedValues(manager, [contact.id], 'fullName')),
      ...(await this.repository.recordedValues(manager, [contact.id], 'phone')),
    ];
    return this.eraser.erase(manager, {
      subjectHash,
      contactIds: [contact.id],
      signatureIds: [],
      recipients: [],
      terms: personalTerms([contact.email, contact.full_name, contact.phone, ...earlier]),
      reach: 'related',
      actorId: null,
    });
  }

  private blankMailBodies(cutoff: Date): Promise<number> {
    return this.transactions.run(async ({ manager }) => {
      const [, blanked] = await manager.query<[unknown, number]>(
        `UPDATE mail_outbox SET text_body = $2, html_body = NULL
          WHERE status IN ('sent', 'failed', 'cancelled') AND coalesce(sent_at, created_at) < $1
            AND (text_body NOT IN ('', $2) OR html_body IS NOT NULL)`,
        [cutoff, REMOVED_MAIL_BODY],
      );
      return blanked;
    });
  }
}
