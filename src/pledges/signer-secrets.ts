import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe (43 characters). */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The per-pledge uniqueness key and the mail-cap subject: never the address itself. */
export function emailHash(email: string): string {
  return sha256Hex(`signer-email\u0000${email.trim().toLowerCase()}`);
}
