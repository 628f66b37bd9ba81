/** An explicit offset at the end of an ISO 8601 date-time: `Z`, `+01:00`, `-0500`, `+01`. */
const OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMs`. */
function offsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallAsUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * The instant an ISO 8601 date-time names. With an offset it is exact; without one (`2026-07-02T10:00`, as a
 * browser's datetime-local input sends) it is that wall-clock time in `timeZone`, the institution's — not UTC,
 * which is what JavaScript and PostgreSQL would take it for on a server. A date alone is its midnight there.
 */
export function instantIn(value: string, timeZone: string): Date {
  const time = value.indexOf('T');
  // Only the time part can carry an offset ("2026-07-02" ends in what looks like one).
  if (time >= 0 && OFFSET.test(value.slice(time))) return new Date(value);
  const wall = Date.parse(`${time >= 0 ? value : `${value}T00:00`}Z`);
  // The offset at the guess, then at the corrected instant (they differ only across a clock change).
  const guess = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(guess, timeZone));
}
