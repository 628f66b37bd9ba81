import { Inject, Injectable } from '@nestjs/common';
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { ROLES, type Role } from '../common/auth/roles.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export const JWT_ISSUER = 'partnership-crm';
export const JWT_AUDIENCE = 'partnership-crm-staff';

/** What an access token says: whose it is, which session issued it, and the role it was issued with. */
export interface AccessTokenClaims {
  sub: string;
  /** The session (user_sessions.id): ending it refuses the token at once. */
  sid: string;
  role: Role;
}

/** The one header this product signs with; tokens are compared against it before any parsing. */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Far above any token this product issues (~300 bytes): refuse megabytes of header before hashing them. */
const MAX_TOKEN_LENGTH = 2048;

/**
 * HS256 JWTs signed and verified with node:crypto and one KeyObject built at start. (jsonwebtoken, given
 * a string secret, first tries it as a public key on every verify: ~10% of the API's CPU under load.)
 * Verification checks the header's `alg`, the signature in constant time, `iss`, `aud`, `exp` and `nbf`.
 */
@Injectable()
export class AccessTokenCodec {
  private readonly key: KeyObject;
  readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
    this.ttlSeconds = config.auth.accessTtlSeconds;
  }

  /** `issuedAt` (epoch seconds) is for tests that need a token issued in the past. */
  sign(claims: AccessTokenClaims, issuedAt = Math.floor(Date.now() / 1000)): string {
    const payload = Buffer.from(
      JSON.stringify({ sub: claims.sub, sid: claims.sid, role: claims.role, iat: issuedAt, exp: issuedAt + this.ttlSeconds, iss: JWT_ISSUER, aud: JWT_AUDIENCE }),
    ).toString('base64url');
    return `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`)}`;
  }

  /** The token's claims, or null for anything not signed by this key, not for this API, or expired. */
  verify(token: string): AccessTokenClaims | null {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const parts = token.split('.');
    if (parts.length !== 3 || !isHs256Header(parts[0])) return null;
    const expected = Buffer.from(this.signature(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return claimsOf(parseJson(parts[1]), Math.floor(Date.now() / 1000));
  }

  private signature(signingInput: string): string {
    return createHmac('sha256', this.key).update(signingInput).digest('base64url');
  }
}

function isHs256Header(encoded: string): boolean {
  if (encoded === HEADER) return true;
  const header = parseJson(encoded);
  if (!header) return false;
  // Any other field (crit, kid, jku, …) is something this product never sets.
  const keys = Object.keys(header);
  return header.alg === 'HS256' && keys.every((k) => k === 'alg' || (k === 'typ' && header.typ === 'JWT'));
}

function parseJson(encoded: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function claimsOf(payload: Record<string, unknown> | null, now: number): AccessTokenClaims | null {
  if (!payload) return null;
  const { sub, sid, role, exp, nbf, iss, aud } = payload;
  if (iss !== JWT_ISSUER || !(aud === JWT_AUDIENCE || (Array.isArray(aud) && aud.includes(JWT_AUDIENCE)))) return null;
  if (typeof exp !== 'number' || now >= exp) return null;
  if (nbf !== undefined && (typeof nbf !== 'number' || now < nbf)) return null;
  if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) return null;
  if (!ROLES.includes(role as Role)) return null;
  return { sub, sid, role: role as Role };
}
