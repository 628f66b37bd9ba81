import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { isCrossSitePost } from '../../src/common/http/same-origin.js';

const BASE = 'https://crm.example.org';
const post = (headers: Record<string, string>): boolean =>
  isCrossSitePost({ headers: { host: 'api.internal:3000', ...headers } } as unknown as FastifyRequest, BASE);

describe('signing-form CSRF check', () => {
  it('judges browsers that send Fetch Metadata by it alone (no-referrer pages post Origin: null)', () => {
    expect(post({ 'sec-fetch-site': 'same-origin', origin: 'null' })).toBe(false);
    expect(post({ 'sec-fetch-site': 'none' })).toBe(false);
    expect(post({ 'sec-fetch-site': 'cross-site', origin: 'https://crm.example.org' })).toBe(true);
    expect(post({ 'sec-fetch-site': 'same-site', origin: 'https://evil.example.org' })).toBe(true);
  });

  it('falls back to Origin or Referer naming this host or the public base URL', () => {
    expect(post({ origin: 'https://crm.example.org' })).toBe(false);
    expect(post({ origin: 'http://API.internal:3000' })).toBe(false);
    expect(post({ referer: 'https://crm.example.org/sign/pact' })).toBe(false);
    expect(post({ origin: 'https://attacker.test' })).toBe(true);
    expect(post({ origin: 'null' })).toBe(true);
  });

  it('lets non-browser clients that send none of these headers through', () => {
    expect(post({})).toBe(false);
  });
});
