import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate } from '../../agreements/dto/calendar-date.validator.js';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../plan-activity.entity.js';

export class ListActivitiesQuery {
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiPropertyOptional({ description: 'Theme code.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  theme?: string;
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
}
