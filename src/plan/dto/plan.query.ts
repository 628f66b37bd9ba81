import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../agreements/dto/calendar-date.validator.js';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES, type ActivityPriority, type ActivityStatus } from '../plan-activity.entity.js';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class ListActivitiesQuery {
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiPropertyOptional({ description: 'Theme code.' })
  @IsOptional()
  @Matches(CODE)
  theme?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_PRIORITIES })
  @IsOptional()
  @IsIn(ACTIVITY_PRIORITIES)
  priority?: ActivityPriority;

  @ApiPropertyOptional({ description: 'A staff user id, or `none` for activities nobody owns.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== 'none')
  @IsUUID()
  owner?: string;

  @ApiPropertyOptional({ description: 'City outcome code the activity contributes to.' })
  @IsOptional()
  @Matches(CODE)
  outcome?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only activities past their target date and not done.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}

export class ListCaseStudiesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only case studies linked to this plan activity.' })
  @IsOptional()
  @IsUUID()
  activity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only case studies linked to this partner.' })
  @IsOptional()
  @IsUUID()
  partner?: string;
}

export class FiguresQuery {
  @ApiProperty({ format: 'date', example: '2026-07-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-09-30' })
  @IsCalendarDate()
  to: string;
}

export const QUARTER_PATTERN = /^(19|20|21)\d{2}-Q[1-4]$/;

export class FreezeQuarterDto {
  @ApiProperty({ example: '2026-Q3', description: 'The quarter to freeze (calendar quarters).' })
  @Matches(QUARTER_PATTERN, { message: 'quarter must look like 2026-Q3' })
  quarter: string;

  @ApiPropertyOptional({ default: false, description: 'Freeze a quarter that has not ended yet (needs `earlyReason`).' })
  @IsOptional()
  @IsBoolean()
  early?: boolean;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why the quarter is frozen before it ends; the report shows it.' })
  @ValidateIf((dto: FreezeQuarterDto) => dto.early === true || dto.earlyReason !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'earlyReason must not be blank' })
  earlyReason?: string;

  @ApiPropertyOptional({ default: false, description: 'Name the staff who own activities in the public report.' })
  @IsOptional()
  @IsBoolean()
  showStaffNames?: boolean;
}
