import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../src/common/auth/roles.decorator.js';
import { AccessTokenCodec } from '../../src/auth/access-token.codec.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { PORTAL_SESSION, REFRESH_COOKIE, ROUTE_ACCESS } from './route-access.matrix.js';
import { PortalSessions } from '../../src/portal/portal-sessions.js';
import { partnerBody } from '../support/factories.js';

/** `portal`: a live partner portal session (its cookie), holding no staff credential. */
type Principal = 'anonymous' | 'expired' | 'tampered' | 'portal' | Role;

const SAMPLE_PARAMS: Record<string, string> = { category: 'theme', code: 'no-such-code', quarter: '1999-Q1', year: '1999' };

function concretePath(route: string): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? randomUUID()).replace('/*', '/index.html');
}

describe('route × role matrix', () => {
  let app: TestApp;
  const tokens = new Map<Principal, string>();
  let registered: string[];
  let portalUserId: string;

  /** A new portal session: its cookie, and the CSRF value its forms carry. */
  async function portalSession(): Promise<{ cookie: string; csrf: string }> {
    const { token } = await app.dataSource.transaction((manager) => app.api.get(PortalSessions).start(manager, portalUserId));
    const cookie = `crm_portal=${token}`;
    const principal = await app.api.get(PortalSessions).find({ headers: { cookie } } as never);
    return { cookie, csrf: principal?.csrf ?? '' };
  }

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
    // A partner portal user, for whom each route call below gets a fresh session (one route signs out).
    const partner = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${tokens.get('admin') ?? ''}`)
      .send(partnerBody({ name: `Matrix portal org ${randomUUID()}` })).expect(201);
    const [portalUser] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO portal_users (partner_id, email, email_key, status, basis) VALUES ($1, $2, $2, 'active', 'invited') RETURNING id`,
      [(partner.body as { id: string }).id, `matrix-${randomUUID()}@partner.test`],
    );
    portalUserId = portalUser.id;
    registered = [...new Set(app.routes.filter((r) => !r.startsWith('HEAD ') && !r.startsWith('OPTIONS ')))];
  });
  afterAll(() => app.close());

  it('every registered route has an access decision, and every decision names a real route', () => {
    expect(registered.filter((r) => !(r in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !registered.includes(r))).toEqual([]);
  });

  const principals: Principal[] = ['anonymous', 'expired', 'tampered', 'portal', ...ROLES];

  it.each(Object.entries(ROUTE_ACCESS))('%s answers each principal as the table says', async (route, access) => {
    const [method, path] = route.split(' ');
    const outcomes: Record<string, number> = {};
    for (const principal of principals) {
      // The CSRF header the staff app sends on its cookie session routes (ignored everywhere else).
      const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      let req = app.http()[verb](concretePath(path)).set('x-csrf-protection', '1');
      const token = tokens.get(principal);
      if (token) req = req.set('authorization', `Bearer ${token}`);
      let body: Record<string, string> = {};
      if (principal === 'portal') {
        const session = await portalSession();
        req = req.set('cookie', session.cookie);
        body = { csrf: session.csrf };
      }
      const res = await (method === 'GET' ? req : req.send(body));
      outcomes[principal] = res.status;
      // Pages (the portal's) carry their code in the markup.
      const code = (res.body as { code?: string }).code ?? /data-error-code="([A-Z_.]+)"/.exec(res.text)?.[1];
      if (res.status === 401 || res.status === 403) expect(code).toMatch(/^(AUTH|PORTAL)\./);
    }
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const principal of principals) {
      const allowed =
        access === 'public' ||
        (access === PORTAL_SESSION && principal === 'portal') ||
        (access !== REFRESH_COOKIE && access !== PORTAL_SESSION && access.includes(principal as Role) && ROLES.includes(principal as Role));
      const unauthenticated = access === REFRESH_COOKIE || access === PORTAL_SESSION || ['anonymous', 'expired', 'tampered', 'portal'].includes(principal);
      const wanted = allowed ? 'allowed' : unauthenticated ? '401' : '403';
      const got = outcomes[principal] === 401 ? '401' : outcomes[principal] === 403 ? '403' : 'allowed';
      expected[principal] = wanted;
      actual[principal] = got;
      expect(outcomes[principal]).toBeLessThan(500);
    }
    expect(actual).toEqual(expected);
  });
});
