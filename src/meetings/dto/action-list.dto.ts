import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';
import { ACTION_STATUSES, type ActionStatus } from '../meeting-action.entity.js';
import { ActionResponse, NamedRef } from './meeting.response.js';

export class ListActionsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A staff user id, `me`, `none` (unassigned) or `anyone` (the default).' })
  @IsOptional()
  @Matches(/^(me|none|anyone|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'owner must be a staff user id, me, none or anyone',
  })
  owner?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, description: 'Open, done or dropped; every state when absent.' })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only open actions whose due date has passed (in TIME_ZONE).' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'date', description: 'Only actions due before this date.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only actions from meetings with this partner.' })
  @IsOptional()
  @IsUUID()
  partner?: string;
}

export class ActionMeetingRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

/** An action as the lists show it: who owns it, which meeting it came from, and with which partners. */
export class ActionListItem extends ActionResponse {
  @ApiProperty({ type: NamedRef, nullable: true, description: 'The owner (staff user), or null when unassigned.' })
  owner: NamedRef | null;
  @ApiProperty({ type: ActionMeetingRef }) meeting: ActionMeetingRef;
  @ApiProperty({ type: [NamedRef], description: 'The partners of the meeting, by name.' }) partners: NamedRef[];
  @ApiProperty({ description: 'Open and due before today (in TIME_ZONE).' }) overdue: boolean;
}

export class ActionPage {
  @ApiProperty({ type: [ActionListItem], description: 'Overdue first, then by due date (undated last), then id.' })
  items: ActionListItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
