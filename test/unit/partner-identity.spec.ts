import { describe, expect, it } from '@jest/globals';
import { normaliseName, normaliseRegistrationNumber, websiteDomain } from '../../src/partners/partner-identity.js';

describe('recognising the same organisation', () => {
  it.each([
    ['The Liverpool Food Bank Ltd.', 'Liverpool  Food-Bank'],
    ['Wirral Arts & Crafts CIC', 'wirral arts and crafts'],
    ['Café Sefton Limited', 'cafe sefton'],
  ])('"%s" and "%s" normalise to the same name', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it('keeps distinct organisations distinct', () => {
    expect(normaliseName('Knowsley Youth Trust')).not.toBe(normaliseName('Knowsley Youth Club'));
  });

  it.each([
    ['https://www.Example.org.uk/about', 'example.org.uk'],
    ['example.org', 'example.org'],
    ['http://www2.example.com', 'example.com'],
    ['not a url', null],
    ['', null],
  ])('website %s has domain %s', (website, domain) => {
    expect(websiteDomain(website)).toBe(domain);
  });

  it('compares registration numbers without spaces or case', () => {
    expect(normaliseRegistrationNumber(' sc 012345 ')).toBe('SC012345');
    expect(normaliseRegistrationNumber('  ')).toBeNull();
  });
});
