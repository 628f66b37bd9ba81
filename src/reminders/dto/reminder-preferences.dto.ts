import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { DIGEST_FREQUENCIES, type DigestFrequency } from '../reminder-preference.entity.js';

export class ReminderPreferencesResponse {
  @ApiProperty({ enum: DIGEST_FREQUENCIES, description: 'daily, weekly (on weeklyDay) or paused (no digests).' })
  frequency: DigestFrequency;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday.' })
  weeklyDay: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the defaults apply.' })
  updatedAt: string | null;
}

export class UpdateReminderPreferencesDto {
  @ApiProperty({ enum: DIGEST_FREQUENCIES })
  @IsIn(DIGEST_FREQUENCIES)
  frequency: DigestFrequency;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'Required for weekly; otherwise kept for later (default 1, Monday).' })
  @ValidateIf((dto: UpdateReminderPreferencesDto) => dto.frequency === 'weekly' || dto.weeklyDay !== undefined)
  @IsInt()
  @Min(1)
  @Max(7)
  weeklyDay?: number;
}

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferencesResponse = { frequency: 'daily', weeklyDay: 1, updatedAt: null };
