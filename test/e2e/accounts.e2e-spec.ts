import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';

const GOOD_PASSWORD = 'plum tractor lantern seven';

/** Invitations, forgotten passwords and password changes through HTTP, the real outbox, worker and SMTP catcher. */
describe('accounts: invitations, forgotten passwords, password changes', () => {
  let app: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    adminToken = await app.tokenFor('admin');
  });
  afterAll(() => app.close());

  const admin = () => ({ authorization: `Bearer ${adminToken}` });
  const email = (name: string): string => `${name}-${randomUUID().slice(0, 8)}@staff.test`;
  const login = (address: string, password: string) => app.http().post('/api/v1/auth/login').send({ email: address, password });
  /** The token in the newest mail to `address` whose link goes to `path`; waits for the mail to arrive. */
  const mailedToken = async (address: string, path: string, after = 0): Promise<string> => {
    const mail = await app.mail.waitFor((m) => m.to.includes(address) && m.id > after && m.text.includes(path));
    const match = new RegExp(`${path}#token=([A-Za-z0-9_-]+)`).exec(mail.text);
    if (!match) throw new Error(`no link to ${path} in: ${mail.text}`);
    return match[1];
  };
  const lastMailId = (): number => app.mail.messages.at(-1)?.id ?? 0;
  const invite = (address: string, displayName = 'Ivy Invitee') =>
    app.http().post('/api/v1/users/invitations').set(admin()).send({ email: address, displayName, role: 'officer' });

  describe('invitations', () => {
    it('an invited person gets a single-use link, chooses a password with it, then signs in', async () => {
      const address = email('ivy');
      const res = await invite(address).expect(201);
      expect(res.body).toMatchObject({ email: address, displayName: 'Ivy Invitee', role: 'officer', isActive: true, invitationPending: true });
      // No password yet: nothing signs in as them.
      await login(address, GOOD_PASSWORD).expect(401);

      const token = await mailedToken(address, '/app/set-password');
      const mail = app.mail.messages.filter((m) => m.to.includes(address)).at(-1);
      expect(mail?.subject).toBe('You are invited to the partnerships CRM');
      expect(mail?.text).toContain('expires in 7 days');
      const seen = await app.http().post('/api/v1/auth/invitations/inspect').send({ token }).expect(200);
      expect(seen.body).toMatchObject({ purpose: 'invitation', email: address, displayName: 'Ivy Invitee' });

      await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: GOOD_PASSWORD }).expect(204);
      await login(address, GOOD_PASSWORD).expect(200);
      const listed = await app.http().get(`/api/v1/users/${res.body.id}`).set(admin()).expect(200);
      expect(listed.body.invitationPending).toBe(false);

      // Used once: the link is spent, and there is no invitation left to send again.
      const again = await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: 'another good password' }).expect(410);
      expect(again.body.code).toBe('AUTH.INVITATION_INVALID');
      await app.http().post('/api/v1/auth/invitations/inspect').send({ token }).expect(410);
      const resend = await app.http().post(`/api/v1/users/${res.body.id}/invitation`).set(admin()).expect(409);
      expect(resend.body.code).toBe('USER.INVITATION_NOT_PENDING');
    });

    it('refuses common and short passwords beside the field, and the link still works afterwards', async () => {
      const address = email('weak');
      await invite(address).expect(201);
      const token = await mailedToken(address, '/app/set-password');
      for (const [password, code] of [
        ['password1234', 'PASSWORD.TOO_COMMON'],
        ['Qwertyuiop!!', 'PASSWORD.TOO_COMMON'],
        ['dragondragon', 'PASSWORD.TOO_COMMON'],
        ['short-one', 'PASSWORD.TOO_SHORT'],
      ]) {
        const res = await app.http().post('/api/v1/auth/invitations/accept').send({ token, password }).expect(422);
        expect({ password, code: res.body.code, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ password, code, fields: ['password'] });
      }
      await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: GOOD_PASSWORD }).expect(204);
    });

    it('a newer invitation replaces the older link; an expired link is refused', async () => {
      const address = email('twice');
      const created = await invite(address).expect(201);
      const first = await mailedToken(address, '/app/set-password');
      const before = lastMailId();
      await app.http().post(`/api/v1/users/${created.body.id}/invitation`).set(admin()).expect(200);
      const second = await mailedToken(address, '/app/set-password', before);
      expect(second).not.toBe(first);
      expect((await app.http().post('/api/v1/auth/invitations/accept').send({ token: first, password: GOOD_PASSWORD }).expect(410)).body.code).toBe(
        'AUTH.INVITATION_INVALID',
      );
      await app.dataSource.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [created.body.id]);
      await app.http().post('/api/v1/auth/invitations/accept').send({ token: second, password: GOOD_PASSWORD }).expect(410);
      // Only hashes are stored.
      const stored: { token_hash: string }[] = await app.dataSource.query(`SELECT token_hash FROM password_tokens WHERE user_id = $1`, [created.body.id]);
      expect(stored.map((r) => r.token_hash)).not.toContain(first);
      expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });

    it('a taken email is a 409; the invite route is for admins only', async () => {
      const address = email('taken');
      await invite(address).expect(201);
      expect((await invite(address.toUpperCase()).expect(409)).body.code).toBe('USER.EMAIL_TAKEN');
      const officer = await app.tokenFor('officer');
      await app.http().post('/api/v1/users/invitations').set('authorization', `Bearer ${officer}`).send({ email: email('x'), displayName: 'X', role: 'viewer' }).expect(403);
    });

    it('a deactivated user cannot use their invitation', async () => {
      const address = email('gone');
      const created = await invite(address).expect(201);
      const token = await mailedToken(address, '/app/set-password');
      await app.http().patch(`/api/v1/users/${created.body.id}`).set(admin()).send({ isActive: false }).expect(200);
      await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: GOOD_PASSWORD }).expect(410);
    });
  });

  describe('forgotten password', () => {
    const requestReset = (address: string) => app.http().post('/api/v1/auth/password-resets').send({ email: address });

    it('mails a single-use link; the new password works and every earlier session ends', async () => {
      const address = email('forgetful');
      await app.http().post('/api/v1/users').set(admin()).send({ email: address, displayName: 'Fern', role: 'viewer', password: 'the old password here' }).expect(201);
      const earlier = (await login(address, 'the old password here').expect(200)).body as { accessToken: string; refreshToken: string };

      await requestReset(address.toUpperCase()).expect(202);
      const token = await mailedToken(address, '/app/reset-password');
      const seen = await app.http().post('/api/v1/auth/password-resets/inspect').send({ token }).expect(200);
      expect(seen.body).toMatchObject({ purpose: 'reset', email: address, displayName: 'Fern' });
      // An invitation link's route does not take a reset token.
      await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: GOOD_PASSWORD }).expect(410);

      await app.http().post('/api/v1/auth/password-resets/complete').send({ token, password: GOOD_PASSWORD }).expect(204);
      await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${earlier.accessToken}`).expect(401);
      await app.http().post('/api/v1/auth/refresh').send({ refreshToken: earlier.refreshToken }).expect(401);
      await login(address, 'the old password here').expect(401);
      await login(address, GOOD_PASSWORD).expect(200);
      const notice = await app.mail.waitFor((m) => m.to.includes(address) && m.subject === 'Your partnerships CRM password was changed');
      expect(notice.text).toContain('http://crm.test/app/forgot-password');
      const again = await app.http().post('/api/v1/auth/password-resets/complete').send({ token, password: 'yet another password' }).expect(410);
      expect(again.body.code).toBe('AUTH.RESET_TOKEN_INVALID');
    });

    it('answers the same, no sooner than the configured floor, whether or not the account exists', async () => {
      const address = email('exists');
      await app.http().post('/api/v1/users').set(admin()).send({ email: address, displayName: 'Ezra', role: 'viewer', password: GOOD_PASSWORD }).expect(201);
      const timed = async (target: string) => {
        const started = Date.now();
        const res = await requestReset(target).expect(202);
        return { status: res.status, body: res.body as unknown, text: res.text, atLeastFloor: Date.now() - started >= 250 };
      };
      const known = await timed(address);
      const unknown = await timed(email('nobody'));
      expect(unknown).toEqual(known);
      expect(known.atLeastFloor).toBe(true);
      await mailedToken(address, '/app/reset-password');
    });

    it('rate-limits requests per email address, known or not, with 429 and Retry-After', async () => {
      for (const address of [email('limited'), email('limited-unknown')]) {
        for (let i = 0; i < 3; i++) await requestReset(address).expect(202);
        const res = await requestReset(address).expect(429);
        expect(res.body.code).toBe('AUTH.PASSWORD_RESET_RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    });

    it('a newer reset link replaces the older one', async () => {
      const address = email('newer');
      await app.http().post('/api/v1/users').set(admin()).send({ email: address, displayName: 'Nia', role: 'viewer', password: GOOD_PASSWORD }).expect(201);
      await requestReset(address).expect(202);
      const first = await mailedToken(address, '/app/reset-password');
      const before = lastMailId();
      await requestReset(address).expect(202);
      const second = await mailedToken(address, '/app/reset-password', before);
      await app.http().post('/api/v1/auth/password-resets/inspect').send({ token: first }).expect(410);
      await app.http().post('/api/v1/auth/password-resets/complete').send({ token: second, password: 'a brand new password' }).expect(204);
    });
  });

  describe('changing your own password', () => {
    it('needs the current password; other sessions end, this one carries on', async () => {
      const address = email('changer');
      await app.http().post('/api/v1/users').set(admin()).send({ email: address, displayName: 'Cole', role: 'officer', password: GOOD_PASSWORD }).expect(201);
      const mine = (await login(address, GOOD_PASSWORD).expect(200)).body as { accessToken: string };
      const other = (await login(address, GOOD_PASSWORD).expect(200)).body as { accessToken: string; refreshToken: string };
      const change = (body: object) => app.http().post('/api/v1/auth/me/password').set('authorization', `Bearer ${mine.accessToken}`).send(body);

      const wrong = await change({ currentPassword: 'not my password', newPassword: 'a different good one' }).expect(422);
      expect({ code: wrong.body.code, fields: wrong.body.errors.map((e: { field: string }) => e.field) }).toEqual({ code: 'AUTH.CURRENT_PASSWORD_WRONG', fields: ['currentPassword'] });
      const common = await change({ currentPassword: GOOD_PASSWORD, newPassword: 'baseball1234' }).expect(422);
      expect({ code: common.body.code, fields: common.body.errors.map((e: { field: string }) => e.field) }).toEqual({ code: 'PASSWORD.TOO_COMMON', fields: ['newPassword'] });
      await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${other.accessToken}`).expect(200);

      await change({ currentPassword: GOOD_PASSWORD, newPassword: 'a different good one' }).expect(204);
      await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${mine.accessToken}`).expect(200);
      await app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${other.accessToken}`).expect(401);
      await app.http().post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await login(address, 'a different good one').expect(200);
      await app.mail.waitFor((m) => m.to.includes(address) && m.subject === 'Your partnerships CRM password was changed');
    });

    it('is rate-limited like sign-in attempts', async () => {
      const token = await app.tokenFor('viewer');
      for (let i = 0; i < 5; i++) {
        await app.http().post('/api/v1/auth/me/password').set('authorization', `Bearer ${token}`).send({ currentPassword: 'guess guess guess', newPassword: GOOD_PASSWORD }).expect(422);
      }
      const res = await app.http().post('/api/v1/auth/me/password').set('authorization', `Bearer ${token}`).send({ currentPassword: 'a-long-test-password', newPassword: GOOD_PASSWORD }).expect(429);
      expect(res.body.code).toBe('AUTH.PASSWORD_CHANGE_RATE_LIMITED');
    });
  });
});
