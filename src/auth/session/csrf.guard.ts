import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { isCrossSitePost } from '../../common/http/same-origin.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CsrfRejectedError } from '../auth.errors.js';

export const CSRF_HEADER = 'x-csrf-protection';

/**
 * The cookie session routes act on ambient credentials (the refresh cookie), so each request must carry
 * `X-CSRF-Protection: 1` (a custom header: another origin can only send it after a CORS preflight, which
 * the API does not grant for these routes) and must not come from another site by Fetch Metadata or Origin.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.headers[CSRF_HEADER] !== '1' || isCrossSitePost(request, this.config.http.publicBaseUrl)) {
      throw new CsrfRejectedError();
    }
    return true;
  }
}
