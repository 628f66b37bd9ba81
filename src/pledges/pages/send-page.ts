import type { FastifyReply } from 'fastify';

/** Pages carry personal data or secret links: never cached, and never sent as a referrer. */
export function sendPage(reply: FastifyReply, status: number, html: string): void {
  void reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}
