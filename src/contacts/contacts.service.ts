import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { ConsentLedger } from '../data-protection/consent-ledger.service.js';
import { SuppressionList } from '../data-protection/suppression-list.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { Partner } from '../partners/partner.entity.js';
import { PartnerNotFoundError } from '../partners/partners.errors.js';
import { ContactAffiliation } from './contact-affiliation.entity.js';
import { Contact, DEFAULT_COMMUNICATION_PREFERENCES } from './contact.entity.js';
import { ContactArchivedError, ContactErasedError, ContactMoveError, ContactNotFoundError } from './contacts.errors.js';
import type { CreateContactDto, MoveContactDto, UpdateContactDto } from './dto/contact-write.dto.js';
import { toAffiliationResponse, toContactResponse, type AffiliationResponse, type ContactResponse } from './dto/contact.response.js';

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);
const snapshot = (view: ContactResponse): Record<string, unknown> =>
  Object.fromEntries(Object.entries(view).filter(([key]) => !BOOKKEEPING.has(key)));

/** Who writes a contact: staff (the default), or the organisation itself through the partner portal (`form`). */
export interface ContactWriteOrigin {
  source: 'staff' | 'form';
  /** Kept in the audit entry (e.g. which portal user made the change). */
  reason?: string;
}

const STAFF_ORIGIN: ContactWriteOrigin = { source: 'staff' };

