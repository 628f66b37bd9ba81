import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../agreements/dto/calendar-date.validator.js';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES, type ActivityPriority, type ActivityStatus } from '../plan-activity.entity.js';

const codeList = (description: string, maxItems = 30) =>
  ApiPropertyOptional({ type: [String], maxItems, description: `Codes from reference data \`${description}\`.` });

export class CreateActivityDto {
  @ApiProperty({ maxLength: 300, example: 'Open the civic data observatory' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ example: 'knowledge-and-impact', description: 'Code from reference data `theme`.' })
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  theme: string;

  @ApiPropertyOptional({ enum: ACTIVITY_PRIORITIES, default: 'current' })
  @IsOptionalNotNull()
  @IsIn(ACTIVITY_PRIORITIES)
  priority?: ActivityPriority;

  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES, default: 'not-started', description: 'Set later by progress updates.' })
  @IsOptionalNotNull()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The staff member responsible.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @codeList('promise', 5)
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(CODE_PATTERN, { each: true })
  promises?: string[];

  @codeList('city-outcome')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE_PATTERN, { each: true })
  outcomes?: string[];

  @codeList('priority-area')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE_PATTERN, { each: true })
  priorityAreas?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, description: 'Partner ids leading it.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  leadPartners?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, description: 'Other partner ids taking part.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  partners?: string[];
}

export class UpdateActivityDto extends PartialType(CreateActivityDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why, for the audit trail.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CreateProgressUpdateDto {
  @ApiProperty({ format: 'date', description: 'The day the progress refers to: today or earlier.' })
  @IsCalendarDate()
  reportedOn: string;

  @ApiProperty({ enum: ACTIVITY_STATUSES, description: 'The RAG rating now; it becomes the activity status.' })
  @IsIn(ACTIVITY_STATUSES)
  status: ActivityStatus;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @Matches(/\S/, { message: 'summary must not be blank' })
  summary: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'http(s) links to evidence.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @MaxLength(2000, { each: true })
  evidenceLinks?: string[];
}

export class WithdrawProgressUpdateDto {
  @ApiProperty({ maxLength: 1000, description: 'Why it is wrong, for the timeline and the audit trail.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

/** The update as it should have been, and why the one it replaces was wrong. */
export class CorrectProgressUpdateDto extends CreateProgressUpdateDto {
  @ApiProperty({ maxLength: 1000, description: 'Why the original is wrong, for the timeline and the audit trail.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class CreateCaseStudyDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  story: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50 })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  activities?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50 })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  partners?: string[];
}

/** What to change in a case study; a list given replaces that list's links. */
export class UpdateCaseStudyDto extends PartialType(CreateCaseStudyDto, { skipNullProperties: false }) {}
