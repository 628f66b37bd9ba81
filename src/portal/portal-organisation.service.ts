import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import type { FieldProblem } from '../common/errors/app-error.js';
import { flattenValidationErrors } from '../common/http/validation.js';
import type { CommunicationPreferences } from '../contacts/contact.entity.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { CreateContactDto, UpdateContactDto } from '../contacts/dto/contact-write.dto.js';
import type { ContactResponse } from '../contacts/dto/contact.response.js';
import { PortalContactUnreachableError } from './portal.errors.js';
import type { PortalPrincipal } from './portal-sessions.js';

export const PREFERENCE_CHANNELS = ['email', 'phone', 'post', 'newsletter', 'events'] as const satisfies readonly (keyof CommunicationPreferences)[];

export interface ContactForm {
  fullName: string;
  jobTitle: string;
  email: string;
  phone: string;
  preferences: string[];
}

export interface SignedPledge {
  pledgeTitle: string;
  textVersion: number;
  textSha256: string;
  status: string;
  submittedAt: Date;
  approvedAt: Date | null;
}

export interface PartyAgreement {
  title: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  reviewDate: string | null;
}

export interface Commitments {
  pledges: SignedPledge[];
  agreements: PartyAgreement[];
  /** Agreement reviews and renewal notices from today on, soonest first. */
  upcoming: { title: string; what: 'review' | 'renewal notice'; date: string }[];
}

/**
 * What an organisation keeps up to date about itself in the portal: its contacts and their communication
 * preferences (written by the contacts feature's own service, consent events with source `form`), and what it
 * can see of its commitments (read only; no internal notes).
 */
@Injectable()
export class PortalOrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
  ) {}

  listContacts(principal: PortalPrincipal): Promise<ContactResponse[]> {
    return this.contacts.listForPartner(principal.partnerId, 'exclude');
  }

  async addContact(principal: PortalPrincipal, form: ContactForm): Promise<FieldProblem[]> {
    const dto = plainToInstance(CreateContactDto, bodyOf(form));
    const problems = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) return problems;
    await this.contacts.create(principal.partnerId, dto, null, { source: 'form', reason: by(principal) });
    return [];
  }

  async updateContact(principal: PortalPrincipal, contactId: string, version: number, form: ContactForm): Promise<FieldProblem[]> {
    const current = await this.contacts.get(contactId);
    if (current.partnerId !== principal.partnerId || current.archivedAt) throw new PortalContactUnreachableError('This contact is not one of your organisation\'s.');
    const dto = plainToInstance(UpdateContactDto, bodyOf(form));
    const problems = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) return problems;
    await this.contacts.update(contactId, dto, version, null, { source: 'form', reason: by(principal) });
    return [];
  }

  async commitments(partnerId: string): Promise<Commitments> {
    const pledges = await this.dataSource.query<{ title: string; text_version: number; sha256: string; status: string; submitted_at: Date; approved_at: Date | null }[]>(
      `SELECT pl.title, s.text_version, t.sha256, s.status, s.submitted_at, s.approved_at
         FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id JOIN pledge_texts t ON t.id = s.pledge_text_id
        WHERE s.partner_id = $1 ORDER BY s.submitted_at DESC`,
      [partnerId],
    );
    const agreements = await this.dataSource.query<{ title: string; status: string; start_date: string | null; end_date: string | null; review_date: string | null; renewal_notice_date: string | null }[]>(
      `SELECT a.title, a.status, a.start_date::text, a.end_date::text, a.review_date::text, a.renewal_notice_date::text
         FROM agreements a JOIN agreement_parties ap ON ap.agreement_id = a.id
        WHERE ap.partner_id = $1 ORDER BY a.start_date DESC NULLS LAST, a.title`,
      [partnerId],
    );
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = agreements.flatMap((a) => [
      ...(a.review_date && a.review_date >= today ? [{ title: a.title, what: 'review' as const, date: a.review_date }] : []),
      ...(a.renewal_notice_date && a.renewal_notice_date >= today ? [{ title: a.title, what: 'renewal notice' as const, date: a.renewal_notice_date }] : []),
    ]).sort((x, y) => x.date.localeCompare(y.date));
    return {
      pledges: pledges.map((p) => ({ pledgeTitle: p.title, textVersion: p.text_version, textSha256: p.sha256, status: p.status, submittedAt: p.submitted_at, approvedAt: p.approved_at })),
      agreements: agreements.map((a) => ({ title: a.title, status: a.status, startDate: a.start_date, endDate: a.end_date, reviewDate: a.review_date })),
      upcoming,
    };
  }
}

const by = (p: PortalPrincipal): string => `Changed in the partner portal by ${p.displayName ?? 'a portal user'} <${p.email}>`;

function bodyOf(form: ContactForm): Record<string, unknown> {
  const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());
  const chosen = new Set(form.preferences);
  return {
    fullName: form.fullName.trim(),
    jobTitle: orNull(form.jobTitle),
    email: orNull(form.email),
    phone: orNull(form.phone),
    communicationPreferences: Object.fromEntries(PREFERENCE_CHANNELS.map((c) => [c, chosen.has(c)])),
  };
}
