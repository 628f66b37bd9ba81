import { ApiProperty } from '@nestjs/swagger';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../agreements/agreement.entity.js';

/** A named record an item links to. */
export class WorkPartnerRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** One of my partners due (or overdue) for dialogue. */
export class WorkDialogueItem {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDialogueAt: string | null;
  @ApiProperty({ description: 'Whole days past the due date; 0 or less when not yet due (−3: due in 3 days).' })
  overdueDays: number;
}

export class WorkDialogue {
  @ApiProperty({ type: [WorkDialogueItem], description: 'Most overdue first (at most `limit`).' }) overdue: WorkDialogueItem[];
  @ApiProperty({ type: [WorkDialogueItem], description: 'Due within `dueWithinDays`, soonest first (at most `limit`).' })
  dueSoon: WorkDialogueItem[];
  @ApiProperty({ description: 'How many of my partners are overdue (all of them, not only those listed).' }) overdueCount: number;
  @ApiProperty() dueSoonCount: number;
}

/** One of my open follow-up actions. */
export class WorkActionItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ description: 'Whole days past the due date (0 when not overdue or undated).' }) overdueDays: number;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty() meetingTitle: string;
  @ApiProperty({ type: [WorkPartnerRef], description: 'The partners of the meeting the action came from.' })
  partners: WorkPartnerRef[];
}

export class WorkActions {
  @ApiProperty({ type: [WorkActionItem], description: 'Overdue first (earliest due first), undated last (at most `limit`).' })
  items: WorkActionItem[];
  @ApiProperty() openCount: number;
  @ApiProperty() overdueCount: number;
}

export const AGREEMENT_DUE_REASONS = ['review', 'renewal-notice'] as const;
export type AgreementDueReason = (typeof AGREEMENT_DUE_REASONS)[number];

/** One of my agreements with a review or renewal-notice date coming up (or passed while still in force). */
export class WorkAgreementItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty({ enum: AGREEMENT_DUE_REASONS, description: 'Which date brings it here (the earlier one when both).' })
  reason: AgreementDueReason;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) renewalNoticeDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: [WorkPartnerRef] }) parties: WorkPartnerRef[];
}

/** What needs me today: GET /api/v1/me/work. */
export class MyWorkResponse {
  @ApiProperty({ format: 'date', description: 'Today in the institution\'s time zone.' }) today: string;
  @ApiProperty() dueWithinDays: number;
  @ApiProperty() agreementsWithinDays: number;
  @ApiProperty({ type: WorkDialogue }) dialogue: WorkDialogue;
  @ApiProperty({ type: WorkActions }) actions: WorkActions;
  @ApiProperty({ type: [WorkAgreementItem], description: 'Soonest date first.' }) agreements: WorkAgreementItem[];
  @ApiProperty({ type: Number, nullable: true, description: 'Admins: signatures confirmed by email, waiting for review; null for others.' })
  signaturesAwaitingReview: number | null;
}

/** One person's (or nobody's) share of the team's work. */
export class TeamWorkRow {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: partners and actions with no owner.' })
  ownerId: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty() overdueDialogue: number;
  @ApiProperty() dueSoonDialogue: number;
  @ApiProperty() overdueActions: number;
  @ApiProperty() openActions: number;
}

/** The team lead's view: GET /api/v1/team/work. */
export class TeamWorkResponse {
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty() dueWithinDays: number;
  @ApiProperty({ type: [TeamWorkRow], description: 'Most overdue dialogue first, then by name; nobody last.' }) owners: TeamWorkRow[];
  @ApiProperty() signaturesAwaitingReview: number;
}

/** A colleague, as the app offers them for owner pickers and filters. */
export class TeamMember {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}
