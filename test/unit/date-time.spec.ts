import { describe, expect, it } from '@jest/globals';
import { instantIn } from '../../src/common/http/date-time.js';

describe('a date-time as an officer types it', () => {
  it.each([
    ['2026-07-02T10:00', 'Europe/London', '2026-07-02T09:00:00.000Z'], // summer time: UTC+1
    ['2026-01-15T10:00', 'Europe/London', '2026-01-15T10:00:00.000Z'],
    ['2026-07-02T10:00:30.250', 'Europe/London', '2026-07-02T09:00:30.250Z'],
    ['2026-07-02T10:00', 'America/New_York', '2026-07-02T14:00:00.000Z'],
    ['2026-03-29T00:30', 'Europe/London', '2026-03-29T00:30:00.000Z'], // just before the clocks go forward
    ['2026-03-29T02:30', 'Europe/London', '2026-03-29T01:30:00.000Z'], // just after
    ['2026-07-02', 'Europe/London', '2026-07-01T23:00:00.000Z'],
  ])('%s without an offset means that time in %s', (value, zone, expected) => {
    expect(instantIn(value, zone).toISOString()).toBe(expected);
  });

  it.each(['2026-07-02T10:00:00Z', '2026-07-02T11:00:00+01:00', '2026-07-02T05:00:00-0500'])('%s with an offset is exact', (value) => {
    expect(instantIn(value, 'Asia/Tokyo').toISOString()).toBe('2026-07-02T10:00:00.000Z');
  });
});