@Injectable()
export class ContactsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly suppression: SuppressionList,
    private readonly consents: ConsentLedger,
  ) {}

  async listForPartner(partnerId: string, archived: 'exclude' | 'include' | 'only'): Promise<ContactResponse[]> {
    return this.transactions.run(async ({ manager }) => {
      await this.requirePartner(manager, partnerId);
      const query = manager
        .createQueryBuilder(Contact, 'c')
        .where('c.partnerId = :partnerId', { partnerId })
        .orderBy('c.isPrimary', 'DESC')
        .addOrderBy('c.fullName', 'ASC')
        .addOrderBy('c.id', 'ASC');
      if (archived !== 'include') query.andWhere(archived === 'only' ? 'c.archivedAt IS NOT NULL' : 'c.archivedAt IS NULL');
      return (await query.getMany()).map(toContactResponse);
    });
  }

  get(id: string): Promise<ContactResponse> {
    return this.transactions.run(async ({ manager }) => toContactResponse(await this.find(manager, id)));
  }

  /**
   * `actorId` null with `origin.source` `form`: the organisation's own people changed it (the partner portal); the
   * consent events say so and the audit entry carries `origin.reason`.
   */
  create(partnerId: string, dto: CreateContactDto, actorId: string | null, origin: ContactWriteOrigin = STAFF_ORIGIN): Promise<ContactResponse> {
    return this.transactions.run(async ({ manager }) => {
      await this.requirePartner(manager, partnerId, true);
      if (dto.email) await this.suppression.assertAllowed(manager, dto.email);
      const demoted = dto.isPrimary ? await this.demotePrimary(manager, partnerId) : [];
      const contact = manager.create(Contact, {
        partnerId,
        fullName: dto.fullName.trim(),
        jobTitle: dto.jobTitle ?? null,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        isPrimary: dto.isPrimary ?? false,
        lawfulBasis: dto.lawfulBasis ?? 'legitimate-interests',
        communicationPreferences: { ...DEFAULT_COMMUNICATION_PREFERENCES, ...dto.communicationPreferences },
      });
      const saved = await manager.save(contact);
      await manager.insert(ContactAffiliation, { contactId: saved.id, partnerId, jobTitle: saved.jobTitle });
      await this.consents.recordPreferences(manager, saved.id, null, saved.communicationPreferences, { source: origin.source, actorId });
      const view = toContactResponse(saved);
      await this.audit.record(manager, { entityType: 'contact', entityId: saved.id, action: 'created', actorId, changes: diffSnapshots({}, snapshot(view)), reason: origin.reason ?? null });
      await this.auditDemotions(manager, demoted, saved.id, actorId);
      return view;
    });
  }

  update(id: string, dto: UpdateContactDto, expectedVersion: number, actorId: string | null, origin: ContactWriteOrigin = STAFF_ORIGIN): Promise<ContactResponse> {
    return this.transactions.run(async ({ manager }) => {
      const contact = await this.find(manager, id, true);
      assertVersion('CONTACT.VERSION_CONFLICT', expectedVersion, contact.version);
      if (contact.archivedAt) throw new ContactArchivedError();
      const before = snapshot(toContactResponse(contact));
      const { reason, communicationPreferences, ...fields } = dto;
      if (fields.email && fields.email !== contact.email) await this.suppression.assertAllowed(manager, fields.email);
      const preferencesBefore = { ...contact.communicationPreferences };
      const demoted = fields.isPrimary && !contact.isPrimary && contact.partnerId ? await this.demotePrimary(manager, contact.partnerId) : [];
      Object.assign(contact, fields);
      if (communicationPreferences) contact.communicationPreferences = { ...contact.communicationPreferences, ...communicationPreferences };
      const view = toContactResponse(await manager.save(contact));
      await this.consents.recordPreferences(manager, id, preferencesBefore, contact.communicationPreferences, { source: origin.source, actorId });
      const changes = diffSnapshots(before, snapshot(view));
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, { entityType: 'contact', entityId: id, action: 'updated', actorId, changes, reason: reason ?? origin.reason });
      }
      await this.auditDemotions(manager, demoted, id, actorId);
      return view;
    });
  }

  setArchived(id: string, archived: boolean, actorId: string, reason?: string): Promise<ContactResponse> {
    return this.transactions.run(async ({ manager }) => {
      const contact = await this.find(manager, id, true);
      if ((contact.archivedAt !== null) === archived) return toContactResponse(contact);
      if (!archived && contact.erasedAt) throw new ContactErasedError();
      contact.archivedAt = archived ? new Date() : null;
      if (archived) contact.isPrimary = false;
      const view = toContactResponse(await manager.save(contact));
      await this.audit.record(manager, {
        entityType: 'contact',
        entityId: id,
        action: archived ? 'archived' : 'restored',
        actorId,
        changes: { archived: { before: !archived, after: archived } },
        reason,
      });
      return view;
    });
  }

  /** The person moved organisation: the current affiliation ends, a new one starts; history is kept. */
  move(id: string, dto: MoveContactDto, expectedVersion: number, actorId: string): Promise<ContactResponse> {
    return this.transactions.run(async ({ manager }) => {
      const contact = await this.find(manager, id, true);
      assertVersion('CONTACT.VERSION_CONFLICT', expectedVersion, contact.version);
      if (contact.archivedAt) throw new ContactArchivedError();
      if (contact.partnerId === dto.partnerId) throw new ContactMoveError('The contact is already at this organisation.');
      await this.requirePartner(manager, dto.partnerId, true);
      const before = snapshot(toContactResponse(contact));
      await manager.update(ContactAffiliation, { contactId: id, endedAt: IsNull() }, { endedAt: new Date() });
      contact.partnerId = dto.partnerId;
      contact.isPrimary = false;
      if (dto.jobTitle !== undefined) contact.jobTitle = dto.jobTitle;
      const view = toContactResponse(await manager.save(contact));
      await manager.insert(ContactAffiliation, { contactId: id, partnerId: dto.partnerId, jobTitle: contact.jobTitle });
      await this.audit.record(manager, {
        entityType: 'contact',
        entityId: id,
        action: 'moved',
        actorId,
        changes: diffSnapshots(before, snapshot(view)),
        reason: dto.reason,
      });
      return view;
    });
  }

  history(id: string): Promise<AffiliationResponse[]> {
    return this.transactions.run(async ({ manager }) => {
      await this.find(manager, id);
      const rows = await manager
        .createQueryBuilder(ContactAffiliation, 'a')
        .innerJoin(Partner, 'p', 'p.id = a.partnerId')
        .addSelect('p.name', 'partner_name')
        .where('a.contactId = :id', { id })
        .orderBy('a.startedAt', 'DESC')
        .getRawAndEntities();
      return rows.entities.map((a, i) => toAffiliationResponse(a, String((rows.raw[i] as { partner_name: string }).partner_name)));
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<Contact> {
    const contact = await manager.findOne(Contact, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!contact) throw new ContactNotFoundError();
    return contact;
  }

  private async requirePartner(manager: EntityManager, partnerId: string, live = false): Promise<void> {
    const partner = await manager.findOne(Partner, { where: { id: partnerId }, select: { id: true, archivedAt: true } });
    if (!partner || (live && partner.archivedAt)) throw new PartnerNotFoundError();
  }

  /** A partner has one primary contact: the current one stops being it. Returns the ids demoted. */
  private async demotePrimary(manager: EntityManager, partnerId: string): Promise<string[]> {
    // The query builder's update moves the version and updated_at columns too.
    const result = await manager
      .createQueryBuilder()
      .update(Contact)
      .set({ isPrimary: false })
      .where('partner_id = :partnerId AND is_primary', { partnerId })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /** The demoted contact's own trail says it stopped being primary, and because of whom. */
  private async auditDemotions(manager: EntityManager, demoted: string[], promotedId: string, actorId: string | null): Promise<void> {
    for (const id of demoted) {
      await this.audit.record(manager, {
        entityType: 'contact',
        entityId: id,
        action: 'updated',
        actorId,
        changes: { isPrimary: { before: true, after: false } },
        reason: `Contact ${promotedId} was made the primary contact`,
      });
    }
  }
}
