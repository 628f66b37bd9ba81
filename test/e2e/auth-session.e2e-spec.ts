import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { UsersService } from '../../src/users/users.service.js';
import { capturedLogs, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_ENV } from '../support/test-env.js';

const PASSWORD = 'a-long-session-password';
const SESSION = '/api/v1/auth/session';
const CSRF = { 'x-csrf-protection': '1' };

/** The Set-Cookie header for crm_refresh, split into its value and attributes. */
function refreshCookieOf(res: Response): { value: string; attributes: string[]; raw: string } {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const raw = (header ?? []).find((c) => c.startsWith('crm_refresh='));
  if (!raw) throw new Error(`no crm_refresh cookie in ${JSON.stringify(header)}`);
  const [pair, ...attributes] = raw.split(';').map((part) => part.trim());
  return { value: pair.slice('crm_refresh='.length), attributes, raw };
}

describe('staff app session (refresh token in an HttpOnly cookie, access token in memory)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const newUser = async (): Promise<string> => {
    const email = `session-${randomUUID()}@staff.test`;
    await app.api.get(UsersService).create({ email, displayName: 'Session Tester', role: 'officer', password: PASSWORD }, { notify: false });
    return email;
  };
  const signIn = async (email: string) => app.http().post(SESSION).set(CSRF).send({ email, password: PASSWORD }).expect(200);
  const me = (accessToken: string) => app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${accessToken}`);
  const refresh = (cookie: string) => app.http().post(`${SESSION}/refresh`).set(CSRF).set('cookie', `crm_refresh=${cookie}`);

  it('signing in sets the refresh cookie HttpOnly, SameSite=Strict and scoped to the session routes; the body holds no refresh token', async () => {
    const email = await newUser();
    const res = await signIn(email);
    const cookie = refreshCookieOf(res);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth/session']),
    );
    // As long as the refresh token lives (14 days by default).
    const maxAge = Number(cookie.attributes.find((a) => a.startsWith('Max-Age='))?.slice('Max-Age='.length));
    expect(maxAge).toBeGreaterThan(14 * 24 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(14 * 24 * 3600);
    // Served over plain http here (PUBLIC_BASE_URL http://crm.test): no Secure, or browsers would drop it.
    expect(cookie.attributes).not.toContain('Secure');
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: expect.any(String), email, displayName: 'Session Tester', role: 'officer' },
    });
    expect(res.text).not.toContain(cookie.value);
    expect((await me(res.body.accessToken).expect(200)).body.email).toBe(email);
  });

  it('a reload keeps you signed in: the cookie alone gets a new access token, and the cookie is rotated', async () => {
    const first = await signIn(await newUser());
    const cookie = refreshCookieOf(first).value;
    const reloaded = await refresh(cookie).expect(200);
    const rotated = refreshCookieOf(reloaded);
    expect(rotated.value).not.toBe(cookie);
    expect(rotated.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth/session']));
    expect(reloaded.body).not.toHaveProperty('refreshToken');
    expect(reloaded.text).not.toContain(rotated.value);
    await me(reloaded.body.accessToken).expect(200);
    await refresh(rotated.value).expect(200);
  });

  it('two tabs reloading at once with the same cookie both stay signed in; a replay long after ends the session', async () => {
    const cookie = refreshCookieOf(await signIn(await newUser())).value;
    const [a, b] = await Promise.all([refresh(cookie), refresh(cookie)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // The same spent cookie presented well after its rotation is taken for a stolen one.
    await app.dataSource.query(`UPDATE refresh_tokens SET rotated_at = now() - interval '1 minute' WHERE rotated_at IS NOT NULL`);
    const replay = await refresh(cookie).expect(401);
    expect(replay.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');
    expect(refreshCookieOf(replay).attributes).toContain('Max-Age=0');
    await me(a.body.accessToken).expect(401);
    await refresh(refreshCookieOf(b).value).expect(401);
  });

  it('refreshing without a cookie, or with an unknown one, is 401 AUTH.REFRESH_TOKEN_INVALID and clears the cookie', async () => {
    const none = await app.http().post(`${SESSION}/refresh`).set(CSRF).expect(401);
    expect(none.body.code).toBe('AUTH.REFRESH_TOKEN_INVALID');
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const unknown = await refresh('x'.repeat(43)).expect(401);
    expect(unknown.body.code).toBe('AUTH.REFRESH_TOKEN_INVALID');
    expect(refreshCookieOf(unknown).attributes).toContain('Max-Age=0');
  });

  it('ending the session clears the cookie and refuses its access tokens at once', async () => {
    const res = await signIn(await newUser());
    const { value } = refreshCookieOf(res);
    await me(res.body.accessToken).expect(200);
    const ended = await app.http().post(`${SESSION}/end`).set(CSRF).set('cookie', `crm_refresh=${value}`).expect(204);
    const cleared = refreshCookieOf(ended);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/api/v1/auth/session', 'HttpOnly']));
    const refused = await me(res.body.accessToken).expect(401);
    expect(refused.body.code).toBe('AUTH.UNAUTHENTICATED');
    await refresh(value).expect(401);
    // Ending again (or without a cookie) is harmless.
    await app.http().post(`${SESSION}/end`).set(CSRF).set('cookie', `crm_refresh=${value}`).expect(204);
    await app.http().post(`${SESSION}/end`).set(CSRF).expect(204);
  });

  it('ending one session leaves the user\'s other sessions signed in', async () => {
    const email = await newUser();
    const laptop = await signIn(email);
    const phone = await signIn(email);
    await app.http().post(`${SESSION}/end`).set(CSRF).set('cookie', `crm_refresh=${refreshCookieOf(laptop).value}`).expect(204);
    await me(laptop.body.accessToken).expect(401);
    await me(phone.body.accessToken).expect(200);
  });

  it('a bearer logout refuses that login\'s access token at once (not after its 15 minutes)', async () => {
    const email = await newUser();
    const pair = (await app.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body;
    await me(pair.accessToken).expect(200);
    await app.http().post('/api/v1/auth/logout').send({ refreshToken: pair.refreshToken }).expect(204);
    expect((await me(pair.accessToken).expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('bearer refresh tokens and cookie sessions do not mix', async () => {
    const email = await newUser();
    const pair = (await app.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body;
    await refresh(pair.refreshToken).expect(401);
    const cookie = refreshCookieOf(await signIn(email)).value;
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: cookie }).expect(401);
  });

  describe('CSRF: a request from another site, or without the custom header, is refused with 403', () => {
    it.each([
      ['no X-CSRF-Protection header', {}],
      ['a wrong header value', { 'x-csrf-protection': 'yes' }],
      ['Sec-Fetch-Site: cross-site', { ...CSRF, 'sec-fetch-site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site (a sibling subdomain)', { ...CSRF, 'sec-fetch-site': 'same-site' }],
      ['an Origin of another site', { ...CSRF, origin: 'https://evil.example' }],
    ])('%s', async (_, headers: Record<string, string>) => {
      const email = await newUser();
      for (const path of [SESSION, `${SESSION}/refresh`, `${SESSION}/end`]) {
        const res = await app.http().post(path).set(headers).send({ email, password: PASSWORD }).expect(403);
        expect(res.body).toMatchObject({ status: 403, code: 'AUTH.CSRF_REJECTED' });
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('a cross-site POST carrying the cookie neither refreshes nor ends the session', async () => {
      const res = await signIn(await newUser());
      const { value } = refreshCookieOf(res);
      for (const path of [`${SESSION}/refresh`, `${SESSION}/end`]) {
        await app
          .http()
          .post(path)
          .set({ ...CSRF, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })
          .set('cookie', `crm_refresh=${value}`)
          .expect(403);
      }
      await me(res.body.accessToken).expect(200);
      await refresh(value).expect(200);
    });

    it('the app\'s own same-origin requests pass (Fetch Metadata, or an Origin naming PUBLIC_BASE_URL)', async () => {
      const email = await newUser();
      await app.http().post(SESSION).set({ ...CSRF, 'sec-fetch-site': 'same-origin', origin: 'http://crm.test' }).send({ email, password: PASSWORD }).expect(200);
      await app.http().post(SESSION).set({ ...CSRF, origin: 'http://crm.test' }).send({ email, password: PASSWORD }).expect(200);
    });
  });

  it('a wrong password is 401 and sets no cookie; a bad body is 400 with field errors', async () => {
    const email = await newUser();
    const wrong = await app.http().post(SESSION).set(CSRF).send({ email, password: 'not-the-password' }).expect(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const bad = await app.http().post(SESSION).set(CSRF).send({ email: 'nope' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('the logs hold neither tokens nor cookies', async () => {
    const res = await signIn(await newUser());
    const { value } = refreshCookieOf(res);
    await refresh(value).expect(200);
    const logs = capturedLogs.join('');
    expect(logs).toContain('/api/v1/auth/session/refresh');
    expect(logs).not.toContain(value);
    expect(logs).not.toContain(res.body.accessToken);
  });
});

describe('staff app session served over https', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://crm.example.org' } });
  });
  afterAll(async () => {
    await app.close();
    process.env.PUBLIC_BASE_URL = TEST_ENV.PUBLIC_BASE_URL;
  });

  it('marks the refresh cookie Secure, and clears it Secure too', async () => {
    const email = `secure-${randomUUID()}@staff.test`;
    await app.api.get(UsersService).create({ email, displayName: 'Secure Tester', role: 'viewer', password: PASSWORD }, { notify: false });
    const res = await app.http().post(SESSION).set(CSRF).send({ email, password: PASSWORD }).expect(200);
    expect(refreshCookieOf(res).attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict']));
    const ended = await app.http().post(`${SESSION}/end`).set(CSRF).set('cookie', `crm_refresh=${refreshCookieOf(res).value}`).expect(204);
    expect(refreshCookieOf(ended).attributes).toEqual(expect.arrayContaining(['Secure', 'Max-Age=0']));
  });
});
