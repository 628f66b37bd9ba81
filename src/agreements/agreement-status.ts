import type { AgreementStatus } from './agreement.entity.js';
import { NotYetStartedError } from './agreements.errors.js';
import { addDays, type CalendarDate } from './calendar.js';

/**
 * The only status changes allowed. `terminated` is final. `expired` → `active` is a renewal and
 * needs an end date that has not passed (given with the transition). Anything else is refused
 * with AGREEMENT.ILLEGAL_TRANSITION, naming the targets that are allowed.
 */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['active', 'terminated'],
  active: ['under-review', 'expired', 'terminated'],
  'under-review': ['active', 'expired', 'terminated'],
  expired: ['active'],
  terminated: [],
};

/** In force: review and renewal dates matter, and the end date can make it expire. */
export const IN_FORCE_STATUSES: readonly AgreementStatus[] = ['active', 'under-review'];

/** An agreement is in force from its start date, not before: created, edited or moved there early is refused. */
export function assertInForceFromStart(status: AgreementStatus, startDate: CalendarDate | null, today: CalendarDate): void {
  if (IN_FORCE_STATUSES.includes(status) && startDate !== null && startDate > today) throw new NotYetStartedError(startDate);
}

export function allowedTargets(from: AgreementStatus): readonly AgreementStatus[] {
  return AGREEMENT_TRANSITIONS[from];
}

/** Expiry is computed from dates: an agreement in force whose end date has passed is expired, whatever is stored. */
export function effectiveStatus(status: AgreementStatus, endDate: CalendarDate | null, today: CalendarDate): AgreementStatus {
  return IN_FORCE_STATUSES.includes(status) && endDate !== null && endDate < today ? 'expired' : status;
}

/** The last day to give notice: the end date minus the notice period (the end date itself without one). */
export function renewalNoticeDate(endDate: CalendarDate | null, noticeDays: number | null): CalendarDate | null {
  return endDate === null ? null : addDays(endDate, -(noticeDays ?? 0));
}

export interface DueDates {
  reviewDue: boolean;
  renewalDue: boolean;
}

/** Due only while in force: a review date reached, or the renewal notice date reached before the end. */
export function dueDates(
  effective: AgreementStatus,
  dates: { reviewDate: CalendarDate | null; endDate: CalendarDate | null; renewalNoticeDate: CalendarDate | null },
  today: CalendarDate,
): DueDates {
  const inForce = IN_FORCE_STATUSES.includes(effective);
  return {
    reviewDue: inForce && dates.reviewDate !== null && dates.reviewDate <= today,
    renewalDue: inForce && dates.renewalNoticeDate !== null && dates.renewalNoticeDate <= today,
  };
}
