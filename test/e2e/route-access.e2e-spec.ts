import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../src/common/auth/roles.decorator.js';
import { AccessTokenCodec } from '../../src/auth/access-token.codec.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { REFRESH_COOKIE, ROUTE_ACCESS } from './route-access.matrix.js';

type Principal = 'anonymous' | 'expired' | 'tampered' | Role;

const SAMPLE_PARAMS: Record<string, string> = { category: 'theme', code: 'no-such-code', quarter: '1999-Q1', year: '1999' };

function concretePath(route: string): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? randomUUID()).replace('/*', '/index.html');
}

describe('route × role matrix', () => {
  let app: TestApp;
  const tokens = new Map<Principal, string>();
  let registered: string[];

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ROLES) tokens.set(role, await app.tokenFor(role));
    const [admin] = await app.dataSource.query<{ user_id: string; id: string }[]>(
      `SELECT s.user_id, s.id FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.role = 'admin' LIMIT 1`,
    );
    const codec = app.api.get(AccessTokenCodec);
    // An admin's token from a live session, but issued two lifetimes ago.
    const expired = codec.sign({ sub: admin.user_id, sid: admin.id, role: 'admin' }, Math.floor(Date.now() / 1000) - 2 * codec.ttlSeconds);
    tokens.set('expired', expired);
    const [header, payload, signature] = (tokens.get('viewer') ?? '').split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    tokens.set('tampered', `${header}.${forged}.${signature}`);
    registered = [...new Set(app.routes.filter((r) => !r.startsWith('HEAD ') && !r.startsWith('OPTIONS ')))];
  });
  afterAll(() => app.close());

  it('every registered route has an access decision, and every decision names a real route', () => {
    expect(registered.filter((r) => !(r in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !registered.includes(r))).toEqual([]);
  });

  const principals: Principal[] = ['anonymous', 'expired', 'tampered', ...ROLES];

  it.each(Object.entries(ROUTE_ACCESS))('%s answers each principal as the table says', async (route, access) => {
    const [method, path] = route.split(' ');
    const outcomes: Record<string, number> = {};
    for (const principal of principals) {
      // The CSRF header the staff app sends on its cookie session routes (ignored everywhere else).
      const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      let req = app.http()[verb](concretePath(path)).set('x-csrf-protection', '1');
      const token = tokens.get(principal);
      if (token) req = req.set('authorization', `Bearer ${token}`);
      const res = await (method === 'GET' ? req : req.send({}));
      outcomes[principal] = res.status;
      if (res.status === 401 || res.status === 403) expect(res.body.code).toMatch(/^AUTH\./);
    }
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const principal of principals) {
      const allowed =
        access === 'public' ||
        (access !== REFRESH_COOKIE && access.includes(principal as Role) && ROLES.includes(principal as Role));
      const unauthenticated = access === REFRESH_COOKIE || ['anonymous', 'expired', 'tampered'].includes(principal);
      const wanted = allowed ? 'allowed' : unauthenticated ? '401' : '403';
      const got = outcomes[principal] === 401 ? '401' : outcomes[principal] === 403 ? '403' : 'allowed';
      expected[principal] = wanted;
      actual[principal] = got;
      expect(outcomes[principal]).toBeLessThan(500);
    }
    expect(actual).toEqual(expected);
  });
});
