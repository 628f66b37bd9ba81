import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceDataService } from '../reference-data/reference-data.service.js';
import { User } from '../users/user.entity.js';
import type { Agreement } from './agreement.entity.js';
import { renewalNoticeDate } from './agreement-status.js';
import { ArchivedPartyError, InvalidDatesError, UnknownAgreementOwnerError, UnknownPartyError } from './agreements.errors.js';
import type { UpdateAgreementDto } from './dto/agreement-write.dto.js';

export type AgreementInput = Omit<UpdateAgreementDto, 'reason'>;
export type AgreementDates = Partial<Pick<Agreement, 'startDate' | 'endDate' | 'reviewDate'>>;

const codes = (entries: { code: string }[] | undefined): Set<string> => new Set((entries ?? []).map((e) => e.code));

/** Applies a create or update body to an agreement: resolves codes, parties and owner, keeps derived dates in step. */
@Injectable()
export class AgreementWriter {
  constructor(private readonly referenceData: ReferenceDataService) {}

  async apply(manager: EntityManager, agreement: Agreement, input: AgreementInput): Promise<void> {
    if (input.title !== undefined) agreement.title = input.title.trim();
    if (input.description !== undefined) agreement.description = input.description;
    if (input.renewalNoticeDays !== undefined) agreement.renewalNoticeDays = input.renewalNoticeDays;
    applyDates(agreement, input);
    await this.applyReferences(manager, agreement, input);
    if (input.parties !== undefined) agreement.parties = await this.resolveParties(manager, agreement, input.parties);
    if (input.ownerId !== undefined) agreement.ownerId = await this.resolveOwner(manager, input.ownerId);
  }

  private async applyReferences(manager: EntityManager, agreement: Agreement, input: AgreementInput): Promise<void> {
    const resolve = this.referenceData.resolve.bind(this.referenceData, manager);
    if (input.kind !== undefined) {
      const keep = new Set(agreement.kind ? [agreement.kind.code] : []);
      [agreement.kind] = await resolve('kind', 'agreement-kind', [input.kind], keep);
      agreement.kindId = agreement.kind.id;
    }
    if (input.themes !== undefined) agreement.themes = await resolve('themes', 'theme', input.themes, codes(agreement.themes));
    if (input.priorityAreas !== undefined) {
      agreement.priorityAreas = await resolve('priorityAreas', 'priority-area', input.priorityAreas, codes(agreement.priorityAreas));
    }
  }

  /** Every id must be a partner; archived partners cannot be added, but one already a party stays (like retired codes). */
  private async resolveParties(manager: EntityManager, agreement: Agreement, ids: string[]): Promise<Partner[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const found = await manager.find(Partner, { where: { id: In(unique) } });
    const unknown = unique.filter((id) => !found.some((p) => p.id === id));
    if (unknown.length > 0) throw new UnknownPartyError(unknown);
    const current = new Set((agreement.parties ?? []).map((p) => p.id));
    const archived = found.filter((p) => p.archivedAt !== null && !current.has(p.id)).map((p) => p.id);
    if (archived.length > 0) throw new ArchivedPartyError(archived);
    return found;
  }

  private async resolveOwner(manager: EntityManager, ownerId: string | null): Promise<string | null> {
    if (ownerId === null) return null;
    const owner = await manager.findOne(User, { where: { id: ownerId, isActive: true } });
    if (!owner) throw new UnknownAgreementOwnerError();
    return owner.id;
  }
}

/** Sets the dates given, checks they make sense together, and derives the renewal notice date. */
export function applyDates(agreement: Agreement, dates: AgreementDates): void {
  if (dates.startDate !== undefined) agreement.startDate = dates.startDate;
  if (dates.endDate !== undefined) agreement.endDate = dates.endDate;
  if (dates.reviewDate !== undefined) agreement.reviewDate = dates.reviewDate;
  if (agreement.startDate && agreement.endDate && agreement.endDate < agreement.startDate) {
    throw new InvalidDatesError(`endDate ${agreement.endDate} is before startDate ${agreement.startDate}.`);
  }
  agreement.renewalNoticeDate = renewalNoticeDate(agreement.endDate ?? null, agreement.renewalNoticeDays ?? null);
}
