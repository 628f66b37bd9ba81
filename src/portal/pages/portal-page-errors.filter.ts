import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { clientFacing } from '../../common/errors/service-unavailable.js';
import { sendPage } from '../../pledges/pages/send-page.js';
import { portalErrorPage } from './portal-pages.js';

const FRAMEWORK_CODES: Record<number, string> = { 400: 'REQUEST.BAD_REQUEST', 404: 'ROUTE.NOT_FOUND', 413: 'REQUEST.PAYLOAD_TOO_LARGE' };

/** Errors in the portal are pages a person reads; the status and stable code are the API's (`data-error-code`). */
@Catch()
export class PortalPageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('PortalPages');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const exception = clientFacing(thrown);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof AppError) {
      for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
      sendPage(reply, exception.status, portalErrorPage(exception.status, exception.code, exception.message));
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500) {
      this.logger.error({ msg: 'unhandled error', requestId: request.id, err: exception instanceof Error ? exception.message : typeof exception });
      sendPage(reply, 500, portalErrorPage(500, 'SERVER.ERROR', 'Something went wrong on our side. Please try again later.'));
      return;
    }
    sendPage(reply, status, portalErrorPage(status, FRAMEWORK_CODES[status] ?? 'REQUEST.ERROR', 'The page could not be shown for this request.'));
  }
}
