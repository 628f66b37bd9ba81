import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { instantIn } from '../common/http/date-time.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceDataService } from '../reference-data/reference-data.service.js';
import { User } from '../users/user.entity.js';
import type { UpdateMeetingDto } from './dto/meeting-write.dto.js';
import type { MeetingLog } from './meeting-log.entity.js';
import { MeetingReferenceError } from './meetings.errors.js';

type MeetingInput = Omit<UpdateMeetingDto, 'reason' | 'actions'>;

const missing = (wanted: string[], found: { id: string }[]): string[] => wanted.filter((id) => !found.some((f) => f.id === id));

/** Applies a create or update body to a meeting, resolving and checking every reference. */
@Injectable()
export class MeetingWriter {
  constructor(
    private readonly referenceData: ReferenceDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(manager: EntityManager, meeting: MeetingLog, input: MeetingInput): Promise<void> {
    if (input.occurredAt !== undefined) meeting.occurredAt = instantIn(input.occurredAt, this.config.timeZone);
    if (input.kind !== undefined) meeting.kind = input.kind;
    if (input.title !== undefined) meeting.title = input.title.trim();
    if (input.notes !== undefined) meeting.notes = input.notes;
    if (input.outcomes !== undefined) meeting.outcomes = input.outcomes;
    if (input.partnerIds !== undefined) meeting.partners = await this.partners(manager, input.partnerIds, meeting);
    if (input.staffIds !== undefined) meeting.staff = await this.staff(manager, input.staffIds);
    if (input.contactIds !== undefined || input.partnerIds !== undefined) {
      const contactIds = input.contactIds ?? meeting.contacts.map((c) => c.id);
      meeting.contacts = await this.contacts(manager, contactIds, meeting.partners);
    }
    const resolve = this.referenceData.resolve.bind(this.referenceData, manager);
    const codes = (entries: { code: string }[] | undefined): Set<string> => new Set((entries ?? []).map((e) => e.code));
    if (input.priorityAreas !== undefined) {
      meeting.priorityAreas = await resolve('priorityAreas', 'priority-area', input.priorityAreas, codes(meeting.priorityAreas));
    }
    if (input.themes !== undefined) meeting.themes = await resolve('themes', 'theme', input.themes, codes(meeting.themes));
  }

  private async partners(manager: EntityManager, ids: string[], meeting: MeetingLog): Promise<Partner[]> {
    const unique = [...new Set(ids)];
    const found = await manager.find(Partner, { where: { id: In(unique) } });
    const unknown = missing(unique, found);
    if (unknown.length > 0) throw new MeetingReferenceError('partnerIds', 'unknown partner', unknown);
    // Archived partners can stay on an old meeting but cannot be added to one.
    const already = new Set((meeting.partners ?? []).map((p) => p.id));
    const archived = found.filter((p) => p.archivedAt && !already.has(p.id)).map((p) => p.id);
    if (archived.length > 0) throw new MeetingReferenceError('partnerIds', 'archived partner', archived);
    return found;
  }

  /** Staff users by id; unknown ids (or, with `activeOnly`, deactivated users) are refused. */
  async staff(manager: EntityManager, ids: string[], field = 'staffIds', activeOnly = false): Promise<User[]> {
    const unique = [...new Set(ids)];
    const found = unique.length > 0 ? await manager.find(User, { where: { id: In(unique) } }) : [];
    const unusable = [...missing(unique, found), ...(activeOnly ? found.filter((u) => !u.isActive).map((u) => u.id) : [])];
    if (unusable.length > 0) throw new MeetingReferenceError(field, 'unknown or inactive staff user', unusable);
    return found;
  }

  private async contacts(manager: EntityManager, ids: string[], partners: Partner[]): Promise<Contact[]> {
    const unique = [...new Set(ids)];
    const found = unique.length > 0 ? await manager.find(Contact, { where: { id: In(unique) } }) : [];
    const unknown = missing(unique, found);
    if (unknown.length > 0) throw new MeetingReferenceError('contactIds', 'unknown contact', unknown);
    const partnerIds = new Set(partners.map((p) => p.id));
    const elsewhere = found.filter((c) => !c.partnerId || !partnerIds.has(c.partnerId)).map((c) => c.id);
    if (elsewhere.length > 0) throw new MeetingReferenceError('contactIds', 'contact is not at any of the meeting\'s partners', elsewhere);
    return found;
  }
}
