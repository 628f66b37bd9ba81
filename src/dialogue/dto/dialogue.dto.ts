import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';

export const CADENCE_SOURCES = ['partner', 'list', 'kind', 'default'] as const;

export class DialogueStatusResponse {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() cadenceDays: number;
  @ApiProperty({ enum: CADENCE_SOURCES, description: 'Where the cadence comes from.' }) cadenceSource: (typeof CADENCE_SOURCES)[number];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDialogueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Next scheduled meeting.' }) nextScheduledAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ description: 'Whole days past due (0 when not overdue).' }) overdueDays: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) snoozedUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) snoozeReason: string | null;
}

export class OverdueItem {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDialogueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextScheduledAt: string | null;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Whole days past due; negative = due in that many days.' }) overdueDays: number;
}

export class OverduePage {
  @ApiProperty({ type: [OverdueItem] }) items: OverdueItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SnoozedItem {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty({ format: 'date', description: 'Reminders resume the day after.' }) snoozedUntil: string;
  @ApiProperty({ type: String, nullable: true }) snoozeReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
}

export class SnoozedPage {
  @ApiProperty({ type: [SnoozedItem] }) items: SnoozedItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class OwnerDialogueSummary {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty() overdue: number;
  @ApiProperty() dueSoon: number;
}

export class ListOverdueQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A staff user id, `me`, `none` (unowned) or `all` (the team; default).' })
  @IsOptional()
  @Matches(/^(me|none|all|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/)
  owner?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 90, default: 0, description: 'Also include partners due within this many days.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  dueWithinDays?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeSnoozed?: 'true' | 'false';

}

export class ListSnoozedQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A staff user id, `me`, `none` (unowned) or `all` (the team; default).' })
  @IsOptional()
  @Matches(/^(me|none|all|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/)
  owner?: string;
}

export class SummaryQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 90, default: 14 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  dueWithinDays?: number;
}

export class SnoozeDto {
  @ApiProperty({ format: 'date', example: '2027-01-31', description: 'Reminders resume the day after.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'until must be a date (YYYY-MM-DD)' })
  @IsDateString({ strict: true })
  until: string;

  @ApiProperty({ maxLength: 500, example: 'Partner restructuring; meeting agreed for February' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
