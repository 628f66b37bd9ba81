import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { PortalClaimDecidedError, PortalClaimNotFoundError, PortalNotClaimableError, PortalRateLimitedError } from './portal.errors.js';
import { emailKey } from './portal-access.js';
import { portalMails } from './portal-mails.js';
import { PortalSignInService } from './portal-sign-in.service.js';
import { PortalUser, type PortalUserStatus } from './portal-user.entity.js';

export interface ClaimableOrganisation {
  id: string;
  name: string;
  website: string | null;
}

export interface ClaimView {
  id: string;
  partnerId: string;
  organisation: string;
  websiteDomain: string | null;
  name: string | null;
  email: string;
  evidence: string | null;
  /** Whether the address's domain is the organisation's website domain (never true for a waiting claim). */
  domainMatches: boolean;
  status: PortalUserStatus;
  createdAt: string;
}

/** The part of an address after the @, lower-cased. */
const domainOf = (email: string): string => emailKey(email).split('@').pop() ?? '';

/** `someone@mail.example.org` is on `example.org`; `someone@notexample.org` is not. */
export function onDomain(email: string, websiteDomain: string | null): boolean {
  if (!websiteDomain) return false;
  const domain = domainOf(email);
  return domain === websiteDomain || domain.endsWith(`.${websiteDomain}`);
}

/**
 * "Claim this listing": an organisation in the published list with no portal user yet. An address on its website
 * domain, or a recorded contact's, is granted at once (a sign-in link is mailed); any other claim waits for staff,
 * who see the evidence. The claimant is told the same either way, and learns the outcome by mail.
 */
