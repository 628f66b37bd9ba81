import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { RateLimitClock } from '../../src/rate-limit/rate-limit-clock.js';
import { RateLimiter } from '../../src/rate-limit/rate-limiter.service.js';
import { UsersService } from '../../src/users/users.service.js';
import { individualSignature, nextClientIp } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WINDOW_SECONDS = 900;

/**
 * Sliding windows, judged by the injectable RateLimitClock: the test stands the clock either side of an
 * epoch-aligned window edge (where a fixed window resets) instead of waiting for one.
 */
describe('rate limits are sliding windows: no reset at a window edge', () => {
  let app: TestApp;
  let clock: RateLimitClock;
  let at = Date.now();
  /** An epoch-aligned 15-minute edge in the future (so no test's rows are there yet). */
  const edge = () => (Math.floor(Date.now() / (WINDOW_SECONDS * 1000)) + 2 + Math.floor(Math.random() * 1000)) * WINDOW_SECONDS * 1000;

  beforeAll(async () => {
    app = await startTestApp({
      env: { TRUST_PROXY_HOPS: '1', LOGIN_MAX_PER_ACCOUNT: '5', LOGIN_MAX_PER_IP: '5', LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS), PLEDGE_SIGN_MAX_PER_IP: '3', PLEDGE_SIGN_WINDOW_SECONDS: String(WINDOW_SECONDS) },
    });
    clock = app.api.get(RateLimitClock);
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(at));
  });
  afterEach(() => {
    at = Date.now();
  });
  afterAll(() => app.close());

  it('the limiter allows `limit` hits in any window: 5 before an edge and none after it, then one as the oldest leaves', async () => {
    const limiter = app.api.get(RateLimiter);
    const subject = randomUUID();
    const hit = () => limiter.hit('test-scope', subject, 5, WINDOW_SECONDS);
    const t = edge();
    const verdicts: boolean[] = [];
    for (let i = 0; i < 10; i += 1) {
      // 10 attempts within 5.7 s, the edge in the middle (as in the report).
      at = t - 2850 + i * 600;
      verdicts.push((await hit()).allowed);
    }
    expect(verdicts).toEqual([true, true, true, true, true, false, false, false, false, false]);
    at = t + 2850;
    const refused = await hit();
    // The oldest hit (t − 2.85 s) leaves the window at t − 2.85 s + 15 min.
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: WINDOW_SECONDS - 5 });
    at = t - 2850 + WINDOW_SECONDS * 1000 + 1;
    expect((await hit()).allowed).toBe(true);
    expect((await hit()).allowed).toBe(false);
  });

  it('10 wrong passwords for one account around an edge: 5 are checked, 5 are refused with 429 and Retry-After', async () => {
    const email = `edge-${randomUUID()}@staff.test`;
    await app.api.get(UsersService).create({ email, displayName: 'Edge Case', role: 'officer', password: 'the-right-long-password' }, { notify: false });
    const t = edge();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      at = t - 2850 + i * 600;
      const res = await app.http().post('/api/v1/auth/login').set('x-forwarded-for', nextClientIp()).send({ email, password: 'a-wrong-guess-here' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.code).toBe('AUTH.LOGIN_RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(WINDOW_SECONDS - 10);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('per IP, login and signing alike: no second allowance after the edge', async () => {
    const t = edge();
    const ip = nextClientIp();
    const logins: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      at = t - 2850 + i * 600;
      const res = await app.http().post('/api/v1/auth/login').set('x-forwarded-for', ip).send({ email: `nobody-${i}-${randomUUID()}@staff.test`, password: 'a-wrong-guess-here' });
      logins.push(res.status);
    }
    expect(logins).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    const signerIp = nextClientIp();
    const signings: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      at = t - 1500 + i * 600;
      const res = await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', signerIp).send(individualSignature());
      signings.push(res.status);
    }
    expect(signings).toEqual([202, 202, 202, 429, 429, 429]);
  });
});
