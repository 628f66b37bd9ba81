import type { FastifyRequest } from 'fastify';
import type { SignerContext } from './signing.service.js';

/** The client address (after TRUST_PROXY_HOPS) and user agent of a public request, kept as evidence. */
export function signerContext(request: FastifyRequest): SignerContext {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null };
}