@Injectable()
export class PortalClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly signIn: PortalSignInService,
    private readonly outbox: OutboxService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Published organisations without a portal user whose name matches (at most 20). */
  search(query: string): Promise<ClaimableOrganisation[]> {
    const q = query.trim();
    if (q.length < 2) return Promise.resolve([]);
    return this.dataSource.query<ClaimableOrganisation[]>(
      `SELECT p.id, p.name, p.website FROM ${CLAIMABLE} AND p.name ILIKE '%' || $1 || '%' ORDER BY p.normalized_name, p.id LIMIT 20`,
      [q.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
  }

  async claimable(partnerId: string): Promise<ClaimableOrganisation> {
    const [row] = await this.dataSource.query<ClaimableOrganisation[]>(`SELECT p.id, p.name, p.website FROM ${CLAIMABLE} AND p.id = $1`, [partnerId]);
    if (!row) throw new PortalNotClaimableError();
    return row;
  }

  async claim(partnerId: string, claimant: { name: string; email: string; evidence: string }, clientIp: string): Promise<void> {
    const { linkMaxPerEmail, linkMaxPerIp, linkWindowSeconds } = this.config.portal;
    const verdicts = await Promise.all([
      this.limiter.hit('portal-link-ip', clientIp, linkMaxPerIp, linkWindowSeconds),
      this.limiter.hit('portal-link-email', emailKey(claimant.email), linkMaxPerEmail, linkWindowSeconds),
    ]);
    const blocked = verdicts.filter((v) => !v.allowed);
    if (blocked.length > 0) throw new PortalRateLimitedError(Math.max(...blocked.map((v) => v.retryAfterSeconds)));
    await this.transactions.run(async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`portal-claim:${partnerId}`]);
      const [org] = await tx.manager.query<{ id: string; name: string; website_domain: string | null }[]>(
        `SELECT p.id, p.name, p.website_domain FROM ${CLAIMABLE} AND p.id = $1`,
        [partnerId],
      );
      if (!org) throw new PortalNotClaimableError();
      const key = emailKey(claimant.email);
      const [contact] = await tx.manager.query<{ id: string }[]>(
        `SELECT id FROM contacts WHERE partner_id = $1 AND lower(email) = $2 AND archived_at IS NULL AND erased_at IS NULL LIMIT 1`,
        [partnerId, key],
      );
      const granted = contact !== undefined || onDomain(key, org.website_domain);
      const existing = await tx.manager.findOne(PortalUser, { where: { partnerId, emailKey: key }, lock: { mode: 'pessimistic_write' } });
      const values = {
        displayName: claimant.name.trim() || null,
        contactId: contact?.id ?? null,
        status: (granted ? 'active' : 'pending') as PortalUserStatus,
        basis: contact ? ('contact' as const) : granted ? ('domain' as const) : ('reviewed' as const),
        evidence: claimant.evidence.trim() || null,
      };
      if (existing) await tx.manager.update(PortalUser, { id: existing.id }, { ...values, decidedBy: null, decidedAt: null, decisionReason: null });
      else await tx.manager.insert(PortalUser, { partnerId, email: claimant.email.trim(), emailKey: key, ...values, decidedBy: null, decidedAt: null, decisionReason: null, lastSignInAt: null });
      if (granted) await this.signIn.mailLink(tx, partnerId, org.name, claimant.email.trim());
      else await this.outbox.add(tx, claimant.email.trim(), portalMails.claimReceived({ organisation: org.name }));
    });
  }

  async list(status: PortalUserStatus): Promise<ClaimView[]> {
    const rows = await this.dataSource.query<ClaimRow[]>(`${CLAIM_SELECT} WHERE u.status = $1 AND u.basis = 'reviewed' ORDER BY u.created_at, u.id LIMIT 200`, [status]);
    return rows.map(toClaimView);
  }

  /** Grants a waiting claim (the claimant is mailed a sign-in link), or rejects it with a reason mailed to them. */
  async decide(id: string, approve: boolean, reason: string | null, actorId: string): Promise<ClaimView> {
    await this.transactions.run(async (tx) => {
      const [row] = await tx.manager.query<ClaimRow[]>(`${CLAIM_SELECT} WHERE u.id = $1 AND u.basis = 'reviewed' FOR UPDATE OF u`, [id]);
      if (!row) throw new PortalClaimNotFoundError();
      if (row.status !== 'pending') throw new PortalClaimDecidedError(row.status);
      await tx.manager.update(PortalUser, { id }, { status: approve ? 'active' : 'rejected', decidedBy: actorId, decidedAt: new Date(), decisionReason: reason });
      if (approve) {
        await this.outbox.add(tx, row.email, portalMails.claimGranted({ organisation: row.organisation, signInUrl: this.signIn.signInUrl() }));
        await this.signIn.mailLink(tx, row.partner_id, row.organisation, row.email);
      } else {
        await this.outbox.add(tx, row.email, portalMails.claimRejected({ organisation: row.organisation, reason: reason ?? '' }));
      }
    });
    const [row] = await this.dataSource.query<ClaimRow[]>(`${CLAIM_SELECT} WHERE u.id = $1`, [id]);
    return toClaimView(row);
  }
}

/** Organisations in the latest publication with no active portal user. */
const CLAIMABLE = `partners p
  WHERE p.archived_at IS NULL
    AND EXISTS (SELECT 1 FROM publication_entries e WHERE e.partner_id = p.id AND e.version = (SELECT max(version) FROM publications))
    AND NOT EXISTS (SELECT 1 FROM portal_users u WHERE u.partner_id = p.id AND u.status = 'active')`;

interface ClaimRow {
  id: string;
  partner_id: string;
  organisation: string;
  website_domain: string | null;
  display_name: string | null;
  email: string;
  evidence: string | null;
  status: PortalUserStatus;
  created_at: Date;
}

const CLAIM_SELECT = `SELECT u.id, u.partner_id, p.name AS organisation, p.website_domain, u.display_name, u.email, u.evidence, u.status, u.created_at
  FROM portal_users u JOIN partners p ON p.id = u.partner_id`;

function toClaimView(r: ClaimRow): ClaimView {
  return {
    id: r.id,
    partnerId: r.partner_id,
    organisation: r.organisation,
    websiteDomain: r.website_domain,
    name: r.display_name,
    email: r.email,
    evidence: r.evidence,
    domainMatches: onDomain(r.email, r.website_domain),
    status: r.status,
    createdAt: r.created_at.toISOString(),
  };
}
