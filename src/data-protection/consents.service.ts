import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactNotFoundError } from '../contacts/contacts.errors.js';
import { PartnerNotFoundError } from '../partners/partners.errors.js';
import { SignatureNotFoundError } from '../pledges/pledges.errors.js';
import type { AppError } from '../common/errors/app-error.js';
import type { ConsentSubjectType } from './consent-event.entity.js';
import { ConsentLedger, deriveConsentState } from './consent-ledger.service.js';
import { toConsentEventResponse, toConsentStateResponse, type ConsentRecordResponse } from './dto/consent.response.js';

const SUBJECT_TABLES: Record<ConsentSubjectType, { table: string; notFound: () => AppError }> = {
  partner: { table: 'partners', notFound: () => new PartnerNotFoundError() },
  contact: { table: 'contacts', notFound: () => new ContactNotFoundError() },
  signature: { table: 'signatures', notFound: () => new SignatureNotFoundError() },
};

/** Reads a subject's consent record; the state is derived from the events, never read from a flag. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: ConsentLedger,
  ) {}

  async forSubject(subjectType: ConsentSubjectType, subjectId: string): Promise<ConsentRecordResponse> {
    const { table, notFound } = SUBJECT_TABLES[subjectType];
    const [found] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1`, [subjectId]);
    if (!found) throw notFound();
    const events = await this.ledger.history(subjectType, subjectId);
    return {
      subjectType,
      subjectId,
      current: deriveConsentState(events).map(toConsentStateResponse),
      events: events.map(toConsentEventResponse),
    };
  }
}
