import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import { LISTING_CONSENT_WORDING } from './consent-wording.js';
import { PLEDGE_MAIL_KINDS } from './pledge-mails.js';
import { PledgeMembership } from './pledge-membership.js';
import type { Pledge } from './pledge.entity.js';
import { Signature } from './signature.entity.js';
import { eraseSigners } from './signer-erasure.js';

/** Who withdrew a signature for its signer, and why; absent when the signer did, by their link. */
export interface StaffWithdrawal {
  actorId: string;
  reason: string;
}

/**
 * → withdrawn, by the signer's link or by staff on the signer's behalf, with the same effects: the consents
 * given by signing are withdrawn; an organisation leaves the pledge's partner list (and so the next
 * publication); an individual's personal fields are erased, leaving a tombstone that keeps the counts.
 */
@Injectable()
export class SignatureWithdrawal {
  constructor(
    private readonly membership: PledgeMembership,
    private readonly consents: ConsentLedger,
  ) {}

  async withdraw(manager: EntityManager, pledge: Pledge, signature: Signature, staff: StaffWithdrawal | null): Promise<void> {
    const wasApproved = signature.status === 'approved';
    await manager.update(
      Signature,
      { id: signature.id },
      { status: 'withdrawn', withdrawnAt: new Date(), ...(staff ? { reviewedBy: staff.actorId, statusReason: staff.reason } : {}) },
    );
    const base = { subjectType: 'signature' as const, subjectId: signature.id, source: staff ? ('staff' as const) : ('form' as const), actorId: staff?.actorId ?? null };
    await this.consents.record(manager, false, { ...base, purpose: CONSENT_PURPOSES.pledgeSignature });
    await this.consents.recordChange(manager, signature.listingConsent, false, { ...base, purpose: LISTING_CONSENT_WORDING[pledge.kind].purpose });
    if (pledge.kind === 'individual') await eraseIndividual(manager, signature);
    else if (wasApproved) await this.membership.leave(manager, pledge, signature, 'pledge-withdrawn', staff?.actorId ?? null);
  }
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
