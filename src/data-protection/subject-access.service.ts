import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.js';
import { toContactResponse } from '../contacts/dto/contact.response.js';
import { DataSubjects } from './data-subjects.js';
import type { SubjectAccessItems, SubjectAccessResponse } from './dto/subject-access.response.js';
import {
  toSarAffiliation,
  toSarAttendance,
  toSarAuditEntry,
  toSarConsentEvent,
  toSarMail,
  toSarSignature,
  toSarStaffAccount,
} from './dto/subject-access.mappers.js';
import { MentionScanner } from './mention-scanner.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { mentions, storedSpellings, termsRegExp } from './personal-terms.js';
import { SuppressionList } from './suppression-list.service.js';

/** Tables whose rows the sections below list by what they are; the mention scan skips their listed rows. */
const LISTED: Readonly<Record<string, keyof SubjectAccessItems>> = {
  users: 'staffAccounts',
  contacts: 'contacts',
  contact_affiliations: 'contactAffiliations',
  signatures: 'signatures',
  mail_outbox: 'mailOutbox',
};

/** Subject access: everything held about a person, found by email, in one consistent read. */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly subjects: DataSubjects,
    private readonly repository: PersonalDataRepository,
    private readonly scanner: MentionScanner,
    private readonly suppression: SuppressionList,
  ) {}

  report(email: string): Promise<SubjectAccessResponse> {
    return this.transactions.run(async ({ manager }) => {
      await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const subject = await this.subjects.find(manager, email);
      const contactIds = subject.contacts.map((c) => c.id);
      const signatureIds = subject.signatures.map((s) => s.id);
      const own = new Set([...contactIds, ...signatureIds]);
      const pattern = termsRegExp(storedSpellings(subject.terms));
      const audit = (await this.repository.auditEntries(manager, [...own], storedSpellings(subject.terms))).filter(
        (e) => own.has(e.entityId) || mentions(JSON.stringify(e.changes), pattern) || mentions(e.reason ?? '', pattern),
      );
      const items: SubjectAccessItems = {
        staffAccounts: subject.staff.map(toSarStaffAccount),
        contacts: subject.contacts.map(toContactResponse),
        contactAffiliations: (await this.repository.affiliations(manager, contactIds)).map(toSarAffiliation),
        signatures: subject.signatures.map(toSarSignature),
        consentEvents: (await this.repository.consentEvents(manager, contactIds, signatureIds)).map(toSarConsentEvent),
        meetingAttendance: (await this.repository.attendance(manager, contactIds)).map(toSarAttendance),
        mailOutbox: (await this.repository.outboxTo(manager, subject.email)).map(toSarMail),
        auditEntries: audit.map(toSarAuditEntry),
        otherMentions: [],
      };
      const listed = new Set(Object.entries(LISTED).flatMap(([table, section]) => (items[section] as { id: string }[]).map((row) => `${table}/${row.id}`)));
      items.otherMentions = (await this.scanner.scan(manager, subject.terms, ['audit_entries'])).filter((m) => !listed.has(`${m.table}/${m.id}`));
      return {
        email: subject.email,
        subjectHash: subject.subjectHash,
        knownAs: [...subject.names, ...subject.phones],
        suppressed: await this.suppression.isSuppressed(subject.email, manager),
        generatedAt: new Date().toISOString(),
        counts: Object.fromEntries(Object.entries(items).map(([section, rows]) => [section, (rows as unknown[]).length])),
        items,
      };
    });
  }
}
