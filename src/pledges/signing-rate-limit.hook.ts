import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../common/errors/app-error.js';
import { clientFacing } from '../common/errors/service-unavailable.js';
import type { AppConfig } from '../config/app-config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { errorPage } from './pages/signer-pages.js';
import { sendPage } from './pages/send-page.js';
import { SignRateLimitedError } from './pledges.errors.js';

/** The signing routes: the JSON API, and the hosted form (an HTML page answers it). */
const SIGNING_API = 'POST /public/pledges/:slug/signatures';
const SIGNING_FORM = 'POST /sign/:slug';

/**
 * The per-IP signing limit counts every submission, counted before its body is read: one refused later for a
 * malformed, too deep or invalid body counts as much as one accepted, so a client cannot make the API parse
 * and refuse bodies without limit. Over the limit: 429 with Retry-After (a page on the form).
 * Called before the routes are registered (createHttpApp).
 */
export function registerSigningRateLimit(fastify: FastifyInstance, limiter: RateLimiter, config: AppConfig['pledges']): void {
  const { signMaxPerIp, signWindowSeconds } = config;
  const refusal = async (request: FastifyRequest): Promise<Error | null> => {
    try {
      const verdict = await limiter.hit('pledge-sign-ip', request.ip, signMaxPerIp, signWindowSeconds);
      return verdict.allowed ? null : new SignRateLimitedError(verdict.retryAfterSeconds);
    } catch (error: unknown) {
      const facing = clientFacing(error);
      return facing instanceof Error ? facing : new Error('rate limiter failed');
    }
  };
  const limit = (form: boolean) => async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const error = await refusal(request);
    if (error === null) return undefined;
    if (!form || !(error instanceof AppError)) throw error;
    for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
    sendPage(reply, error.status, errorPage(error.status, error.code, error.message));
    return reply;
  };
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const keys = [route.method].flat().map((method) => `${method} ${route.url}`);
    const form = keys.includes(SIGNING_FORM);
    if (!form && !keys.includes(SIGNING_API)) return;
    route.onRequest = [...[route.onRequest ?? []].flat(), limit(form)];
  });
}
