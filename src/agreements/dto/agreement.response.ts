import { ApiProperty } from '@nestjs/swagger';
import { OwnerValue } from '../../partners/dto/partner.response.js';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import type { ReferenceEntry } from '../../reference-data/reference-entry.entity.js';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus } from '../agreement.entity.js';
import { allowedTargets, dueDates, effectiveStatus } from '../agreement-status.js';
import type { CalendarDate } from '../calendar.js';

export class PartyValue {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The partner record is archived (e.g. merged into another).' }) archived: boolean;
}

/** What the dates say today: computed on every read, never stored. */
export class AgreementSchedule {
  @ApiProperty({ enum: AGREEMENT_STATUSES, description: '`expired` once an agreement in force is past its end date.' })
  effectiveStatus: AgreementStatus;
  @ApiProperty() expired: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'endDate minus renewalNoticeDays.' })
  nextRenewalNoticeDate: string | null;
  @ApiProperty({ description: 'In force and the review date has been reached.' }) reviewDue: boolean;
  @ApiProperty({ description: 'In force and the renewal notice date has been reached.' }) renewalDue: boolean;
}

export class AgreementResponse extends AgreementSchedule {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ReferenceValue }) kind: ReferenceValue;
  @ApiProperty({ enum: AGREEMENT_STATUSES, description: 'As recorded; see effectiveStatus.' }) status: AgreementStatus;
  @ApiProperty({ enum: AGREEMENT_STATUSES, isArray: true, description: 'Statuses it may move to from `status`.' })
  allowedTransitions: AgreementStatus[];
  @ApiProperty({ type: [PartyValue] }) parties: PartyValue[];
  @ApiProperty({ type: OwnerValue, nullable: true }) owner: OwnerValue | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) renewalNoticeDays: number | null;
  @ApiProperty({ type: [ReferenceValue] }) themes: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue] }) priorityAreas: ReferenceValue[];
  @ApiProperty({ description: 'Send as If-Match (or use the ETag header) when updating.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

const referenceValue = (entry: ReferenceEntry): ReferenceValue => ({ code: entry.code, label: entry.label });
const bySortOrder = (a: ReferenceEntry, b: ReferenceEntry): number => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

export interface ScheduleInput {
  status: AgreementStatus;
  endDate: CalendarDate | null;
  reviewDate: CalendarDate | null;
  renewalNoticeDate: CalendarDate | null;
}

export function toSchedule(input: ScheduleInput, today: CalendarDate): AgreementSchedule {
  const effective = effectiveStatus(input.status, input.endDate, today);
  return {
    effectiveStatus: effective,
    expired: effective === 'expired',
    nextRenewalNoticeDate: input.renewalNoticeDate,
    ...dueDates(effective, input, today),
  };
}

/** Expects kind, owner, parties, themes and priorityAreas to be loaded. */
export function toAgreementResponse(agreement: Agreement, today: CalendarDate): AgreementResponse {
  return {
    id: agreement.id,
    title: agreement.title,
    kind: referenceValue(agreement.kind),
    status: agreement.status,
    allowedTransitions: [...allowedTargets(agreement.status)],
    ...toSchedule(agreement, today),
    parties: agreement.parties
      .map((p) => ({ id: p.id, name: p.name, archived: p.archivedAt !== null }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    owner: agreement.owner ? { id: agreement.owner.id, displayName: agreement.owner.displayName } : null,
    description: agreement.description,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    reviewDate: agreement.reviewDate,
    renewalNoticeDays: agreement.renewalNoticeDays,
    themes: [...agreement.themes].sort(bySortOrder).map(referenceValue),
    priorityAreas: [...agreement.priorityAreas].sort(bySortOrder).map(referenceValue),
    version: agreement.version,
    createdAt: agreement.createdAt.toISOString(),
    updatedAt: agreement.updatedAt.toISOString(),
  };
}

/** Recorded fields only: bookkeeping and what is computed from today are left out of audit diffs. */
const NOT_AUDITED = ['id', 'version', 'createdAt', 'updatedAt', 'allowedTransitions', 'effectiveStatus', 'expired', 'reviewDue', 'renewalDue'];

export function auditSnapshot(view: AgreementResponse): Record<string, unknown> {
  const snapshot: Record<string, unknown> = { ...view, parties: view.parties.map(({ id, name }) => ({ id, name })) };
  for (const key of NOT_AUDITED) delete snapshot[key];
  return snapshot;
}
