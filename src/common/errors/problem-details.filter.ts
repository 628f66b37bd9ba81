import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { ClientGoneError } from '../http/client-gone.js';
import { AppError } from './app-error.js';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from './problem-details.js';
import { clientFacing } from './service-unavailable.js';

/** Codes for errors the framework raises on any route (no route, wrong method, body too large …). */
export const FRAMEWORK_CODES: Readonly<Record<number, string>> = {
  400: 'REQUEST.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  406: 'REQUEST.NOT_ACCEPTABLE',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.PAYLOAD_TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.RATE_LIMITED',
  503: 'SERVICE.UNAVAILABLE',
};

interface ErrorWithStatus {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Maps every error to RFC 9457 problem+json. Unknown errors become a 500 with no internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    // Nobody is waiting (a superseded search): its work was cancelled on purpose; nothing to report or send.
    if (thrown instanceof ClientGoneError) {
      this.logger.debug({ msg: 'client gone', requestId: request.id });
      const problem = { ...build(499, 'REQUEST.ERROR', 'The client closed the connection before the answer.'), ...locate(request) };
      void reply.status(499).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
      return;
    }
    // A database outage is a 503 with Retry-After (never a 401 or a 500: clients retry, staff stay signed in).
    const exception = clientFacing(thrown);
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500 && exception === thrown) {
      this.logger.error({ msg: 'unhandled error', requestId: request.id, err: describe(exception) });
    } else if (exception !== thrown) {
      this.logger.warn({ msg: 'database unavailable', requestId: request.id, err: describe(thrown) });
    }
    if (exception instanceof AppError) {
      for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    const base = locate(request);
    if (exception instanceof AppError) {
      return { ...build(exception.status, exception.code, exception.message), ...base, ...exception.extensions };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = FRAMEWORK_CODES[status] ?? (status >= 500 ? 'SERVER.ERROR' : 'REQUEST.ERROR');
      const detail = status >= 500 ? 'An unexpected error occurred.' : exceptionMessage(exception);
      return { ...build(status, code, detail), ...base };
    }
    const fastifyError = exception as ErrorWithStatus;
    const status = fastifyError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = FRAMEWORK_CODES[status] ?? 'REQUEST.ERROR';
      return { ...build(status, code, fastifyError.message ?? STATUS_CODES[status] ?? 'Bad request'), ...base };
    }
    return { ...build(HttpStatus.INTERNAL_SERVER_ERROR, 'SERVER.ERROR', 'An unexpected error occurred.'), ...base };
  }
}

/** Which request a problem answers. */
function locate(request: FastifyRequest): Pick<ProblemDetails, 'instance' | 'requestId'> {
  return { instance: request.url.split('?')[0], requestId: String(request.id) };
}

function build(status: number, code: string, detail: string): Omit<ProblemDetails, 'instance' | 'requestId'> {
  return { type: `https://httpstatuses.io/${status}`, title: STATUS_CODES[status] ?? 'Error', status, detail, code };
}

function exceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function describe(exception: unknown): Record<string, unknown> {
  if (exception instanceof Error) return { type: exception.name, message: exception.message, stack: exception.stack };
  return { type: typeof exception };
}
