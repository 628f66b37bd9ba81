import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { ACTION_STATUSES, type ActionStatus } from '../meeting-action.entity.js';
import { MEETING_KINDS, type MeetingKind } from '../meeting-log.entity.js';

export class CreateActionDto {
  @ApiProperty({ maxLength: 500, example: 'Send the draft MoU' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  description: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Staff user responsible.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-15', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;
}

export class UpdateActionDto extends PartialType(CreateActionDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptionalNotNull()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;
}

export class CreateMeetingDto {
  @ApiProperty({
    format: 'date-time',
    example: '2026-11-20T10:00:00Z',
    description: 'When it happened (or is scheduled). Without an offset (2026-11-20T10:00) it is that time in TIME_ZONE.',
  })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind: MeetingKind;

  @ApiProperty({ maxLength: 200, example: 'Quarterly catch-up' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Partners the dialogue was with (at least one).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  partnerIds: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Staff attendees.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Partner contacts who attended.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'priority-area codes' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE_PATTERN, { each: true })
  priorityAreas?: string[];

  @ApiPropertyOptional({ type: [String], description: 'theme codes' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CODE_PATTERN, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ maxLength: 20000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  outcomes?: string | null;

  @ApiPropertyOptional({ type: [CreateActionDto], description: 'Follow-up actions (create only).' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CreateActionDto)
  actions?: CreateActionDto[];
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListMeetingsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() partner?: string;
  @ApiPropertyOptional({ description: 'A staff user id or `me`.' })
  @IsOptional()
  @Matches(/^(me|[0-9a-fA-F-]{36})$/)
  staff?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
