import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { capturedLogs, startTestApp, type TestApp } from '../support/test-app.js';

const PROBLEM = /application\/problem\+json/;

describe('staff authentication', () => {
  let app: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = await app.tokenFor('admin');
  });
  afterAll(() => app.close());

  const createUser = async (email: string, role = 'officer'): Promise<string> => {
    const res = await app
      .http()
      .post('/api/v1/users')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ email, displayName: 'Casey', role, password: 'correct-horse-battery' })
      .expect(201);
    return (res.body as { id: string }).id;
  };
  const login = (email: string, password = 'correct-horse-battery') =>
    app.http().post('/api/v1/auth/login').send({ email, password });

  it('signs in with email and password and returns a bearer token that opens staff routes', async () => {
    await createUser('casey@partner.test');
    const res = await login('Casey@Partner.test').expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: 'casey@partner.test', role: 'officer' });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password with a problem+json body and a stable code', async () => {
    await createUser('wrong-pw@partner.test');
    const res = await login('wrong-pw@partner.test', 'not-the-password').expect(401);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await login('nobody@partner.test').expect(401);
    expect(res.body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('rejects a malformed login body with 400 and field errors', async () => {
    const res = await app.http().post('/api/v1/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('rate-limits logins per account with 429 and Retry-After', async () => {
    await createUser('hammered@partner.test');
    for (let i = 0; i < 5; i++) await login('hammered@partner.test', 'guess-guess-guess').expect(401);
    const res = await login('hammered@partner.test').expect(429);
    expect(res.body.code).toBe('AUTH.LOGIN_RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates refresh tokens and signs out the whole login when a spent token is replayed', async () => {
    await createUser('rotator@partner.test');
    const first = (await login('rotator@partner.test').expect(200)).body;
    const second = (await app.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // A replay within seconds of the rotation is a race (a retried request), later it is a theft.
    await app.dataSource.query(`UPDATE refresh_tokens SET rotated_at = now() - interval '1 minute' WHERE rotated_at IS NOT NULL`);
    const replay = await app.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');
    const afterTheft = await app.http().post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    expect(afterTheft.body.code).toBe('AUTH.REFRESH_TOKEN_INVALID');
  });

  it('logout spends the refresh token', async () => {
    await createUser('leaver@partner.test');
    const pair = (await login('leaver@partner.test').expect(200)).body;
    await app.http().post('/api/v1/auth/logout').send({ refreshToken: pair.refreshToken }).expect(204);
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
  });

  it('a deactivated user loses access at once, access token and refresh token alike', async () => {
    const id = await createUser('deactivated@partner.test');
    const pair = (await login('deactivated@partner.test').expect(200)).body;
    await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${pair.accessToken}`).expect(200);
    await app.http().patch(`/api/v1/users/${id}`).set('authorization', `Bearer ${adminToken}`).send({ isActive: false }).expect(200);
    const res = await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${pair.accessToken}`).expect(401);
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
    await login('deactivated@partner.test').expect(401);
  });

  it('a duplicate email is a 409 conflict, and nothing is half-written', async () => {
    await createUser('twice@partner.test');
    const res = await app
      .http()
      .post('/api/v1/users')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ email: 'TWICE@partner.test', displayName: 'Again', role: 'viewer', password: 'correct-horse-battery' })
      .expect(409);
    expect(res.body.code).toBe('USER.EMAIL_TAKEN');
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_outbox WHERE recipient = 'twice@partner.test'`,
    );
    expect(count).toBe(1);
  });

  it('logs carry no emails, passwords or tokens of the people who used the app', async () => {
    const pair = (await login('casey@partner.test').expect(200)).body;
    await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${pair.accessToken}`).expect(200);
    const logs = capturedLogs.join('');
    expect(logs).toContain('/api/v1/auth/login');
    for (const secret of ['casey@partner.test', 'correct-horse-battery', pair.accessToken, pair.refreshToken, '@partner.test']) {
      expect(logs).not.toContain(secret);
    }
  });

  it('an admin cannot lock themselves out', async () => {
    const me = (await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${adminToken}`).expect(200)).body;
    const res = await app
      .http()
      .patch(`/api/v1/users/${me.id}`)
      .set('authorization', `Bearer ${adminToken}`)
      .send({ isActive: false })
      .expect(422);
    expect(res.body.code).toBe('USER.CANNOT_CHANGE_SELF');
  });
});
