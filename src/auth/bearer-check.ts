import type { AccessTokenCodec } from './access-token.codec.js';
import type { PrincipalStore } from './principals/principal-store.js';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * What JwtAuthGuard checks, for transports that must judge a token before Nest runs (the raw uploads refuse a
 * bad one before reading the body): a well-formed bearer token, signed by this API, unexpired, of a live session
 * of an active user. Database errors propagate (a 503).
 */
export function bearerCheck(codec: AccessTokenCodec, principals: PrincipalStore): (authorization: string | undefined) => Promise<boolean> {
  return async (authorization) => {
    const token = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
    const claims = token === undefined ? null : codec.verify(token);
    return claims !== null && (await principals.find(claims.sid, claims.sub)) !== null;
  };
}
