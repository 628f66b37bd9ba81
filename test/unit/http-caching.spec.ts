import { describe, expect, it } from '@jest/globals';
import { matchesIfNoneMatch, negotiateEncoding, notModified } from '../../src/publishing/http-caching.js';

describe('public list caching rules', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['gzip;q=0, br;q=0', 'identity'],
  ])('Accept-Encoding %s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
    // Remembered values answer the same.
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('keeps negotiating correctly after more distinct Accept-Encoding values than it remembers', () => {
    for (let i = 0; i < 200; i++) expect(negotiateEncoding(`gzip;q=0.${(i % 9) + 1}, x-${i}`)).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
  });

  it('matches any listed ETag, weak or strong, or *', () => {
    expect(matchesIfNoneMatch('"a", W/"b"', ['"b"'])).toBe(true);
    expect(matchesIfNoneMatch('*', ['"x"'])).toBe(true);
    expect(matchesIfNoneMatch('"c"', ['"a"', '"b"'])).toBe(false);
    expect(matchesIfNoneMatch('"b"', ['"a"', '"b"'])).toBe(true);
    expect(matchesIfNoneMatch('"a-gz"', ['"a"'])).toBe(false);
  });

  it('uses If-Modified-Since only without If-None-Match', () => {
    const modified = Date.parse('Mon, 23 Nov 2026 08:00:00 GMT');
    expect(notModified(undefined, 'Mon, 23 Nov 2026 08:00:00 GMT', ['"a"'], modified)).toBe(true);
    expect(notModified(undefined, 'Mon, 23 Nov 2026 07:59:59 GMT', ['"a"'], modified)).toBe(false);
    expect(notModified('"other"', 'Mon, 23 Nov 2026 09:00:00 GMT', ['"a"'], modified)).toBe(false);
    expect(notModified(undefined, 'not a date', ['"a"'], modified)).toBe(false);
  });
});
