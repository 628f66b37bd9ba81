import { useAppSettings } from '../api/queries';

const DEFAULT_TIME_ZONE = 'Europe/London';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

export interface Formatters {
  timeZone: string;
  /** A calendar date ("2026-12-03") or an instant, as "3 Dec 2026" in the institution's time zone. */
  date: (value: string) => string;
  /** An instant as "3 Dec 2026, 14:05" in the institution's time zone. */
  dateTime: (value: string) => string;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function makeFormatters(timeZone: string): Formatters {
  return {
    timeZone,
    // A calendar date has no time zone: show it as written, not shifted by one.
    date: (value) =>
      CALENDAR_DATE.test(value)
        ? formatter('UTC', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${value}T00:00:00Z`))
        : formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(value)),
    dateTime: (value) => formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(value)),
  };
}

/** Dates and times as the institution reckons them (TIME_ZONE from the API's settings). */
export function useFormatters(): Formatters {
  const { data } = useAppSettings();
  return makeFormatters(data?.timeZone ?? DEFAULT_TIME_ZONE);
}

/** "today", "1 day", "12 days". */
export const days = (n: number): string => (n === 0 ? 'today' : `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`);

/** The offset (ms) of `timeZone` from UTC at the instant `utcMs`. */
function zoneOffset(utcMs: number, timeZone: string): number {
  const parts = formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(utcMs))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - utcMs;
}

/** A wall-clock date and time in the institution's time zone ("2026-12-03", "14:30") as an ISO instant. */
export function zonedToIso(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Twice: the first guess may sit across a clock change from the answer.
  let utc = wall - zoneOffset(wall, timeZone);
  utc = wall - zoneOffset(utc, timeZone);
  return new Date(utc).toISOString();
}

/** Today's date in the institution's time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string): string => formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).split('/').reverse().join('-');

/** An ISO instant as the wall-clock date and time it was in the institution's time zone ("2026-12-03", "14:30"). */
export function isoToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const parts = formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: p.value }), {});
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
