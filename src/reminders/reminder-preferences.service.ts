import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserNotFoundError } from '../users/users.errors.js';
import { DEFAULT_REMINDER_PREFERENCES, type ReminderPreferencesResponse, type UpdateReminderPreferencesDto } from './dto/reminder-preferences.dto.js';
import type { DigestFrequency } from './reminder-preference.entity.js';

interface PreferenceRow {
  frequency: DigestFrequency;
  weekly_day: number;
  updated_at: Date;
}

const toResponse = (row: PreferenceRow): ReminderPreferencesResponse => ({
  frequency: row.frequency,
  weeklyDay: row.weekly_day,
  updatedAt: row.updated_at.toISOString(),
});

/** How often a staff member gets reminder digests. Without a stored choice: daily. */
@Injectable()
export class ReminderPreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<ReminderPreferencesResponse> {
    const [row] = await this.dataSource.query<PreferenceRow[]>(
      'SELECT frequency, weekly_day, updated_at FROM reminder_preferences WHERE user_id = $1',
      [userId],
    );
    return row ? toResponse(row) : DEFAULT_REMINDER_PREFERENCES;
  }

  /** Replaces the choice; an omitted weekly day keeps the stored one. 404 for an unknown user. */
  async put(userId: string, dto: UpdateReminderPreferencesDto): Promise<ReminderPreferencesResponse> {
    const [row] = await this.dataSource.query<PreferenceRow[]>(
      `INSERT INTO reminder_preferences (user_id, frequency, weekly_day)
       SELECT u.id, $2, coalesce($3::smallint, 1) FROM users u WHERE u.id = $1
       ON CONFLICT (user_id) DO UPDATE
          SET frequency = EXCLUDED.frequency,
              weekly_day = coalesce($3::smallint, reminder_preferences.weekly_day),
              updated_at = now()
       RETURNING frequency, weekly_day, updated_at`,
      [userId, dto.frequency, dto.weeklyDay ?? null],
    );
    if (!row) throw new UserNotFoundError();
    return toResponse(row);
  }
}
