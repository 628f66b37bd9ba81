import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import type { ApproveSignatureDto } from './dto/review.dto.js';
import { toSignatureResponse, type SignatureResponse } from './dto/signature.response.js';
import { PartnerFromSignature } from './partner-from-signature.js';
import { PledgeMembership } from './pledge-membership.js';
import { ApprovalChoiceRequiredError, InvalidSignatureTransitionError, SignatureNotFoundError } from './pledges.errors.js';
import { Signature, type SignatureStatus } from './signature.entity.js';
import { SignatureWithdrawal } from './signature-withdrawal.js';

const VIEW_RELATIONS = { pledge: true, organisationKind: true, area: true, commitments: true } as const;

/** Staff decisions on verified signatures: approve (linking a partner), reject, suspend, withdraw for the signer. */
@Injectable()
export class SignatureReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly partners: PartnerFromSignature,
    private readonly membership: PledgeMembership,
    private readonly audit: AuditService,
    private readonly withdrawal: SignatureWithdrawal,
  ) {}

  /** One signature; an organisation not yet linked comes with its likely partners. */
  get(id: string): Promise<SignatureResponse> {
    return this.transactions.run(async ({ manager }) => {
      const signature = await this.load(manager, id);
      const view = toSignatureResponse(signature);
      if (signature.pledge.kind === 'organisational' && !signature.partnerId && signature.organisationName) {
        view.partnerCandidates = await this.partners.candidates(manager, signature);
      }
      return view;
    });
  }

  approve(id: string, dto: ApproveSignatureDto, actorId: string): Promise<SignatureResponse> {
    return this.transactions.run(async ({ manager }) => {
      const signature = await this.lockAndLoad(manager, id);
      const before = signature.status;
      assertFrom(before, ['verified', 'suspended'], 'approved');
      const partnerId = await this.partnerFor(manager, signature, dto, actorId);
      Object.assign(signature, { status: 'approved', approvedAt: new Date(), reviewedBy: actorId, statusReason: null, partnerId });
      await manager.save(signature);
      if (partnerId) await this.membership.join(manager, signature.pledge, signature, partnerId, actorId);
      await this.record(manager, signature, before, actorId, null);
      return toSignatureResponse(await this.load(manager, id));
    });
  }

  reject(id: string, reason: string, actorId: string): Promise<SignatureResponse> {
    return this.decide(id, ['verified', 'suspended'], 'rejected', reason, actorId);
  }

  suspend(id: string, reason: string, actorId: string): Promise<SignatureResponse> {
    return this.decide(id, ['approved'], 'suspended', reason, actorId);
  }

  /** Withdrawn for the signer (who asked staff rather than using their link), with the reason: as their own link would. */
  withdraw(id: string, reason: string, actorId: string): Promise<SignatureResponse> {
    return this.transactions.run(async ({ manager }) => {
      const signature = await this.lockAndLoad(manager, id);
      const before = signature.status;
      assertFrom(before, ['verified', 'approved', 'suspended'], 'withdrawn');
      await this.withdrawal.withdraw(manager, signature.pledge, signature, { actorId, reason });
      const withdrawn = await this.load(manager, id);
      await this.record(manager, withdrawn, before, actorId, reason);
      return toSignatureResponse(withdrawn);
    });
  }

  private decide(id: string, from: SignatureStatus[], to: 'rejected' | 'suspended', reason: string, actorId: string): Promise<SignatureResponse> {
    return this.transactions.run(async ({ manager }) => {
      const signature = await this.lockAndLoad(manager, id);
      const before = signature.status;
      assertFrom(before, from, to);
      const at = to === 'rejected' ? { rejectedAt: new Date() } : { suspendedAt: new Date() };
      Object.assign(signature, { status: to, reviewedBy: actorId, statusReason: reason, ...at });
      await manager.save(signature);
      if (before === 'approved') await this.membership.leave(manager, signature.pledge, signature, `pledge-${to}`, actorId);
      await this.record(manager, signature, before, actorId, reason);
      return toSignatureResponse(await this.load(manager, id));
    });
  }

  private async partnerFor(manager: EntityManager, signature: Signature, dto: ApproveSignatureDto, actorId: string): Promise<string | null> {
    if (signature.pledge.kind === 'individual') {
      if (dto.partnerId || dto.createPartner) throw new ApprovalChoiceRequiredError('An individual endorsement is approved without a partner.');
      return null;
    }
    if (dto.partnerId && dto.createPartner) throw new ApprovalChoiceRequiredError('Give partnerId or createPartner, not both.');
    if (dto.partnerId) return this.partners.existing(manager, dto.partnerId);
    if (dto.createPartner) return this.partners.create(manager, signature, dto.confirmNotDuplicate ?? false, actorId);
    // Re-approving after a suspension keeps the partner it was linked to.
    if (signature.partnerId) return this.partners.existing(manager, signature.partnerId);
    throw new ApprovalChoiceRequiredError('Link the organisation to a partner (partnerId) or create one (createPartner: true).');
  }

  private async record(manager: EntityManager, signature: Signature, before: SignatureStatus, actorId: string, reason: string | null): Promise<void> {
    await this.audit.record(manager, {
      entityType: 'signature',
      entityId: signature.id,
      action: signature.status,
      actorId,
      changes: { status: { before, after: signature.status }, partnerId: { before: null, after: signature.partnerId } },
      reason,
    });
  }

  private async lockAndLoad(manager: EntityManager, id: string): Promise<Signature> {
    const locked = await manager.findOne(Signature, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new SignatureNotFoundError();
    return this.load(manager, id);
  }

  private async load(manager: EntityManager, id: string): Promise<Signature> {
    const signature = await manager.findOne(Signature, { where: { id }, relations: VIEW_RELATIONS });
    if (!signature) throw new SignatureNotFoundError();
    return signature;
  }
}

function assertFrom(status: SignatureStatus, allowed: SignatureStatus[], action: string): void {
  if (!allowed.includes(status)) throw new InvalidSignatureTransitionError(status, action);
}
