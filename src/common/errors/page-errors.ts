import { HttpException, type ArgumentsHost, type Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';
import { clientFacing } from './service-unavailable.js';

const FRAMEWORK_CODES: Record<number, string> = { 400: 'REQUEST.BAD_REQUEST', 404: 'ROUTE.NOT_FOUND', 413: 'REQUEST.PAYLOAD_TOO_LARGE' };

/** Sends the error page for a status, a stable code and a sentence for the person reading it. */
export type SendErrorPage = (reply: FastifyReply, status: number, code: string, message: string) => void;

/**
 * The one rule for errors on pages a person reads (the signing pages, the partner portal): the status and stable
 * code are the API's (in the page's markup as `data-error-code`), and so are its headers (Retry-After on a 429);
 * anything unexpected is logged and shown as a 500 without internals.
 */
export function answerWithErrorPage(thrown: unknown, host: ArgumentsHost, logger: Logger, send: SendErrorPage): void {
  const exception = clientFacing(thrown);
  const reply = host.switchToHttp().getResponse<FastifyReply>();
  const request = host.switchToHttp().getRequest<FastifyRequest>();
  if (exception instanceof AppError) {
    for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
    send(reply, exception.status, exception.code, exception.message);
    return;
  }
  const status = exception instanceof HttpException ? exception.getStatus() : 500;
  if (status >= 500) {
    logger.error({ msg: 'unhandled error', requestId: request.id, err: exception instanceof Error ? exception.message : typeof exception });
    send(reply, 500, 'SERVER.ERROR', 'Something went wrong on our side. Please try again later.');
    return;
  }
  send(reply, status, FRAMEWORK_CODES[status] ?? 'REQUEST.ERROR', 'The page could not be shown for this request.');
}
