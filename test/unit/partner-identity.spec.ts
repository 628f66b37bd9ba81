import { describe, expect, it } from '@jest/globals';
import { normaliseCompanyNumber, normaliseName, normalisePostcode, normaliseRegistrationNumber, websiteDomain } from '../../src/partners/partner-identity.js';

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

  it.each([
    ['7962245', '07962245'],
    ['07962245', '07962245'],
    [' 0796 2245 ', '07962245'],
    ['sc12345', 'SC012345'],
    ['NI 123456', 'NI123456'],
    ['oc301234', 'OC301234'],
    ['R1234567', 'R1234567'],
    ['', null],
  ])('company number %s is written %s, as Companies House writes it', (typed, written) => {
    expect(normaliseCompanyNumber(typed)).toBe(written);
  });

  it.each([
    ['l78xp', 'L7 8XP'],
    ['L7  8XP', 'L7 8XP'],
    ['ch415dr', 'CH41 5DR'],
    ['EC1A1BB', 'EC1A 1BB'],
    ['M11AE', 'M1 1AE'],
    ['not one', 'NOTONE'],
    [' ', null],
  ])('postcode %s is written %s', (typed, written) => {
    expect(normalisePostcode(typed)).toBe(written);
  });
});
