import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Calendar dates as PostgreSQL `date` columns give them: 'YYYY-MM-DD' strings, no time, no zone. */
export type CalendarDate = string;

/** Today's date where the institution is (e.g. Europe/London), not where the server's clock is. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** True for a real date in the years 1900–2199 ('2023-02-29' and year 0 are not; PostgreSQL would refuse them). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** "Today" for agreements: in the institution's time zone (TIME_ZONE). */
@Injectable()
export class InstitutionCalendar {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  today(): CalendarDate {
    return todayIn(this.config.timeZone);
  }
}
