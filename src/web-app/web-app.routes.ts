import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from '../common/errors/problem-details.js';

export const WEB_APP_PREFIX = '/app/';
/** Vite writes content-hashed file names under assets/: a new build means new names, so they never go stale. */
const IMMUTABLE = { maxAge: 31_536_000_000, immutable: true } as const;

/** Every file of the build, relative to its root with forward slashes (only these are ever served). */
function listBuild(root: string): Set<string> {
  if (!existsSync(root)) return new Set();
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return new Set(files);
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: string, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send({
      type: `https://httpstatuses.io/${status}`,
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      code,
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    });
}

/**
 * Serves the staff app's build at /app/: hashed assets cached for good, index.html revalidated on
 * every load, and every other /app/ path answered with index.html so the app's own router shows it.
 * `/` sends people to the app. The files are listed once at start; a rebuild needs a restart.
 */
export async function registerWebApp(fastify: FastifyInstance, root: string): Promise<void> {
  const files = listBuild(root);
  // Brotli and gzip variants written by the build (web/scripts/check-bundle-budget.mjs) are served when accepted.
  await fastify.register(fastifyStatic, { root, serve: false, preCompressed: true, etag: true, lastModified: false });

  const serve = (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply): FastifyReply => {
    const path = request.params['*'] ?? '';
    if (!files.has('index.html')) {
      return sendProblem(request, reply, 503, 'WEB_APP.NOT_BUILT', 'The staff app has not been built: run `npm run build`.');
    }
    if (files.has(path) && path !== 'index.html') {
      if (path.startsWith('assets/')) return reply.sendFile(path, IMMUTABLE);
      return reply.header('cache-control', 'no-cache').sendFile(path, { cacheControl: false });
    }
    // A missing asset must not be answered with the app's HTML (the browser would try to run it).
    if (path.startsWith('assets/') || /\.[a-z0-9]+$/i.test(path)) {
      return sendProblem(request, reply, 404, 'WEB_APP.FILE_NOT_FOUND', 'There is no such file in the staff app.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };

  fastify.get('/', (_request, reply) => reply.redirect(WEB_APP_PREFIX, 302));
  fastify.get('/app', (_request, reply) => reply.redirect(WEB_APP_PREFIX, 302));
  fastify.get('/app/', serve);
  fastify.get('/app/*', serve);
}
