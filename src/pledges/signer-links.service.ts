import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConsentLedger } from '../data-protection/consent-ledger.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { LISTING_CONSENT_WORDING } from './consent-wording.js';
import { Pledge } from './pledge.entity.js';
import { pledgeMails } from './pledge-mails.js';
import { NoNameDisplayError, TokenUsedError } from './pledges.errors.js';
import { SignatureLinks } from './signature-links.js';
import { SignatureTokens } from './signature-tokens.js';
import { Signature } from './signature.entity.js';
import { SignatureWithdrawal } from './signature-withdrawal.js';
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
    private readonly consents: ConsentLedger,
    private readonly audit: AuditService,
    private readonly withdrawal: SignatureWithdrawal,
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

  /** → withdrawn, by the signer's own link (see SignatureWithdrawal for what it does). */
  withdraw(token: string): Promise<LinkTarget> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.tokens.claim(manager, token, 'withdraw', true);
      const signature = await this.lockSignature(manager, row.signatureId);
      if (signature.status === 'withdrawn') throw new TokenUsedError(signature.status);
      const pledge = await manager.findOneByOrFail(Pledge, { id: signature.pledgeId });
      await this.tokens.spendAll(manager, signature.id, 'withdraw');
      await this.withdrawal.withdraw(manager, pledge, signature, null);
      return target(pledge);
    });
  }

  private async lockSignature(manager: EntityManager, id: string): Promise<Signature> {
    return manager.findOneOrFail(Signature, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

function target(pledge: Pledge): LinkTarget {
  return { pledgeTitle: pledge.title, pledgeSlug: pledge.slug, organisational: pledge.kind === 'organisational' };
}
