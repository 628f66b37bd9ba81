import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.js';
import { SignatureTokens } from './signature-tokens.js';
import { Signature, type SignatureStatus } from './signature.entity.js';

/** Everything a signature certificate shows: the evidence of what was signed, by whom, and when. */
export interface CertificateView {
  signatureId: string;
  pledgeTitle: string;
  organisational: boolean;
  textVersion: number;
  textSha256: string;
  textBody: string;
  organisation: string | null;
  signerName: string;
  signerJobTitle: string | null;
  area: string | null;
  commitments: string[];
  status: SignatureStatus;
  submittedAt: Date;
  verifiedAt: Date | null;
  approvedAt: Date | null;
  withdrawnAt: Date | null;
}

/** Rejection is internal: the public words are verified, approved, suspended and withdrawn. */
function publicStatus(status: SignatureStatus): SignatureStatus {
  return status === 'rejected' ? 'verified' : status;
}

/** The certificate link may be opened any number of times; it dies with an erased signature. */
@Injectable()
export class SignatureCertificateService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tokens: SignatureTokens,
  ) {}

  certificate(token: string): Promise<CertificateView> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.tokens.claim(manager, token, 'certificate', false);
      const s = await manager.findOneOrFail(Signature, {
        where: { id: row.signatureId },
        relations: { pledge: true, pledgeText: true, area: true, commitments: true },
      });
      return {
        signatureId: s.id,
        pledgeTitle: s.pledge.title,
        organisational: s.pledge.kind === 'organisational',
        textVersion: s.textVersion,
        textSha256: s.textSha256,
        textBody: s.pledgeText.body,
        organisation: s.organisationName,
        signerName: s.signerName ?? '',
        signerJobTitle: s.signerJobTitle,
        area: s.area?.label ?? null,
        commitments: [...s.commitments].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => c.label),
        status: publicStatus(s.status),
        submittedAt: s.submittedAt,
        verifiedAt: s.verifiedAt,
        approvedAt: s.approvedAt,
        withdrawnAt: s.withdrawnAt,
      };
    });
  }
}
