import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES, type ActivityPriority, type ActivityStatus } from '../plan-activity.entity.js';
import { QuarterFigures } from './figures.response.js';

export class ProgressSnapshot {
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) evidenceLinks: string[];
}

/** An activity as a quarter froze it. */
export class ActivitySnapshot {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() theme: string;
  @ApiProperty({ enum: ACTIVITY_PRIORITIES }) priority: ActivityPriority;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: ActivityStatus;
  @ApiProperty({ type: String, nullable: true }) owner: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty({ type: [String] }) leadPartners: string[];
  @ApiProperty({ type: ProgressSnapshot, nullable: true }) latestProgress: ProgressSnapshot | null;
}

export class QuarterlyUpdateSummary {
  @ApiProperty({ example: '2026-Q3' }) quarter: string;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ format: 'date-time' }) frozenAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was frozen before the quarter ended (null: frozen after it ended).' })
  earlyReason: string | null;
  @ApiProperty({ description: 'Whether the public report names the staff who own activities.' }) showStaffNames: boolean;
}

export class QuarterlyUpdateResponse extends QuarterlyUpdateSummary {
  @ApiProperty({ type: [ActivitySnapshot] }) activities: ActivitySnapshot[];
  @ApiProperty({ type: QuarterFigures }) figures: QuarterFigures;
  @ApiProperty({ description: 'Activities per RAG status.', type: 'object', additionalProperties: { type: 'number' } })
  ragSummary: Record<ActivityStatus, number>;
}

/** What freezing the quarter now would record, exactly as it would be frozen. */
export class QuarterPreviewResponse {
  @ApiProperty({ example: '2026-Q3' }) quarter: string;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ description: 'Whether the quarter has ended (if not, freezing needs `early` and a reason).' }) ended: boolean;
  @ApiProperty({ description: 'Whether the quarter is frozen already (it cannot be frozen again).' }) frozen: boolean;
  @ApiProperty({ type: [ActivitySnapshot] }) activities: ActivitySnapshot[];
  @ApiProperty({ type: QuarterFigures }) figures: QuarterFigures;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) ragSummary: Record<ActivityStatus, number>;
}

export class QuarterlyUpdateList {
  @ApiProperty({ type: [QuarterlyUpdateSummary] }) items: QuarterlyUpdateSummary[];
}

export class AnnualReportResponse {
  @ApiProperty() year: number;
  @ApiProperty({ type: [String], description: 'The frozen quarters it aggregates.' }) quarters: string[];
  @ApiProperty({ type: [ActivitySnapshot], description: 'Each activity as the latest of those quarters froze it.' })
  activities: ActivitySnapshot[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) ragSummary: Record<ActivityStatus, number>;
  @ApiProperty({ description: 'Sums over the quarters.' }) newPartners: number;
  @ApiProperty() newSignatories: number;
  @ApiProperty() meetingsHeld: number;
  @ApiProperty({ description: 'Live partners at the end of the latest quarter.' }) partners: number;
  @ApiProperty({ type: [QuarterFigures] }) quarterFigures: QuarterFigures[];
}
