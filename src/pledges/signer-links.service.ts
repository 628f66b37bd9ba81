import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { LISTING_CONSENT_WORDING } from './consent-wording.js';
import { Pledge } from './pledge.entity.js';
import { PLEDGE_MAIL_KINDS, pledgeMails } from './pledge-mails.js';
import { PledgeMembership } from './pledge-membership.js';
import { NoNameDisplayError, TokenUsedError } from './pledges.errors.js';
import { SignatureLinks } from './signature-links.js';
import { SignatureTokens } from './signature-tokens.js';
import { eraseSigners } from './signer-erasure.js';
import { Signature } from './signature.entity.js';
import type { SignerContext } from './signing.service.js';

export interface LinkTarget {
  pledgeTitle: string;
  pledgeSlug: string;
  organisational: boolean;
}

/** What the withdrawal page offers: an individual whose name is shown may withdraw just the name. */
export interface WithdrawTarget extends LinkTarget {
  nameShown: boolean;
}

export interface NameDisplayWithdrawn extends LinkTarget {
  /** false when the name was not shown already (nothing changed). */
  changed: boolean;
}

export interface Verified extends LinkTarget {
  certificateUrl: string;
}

/** What a signer's emailed links do: confirm the signature, withdraw it. Each click is a POST from a page. */
@Injectable()
export class SignerLinksService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tokens: SignatureTokens,
    private readonly links: SignatureLinks,
    private readonly outbox: OutboxService,
    private readonly membership: PledgeMembership,
    private readonly consents: ConsentLedger,
    private readonly audit: AuditService,
  ) {}

  /** For the page that asks to confirm: fails like the action would if the link is bad. */
  check(token: string, purpose: 'verify' | 'withdraw'): Promise<WithdrawTarget> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.tokens.claim(manager, token, purpose, true);
      const signature = await this.lockSignature(manager, row.signatureId);
      if (purpose === 'verify' && signature.status !== 'submitted') throw new TokenUsedError(signature.status);
      if (signature.status === 'withdrawn') throw new TokenUsedError(signature.status);
      const pledge = await manager.findOneByOrFail(Pledge, { id: signature.pledgeId });
      return { ...target(pledge), nameShown: pledge.kind === 'individual' && signature.listingConsent };
    });
  }

  /**
   * An individual stops showing their name and keeps the endorsement: the consent is withdrawn (ledger and
   * audit), the withdrawal link stays usable, and the name leaves the public list at its next publication.
   * Asking again when the name is not shown changes nothing.
   */
  withdrawNameDisplay(token: string): Promise<NameDisplayWithdrawn> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.tokens.claim(manager, token, 'withdraw', true);
      const signature = await this.lockSignature(manager, row.signatureId);
      if (signature.status === 'withdrawn') throw new TokenUsedError(signature.status);
      const pledge = await manager.findOneByOrFail(Pledge, { id: signature.pledgeId });
      if (pledge.kind !== 'individual') throw new NoNameDisplayError();
      if (!signature.listingConsent) return { ...target(pledge), changed: false };
      await manager.update(Signature, { id: signature.id }, { listingConsent: false, listingConsentAt: null });
      const { purpose, version } = LISTING_CONSENT_WORDING.individual;
      await this.consents.record(manager, false, { subjectType: 'signature', subjectId: signature.id, source: 'form', purpose, wordingVersion: version });
      await this.audit.record(manager, {
        entityType: 'signature',
        entityId: signature.id,
        action: 'name-display-withdrawn',
        actorId: null,
        changes: { listingConsent: { before: true, after: false } },
        reason: 'The signer withdrew their consent to show their name',
      });
      return { ...target(pledge), changed: true };
    });
  }

  /** submitted → verified; mails the certificate and withdrawal links. */
  verify(token: string, context: SignerContext): Promise<Verified> {
    return this.transactions.run(async (tx) => {
      const row = await this.tokens.claim(tx.manager, token, 'verify', true);
      const signature = await this.lockSignature(tx.manager, row.signatureId);
      if (signature.status !== 'submitted') throw new TokenUsedError(signature.status);
      await this.tokens.spendAll(tx.manager, signature.id, 'verify');
      await tx.manager.update(Signature, { id: signature.id }, {
        status: 'verified',
        verifiedAt: new Date(),
        verifiedIp: context.ip,
        verifiedUserAgent: context.userAgent?.slice(0, 500) ?? null,
      });
      const pledge = await tx.manager.findOneByOrFail(Pledge, { id: signature.pledgeId });
      const certificateUrl = this.links.url('certificate', await this.tokens.mint(tx.manager, signature.id, 'certificate'));
      const withdrawUrl = this.links.url('withdraw', await this.tokens.mint(tx.manager, signature.id, 'withdraw'));
      const organisational = pledge.kind === 'organisational';
      await this.outbox.add(tx, signature.email ?? '', pledgeMails.confirmed({ pledgeTitle: pledge.title, certificateUrl, withdrawUrl, organisational }));
      return { ...target(pledge), certificateUrl };
    });
  }

  /**
   * → withdrawn. An organisation leaves the pledge's partner list (and so the next publication);
   * an individual's personal fields are erased, leaving a tombstone that keeps the counts.
   */
  withdraw(token: string): Promise<LinkTarget> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.tokens.claim(manager, token, 'withdraw', true);
      const signature = await this.lockSignature(manager, row.signatureId);
      if (signature.status === 'withdrawn') throw new TokenUsedError(signature.status);
      const pledge = await manager.findOneByOrFail(Pledge, { id: signature.pledgeId });
      await this.tokens.spendAll(manager, signature.id, 'withdraw');
      const wasApproved = signature.status === 'approved';
      await manager.update(Signature, { id: signature.id }, { status: 'withdrawn', withdrawnAt: new Date() });
      await this.recordWithdrawal(manager, pledge, signature);
      if (pledge.kind === 'individual') await eraseIndividual(manager, signature);
      else if (wasApproved) await this.membership.leave(manager, pledge, signature, 'pledge-withdrawn', null);
      return target(pledge);
    });
  }

  /** Withdrawing the signature withdraws the consent to sign and, if given, to be listed or named. */
  private async recordWithdrawal(manager: EntityManager, pledge: Pledge, signature: Signature): Promise<void> {
    const base = { subjectType: 'signature' as const, subjectId: signature.id, source: 'form' as const };
    await this.consents.record(manager, false, { ...base, purpose: CONSENT_PURPOSES.pledgeSignature });
    await this.consents.recordChange(manager, signature.listingConsent, false, { ...base, purpose: LISTING_CONSENT_WORDING[pledge.kind].purpose });
  }

  private async lockSignature(manager: EntityManager, id: string): Promise<Signature> {
    return manager.findOneOrFail(Signature, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

function target(pledge: Pledge): LinkTarget {
  return { pledgeTitle: pledge.title, pledgeSlug: pledge.slug, organisational: pledge.kind === 'organisational' };
}

/** Keeps pledge, text version, status, area, commitments and event times; drops whatever names a person. */
async function eraseIndividual(manager: EntityManager, signature: Signature): Promise<void> {
  // The signer's own links stay (hashes naming no one), so a reused one can say the signature was withdrawn.
  await eraseSigners(manager, [signature.id], { keepSignerLinks: true });
  // The signing mails already sent named the person and held their links: they go too.
  await manager.query(
    `DELETE FROM mail_outbox WHERE recipient = $1 AND kind = ANY($2::text[]) AND status IN ('sent', 'failed')`,
    [signature.email, PLEDGE_MAIL_KINDS],
  );
}
