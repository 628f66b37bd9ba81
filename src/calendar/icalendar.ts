/** A minimal RFC 5545 writer: enough for a read-only feed of timed and all-day events. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** A timed event (UTC) with a duration in minutes, or an all-day event on a date (YYYY-MM-DD). */
  start: { at: Date; minutes: number } | { date: string };
  updatedAt: Date;
}

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never splitting a UTF-8 sequence (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utc = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function eventLines(event: CalendarEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utc(event.updatedAt)}`];
  if ('at' in event.start) {
    lines.push(`DTSTART:${utc(event.start.at)}`, `DTEND:${utc(new Date(event.start.at.getTime() + event.start.minutes * 60_000))}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${event.start.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(event.start.date).replace(/-/g, '')}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

export function renderCalendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partnership CRM//Staff calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
