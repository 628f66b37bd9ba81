import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { isCrossSitePost } from '../common/http/same-origin.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { LINK_TOKEN_PATTERN, newLinkToken, sha256Hex } from '../pledges/signer-secrets.js';
import { PortalCsrfRejectedError, PortalSignInRequiredError } from './portal.errors.js';
import { PortalSession } from './portal-session.entity.js';

/** The portal's own cookie: HttpOnly, SameSite=Strict, sent only to /portal. Never a staff credential. */
export const PORTAL_COOKIE = 'crm_portal';
export const PORTAL_PATH = '/portal';

/** Who a portal session speaks for: one person, for one organisation. */
export interface PortalPrincipal {
  sessionId: string;
  portalUserId: string;
  partnerId: string;
  organisation: string;
  email: string;
  displayName: string | null;
  contactId: string | null;
  /** The value every form of this session must post back as `csrf`. */
  csrf: string;
}

export function readPortalCookie(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== PORTAL_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return LINK_TOKEN_PATTERN.test(value) ? value : undefined;
  }
  return undefined;
}

const csrfFor = (token: string): string => sha256Hex(`portal-csrf\u0000${token}`);

/** A form field's value (urlencoded forms give strings; arrays take the first). */
export const formValue = (body: unknown, name: string): string => {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
};

@Injectable()
export class PortalSessions {
  private readonly secure: boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secure = config.http.publicBaseUrl.startsWith('https:');
  }

  async start(manager: EntityManager, portalUserId: string): Promise<{ token: string; cookie: string }> {
    const token = newLinkToken();
    const ttl = this.config.portal.sessionTtlSeconds;
    await manager.insert(PortalSession, { portalUserId, tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + ttl * 1000), endedAt: null });
    return { token, cookie: this.cookie(token, ttl) };
  }

  clearedCookie(): string {
    return this.cookie('', 0);
  }

  /** The request's live portal session, or null. */
  async find(request: FastifyRequest): Promise<PortalPrincipal | null> {
    const token = readPortalCookie(request.headers.cookie);
    if (token === undefined) return null;
    const rows = await this.dataSource.query<{ id: string; portal_user_id: string; partner_id: string; name: string; email: string; display_name: string | null; contact_id: string | null }[]>(
      `SELECT s.id, s.portal_user_id, u.partner_id, p.name, u.email, u.display_name, u.contact_id
         FROM portal_sessions s JOIN portal_users u ON u.id = s.portal_user_id JOIN partners p ON p.id = u.partner_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND u.status = 'active' AND p.archived_at IS NULL`,
      [sha256Hex(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.id,
      portalUserId: row.portal_user_id,
      partnerId: row.partner_id,
      organisation: row.name,
      email: row.email,
      displayName: row.display_name,
      contactId: row.contact_id,
      csrf: csrfFor(token),
    };
  }

  async require(request: FastifyRequest): Promise<PortalPrincipal> {
    const principal = await this.find(request);
    if (!principal) throw new PortalSignInRequiredError();
    return principal;
  }

  /** For a form post: the session, and the post must be same-site and carry the session's CSRF value. */
  async requireForPost(request: FastifyRequest, body: unknown): Promise<PortalPrincipal> {
    const principal = await this.require(request);
    this.assertSameSite(request);
    if (formValue(body, 'csrf') !== principal.csrf) throw new PortalCsrfRejectedError();
    return principal;
  }

  assertSameSite(request: FastifyRequest): void {
    if (isCrossSitePost(request, this.config.http.publicBaseUrl)) throw new PortalCsrfRejectedError();
  }

  async end(principal: PortalPrincipal): Promise<void> {
    await this.dataSource.query('UPDATE portal_sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [principal.sessionId]);
  }

  private cookie(token: string, maxAgeSeconds: number): string {
    return `${PORTAL_COOKIE}=${token}; Max-Age=${maxAgeSeconds}; Path=${PORTAL_PATH}; HttpOnly; SameSite=Strict${this.secure ? '; Secure' : ''}`;
  }
}
