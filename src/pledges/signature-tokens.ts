import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { TokenExpiredError, TokenInvalidError, TokenUsedError } from './pledges.errors.js';
import { SignatureToken, type SignatureTokenPurpose } from './signature-token.entity.js';
import { LINK_TOKEN_PATTERN, newLinkToken, sha256Hex } from './signer-secrets.js';

/** Verification links work for 48 hours, once. */
export const VERIFY_TOKEN_TTL_HOURS = 48;

/** Mints and checks the secret links sent to signers. The database only ever sees their SHA-256. */
@Injectable()
export class SignatureTokens {
  async mint(manager: EntityManager, signatureId: string, purpose: SignatureTokenPurpose): Promise<string> {
    const token = newLinkToken();
    const expiresAt = purpose === 'verify' ? new Date(Date.now() + VERIFY_TOKEN_TTL_HOURS * 3_600_000) : null;
    await manager.insert(SignatureToken, { signatureId, purpose, tokenHash: sha256Hex(token), expiresAt, usedAt: null });
    return token;
  }

  /**
   * The live token row, locked for the caller's transaction. Forged and unknown tokens fail alike;
   * expired and used ones say so (only the holder of the real link can learn that).
   */
  async claim(manager: EntityManager, token: string, purpose: SignatureTokenPurpose, singleUse: boolean): Promise<SignatureToken> {
    if (!LINK_TOKEN_PATTERN.test(token)) throw new TokenInvalidError();
    const row = await manager.findOne(SignatureToken, {
      where: { tokenHash: sha256Hex(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new TokenInvalidError();
    if (singleUse && row.usedAt) {
      const [signature] = await manager.query<{ status: string }[]>('SELECT status FROM signatures WHERE id = $1', [row.signatureId]);
      throw new TokenUsedError(signature?.status);
    }
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) throw new TokenExpiredError();
    return row;
  }

  /** Spends every token of `purpose` the signature has (e.g. all verification links once one is used). */
  async spendAll(manager: EntityManager, signatureId: string, purpose: SignatureTokenPurpose): Promise<void> {
    await manager.update(SignatureToken, { signatureId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
