import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';

/** The reason a ClientGone signal aborts with: nobody is waiting for this response any more. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before its response was sent');
    this.name = 'ClientGoneError';
  }
}

/**
 * Aborted when the connection closes before the response is finished: the staff app's search as you type
 * abandons the request of every superseded keystroke, and its statement need not run on (see queryUnlessGone).
 */
export function clientGoneSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort(new ClientGoneError());
  });
  return controller.signal;
}

/** A route handler's parameter: the request's ClientGone signal. */
export const ClientGone = createParamDecorator((_: unknown, ctx: ExecutionContext): AbortSignal =>
  clientGoneSignal(ctx.switchToHttp().getResponse<FastifyReply>().raw),
);
