import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../src/common/auth/roles.decorator.js';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../src/auth/token.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ROUTE_ACCESS } from './route-access.matrix.js';

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
    const adminId = (await app.dataSource.query(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`))[0].id as string;
    const jwt = app.api.get(JwtService);
    const expired = await jwt.signAsync(
      { sub: adminId, role: 'admin', exp: Math.floor(Date.now() / 1000) - 60 },
      { issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
    );
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
      let req = app.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](concretePath(path));
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
        access === 'public' || ((access as readonly string[]).includes(principal) && ROLES.includes(principal as Role));
      const wanted = allowed ? 'allowed' : ['anonymous', 'expired', 'tampered'].includes(principal) ? '401' : '403';
      const got = outcomes[principal] === 401 ? '401' : outcomes[principal] === 403 ? '403' : 'allowed';
      expected[principal] = wanted;
      actual[principal] = got;
      expect(outcomes[principal]).toBeLessThan(500);
    }
    expect(actual).toEqual(expected);
  });
});
