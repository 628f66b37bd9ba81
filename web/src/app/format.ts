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
