import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner, type Transaction } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { LINK_TOKEN_PATTERN, newLinkToken, sha256Hex } from '../pledges/signer-secrets.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { PortalContactUnreachableError, PortalLinkInvalidError, PortalRateLimitedError } from './portal.errors.js';
import { emailKey, PortalAccess, type PortalEligibility } from './portal-access.js';
import { PortalLink } from './portal-link.entity.js';
import { portalMails } from './portal-mails.js';
import { PortalSessions } from './portal-sessions.js';
import { PortalUser } from './portal-user.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Passwordless sign-in to the partner portal: emailed single-use links, one per organisation. */
@Injectable()
export class PortalSignInService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PortalAccess,
    private readonly sessions: PortalSessions,
    private readonly outbox: OutboxService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signInUrl(): string {
    return `${this.config.http.publicBaseUrl}/portal/sign-in`;
  }

  linkUrl(partnerId: string, token: string): string {
    return `${this.config.http.publicBaseUrl}/portal/sign-in/${partnerId}/${token}`;
  }

  /**
   * Mails a link for each organisation the address may use, or nothing when it may use none; the answer and its
   * timing are the same either way. Counted per address and per IP before anything is looked up.
   */
  async requestLink(email: string, clientIp: string): Promise<void> {
    const startedAt = Date.now();
    const { linkMaxPerEmail, linkMaxPerIp, linkWindowSeconds, minResponseMs } = this.config.portal;
    const verdicts = await Promise.all([
      this.limiter.hit('portal-link-ip', clientIp, linkMaxPerIp, linkWindowSeconds),
      this.limiter.hit('portal-link-email', emailKey(email), linkMaxPerEmail, linkWindowSeconds),
    ]);
    const blocked = verdicts.filter((v) => !v.allowed);
    if (blocked.length > 0) throw new PortalRateLimitedError(Math.max(...blocked.map((v) => v.retryAfterSeconds)));
    try {
      await this.transactions.run(async (tx) => {
        const organisations = await this.access.organisationsFor(tx.manager, email);
        if (organisations.length === 0) return;
        const ttl = this.config.portal.linkTtlSeconds;
        const links = [];
        for (const o of organisations) {
          links.push({ organisation: o.organisation, url: this.linkUrl(o.partnerId, await this.mint(tx.manager, o.partnerId, email, ttl)) });
        }
        await this.outbox.add(tx, email.trim(), portalMails.signIn({ links, validMinutes: Math.round(ttl / 60) }));
      });
    } finally {
      const remaining = minResponseMs - (Date.now() - startedAt);
      if (remaining > 0) await delay(remaining);
    }
  }

  /** For the page that asks for the click (mail scanners must not sign anyone in): fails as the sign-in would. */
  async check(partnerId: string, token: string): Promise<PortalEligibility> {
    return this.transactions.run(async ({ manager }) => (await this.claim(manager, partnerId, token)).eligibility);
  }

  /** Spends the link and starts a session; the person becomes (or stays) an active portal user of the organisation. */
  async redeem(partnerId: string, token: string): Promise<{ cookie: string; organisation: string }> {
    return this.transactions.run(async ({ manager }) => {
      const { link, eligibility } = await this.claim(manager, partnerId, token);
      await manager.update(PortalLink, { id: link.id }, { usedAt: new Date() });
      const user = await this.upsertUser(manager, partnerId, link.emailKey, eligibility);
      await manager.update(PortalUser, { id: user.id }, { lastSignInAt: new Date() });
      const { cookie } = await this.sessions.start(manager, user.id);
      return { cookie, organisation: eligibility.organisation };
    });
  }

  /** Staff invite a contact: they become a portal user of the contact's organisation and get a longer-lived link. */
  async invite(contactId: string, actorId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const [contact] = await tx.manager.query<{ email: string | null; full_name: string; partner_id: string | null; archived_at: Date | null; erased_at: Date | null; name: string | null; p_archived: Date | null }[]>(
        `SELECT c.email, c.full_name, c.partner_id, c.archived_at, c.erased_at, p.name, p.archived_at AS p_archived
           FROM contacts c LEFT JOIN partners p ON p.id = c.partner_id WHERE c.id = $1`,
        [contactId],
      );
      if (!contact) throw new PortalContactUnreachableError('The contact was not found.');
      if (!contact.email) throw new PortalContactUnreachableError('The contact has no email address: add one before inviting them to the portal.');
      if (!contact.partner_id || !contact.name || contact.p_archived) throw new PortalContactUnreachableError('The contact is not at a live organisation.');
      if (contact.archived_at || contact.erased_at) throw new PortalContactUnreachableError('The contact is archived.');
      const eligibility: PortalEligibility = { partnerId: contact.partner_id, organisation: contact.name, basis: 'invited', contactId, displayName: contact.full_name };
      await this.upsertUser(tx.manager, contact.partner_id, emailKey(contact.email), eligibility, contact.email);
      const ttl = this.config.auth.invitationTtlSeconds;
      const token = await this.mint(tx.manager, contact.partner_id, contact.email, ttl);
      const [inviter] = await tx.manager.query<{ display_name: string }[]>('SELECT display_name FROM users WHERE id = $1', [actorId]);
      await this.outbox.add(tx, contact.email, portalMails.invitation({
        organisation: contact.name,
        invitedBy: inviter?.display_name ?? 'The partnerships team',
        url: this.linkUrl(contact.partner_id, token),
        validDays: Math.max(1, Math.round(ttl / 86_400)),
        signInUrl: this.signInUrl(),
      }));
      await this.audit.record(tx.manager, { entityType: 'contact', entityId: contactId, action: 'portal-invited', actorId, reason: 'Invited to the partner portal' });
    });
  }

  /** Mails a sign-in link for one organisation (a granted claim). */
  async mailLink(tx: Transaction, partnerId: string, organisation: string, email: string): Promise<void> {
    const ttl = this.config.portal.linkTtlSeconds;
    const url = this.linkUrl(partnerId, await this.mint(tx.manager, partnerId, email, ttl));
    await this.outbox.add(tx, email, portalMails.signIn({ links: [{ organisation, url }], validMinutes: Math.round(ttl / 60) }));
  }

  private async mint(manager: EntityManager, partnerId: string, email: string, ttlSeconds: number): Promise<string> {
    const token = newLinkToken();
    await manager.insert(PortalLink, { partnerId, emailKey: emailKey(email), tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + ttlSeconds * 1000), usedAt: null });
    return token;
  }

  /** The live link for this organisation, locked, with its holder still entitled to it; else one refusal for all. */
  private async claim(manager: EntityManager, partnerId: string, token: string): Promise<{ link: PortalLink; eligibility: PortalEligibility }> {
    if (!LINK_TOKEN_PATTERN.test(token) || !UUID.test(partnerId)) throw new PortalLinkInvalidError();
    const link = await manager.findOne(PortalLink, { where: { tokenHash: sha256Hex(token), usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!link || link.partnerId !== partnerId.toLowerCase() || link.expiresAt.getTime() <= Date.now()) throw new PortalLinkInvalidError();
    const [eligibility] = await this.access.organisationsFor(manager, link.emailKey, link.partnerId);
    if (!eligibility) throw new PortalLinkInvalidError();
    return { link, eligibility };
  }

  private async upsertUser(manager: EntityManager, partnerId: string, key: string, e: PortalEligibility, email = key): Promise<PortalUser> {
    const existing = await manager.findOne(PortalUser, { where: { partnerId, emailKey: key }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (existing.status !== 'active' || (e.contactId && !existing.contactId)) {
        await manager.update(PortalUser, { id: existing.id }, { status: 'active', contactId: existing.contactId ?? e.contactId, displayName: existing.displayName ?? e.displayName });
      }
      return existing;
    }
    const row = manager.create(PortalUser, {
      partnerId, email, emailKey: key, displayName: e.displayName, contactId: e.contactId, status: 'active', basis: e.basis,
      evidence: null, decidedBy: null, decidedAt: null, decisionReason: null, lastSignInAt: null,
    });
    return manager.save(row);
  }
}
