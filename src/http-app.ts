import helmet from '@fastify/helmet';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Logger } from 'pino';
import type { IncomingMessage, RequestListener, Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { registerDocumentUploads } from './agreements/documents/document-upload.transport.js';
import { AppModule } from './app.module.js';
import { AccessTokenCodec } from './auth/access-token.codec.js';
import { bearerCheck } from './auth/bearer-check.js';
import { PrincipalStore } from './auth/principals/principal-store.js';
import { FRAMEWORK_CODES } from './common/errors/problem-details.filter.js';
import { registerPrivacyNotice } from './data-protection/privacy-notice.js';
import { MAX_JSON_DEPTH, registerJsonOnlyRoutes, registerJsonParser } from './common/http/json-body.js';
import { addPublicCorsHeaders, registerPublicPreflight } from './common/http/public-cors.js';
import { hasRouteFlag } from './common/http/raw-upload.js';
import { RejectMalformedTextPipe } from './common/http/reject-malformed-text.pipe.js';
import { requestIdOf } from './common/http/request-id.js';
import { createValidationPipe } from './common/http/validation.js';
import { registerPartnerImportUploads } from './partner-imports/upload/csv-upload.transport.js';
import { registerSigningRateLimit } from './pledges/signing-rate-limit.hook.js';
import { RateLimiter } from './rate-limit/rate-limiter.service.js';
import { PublicListFastPath } from './publishing/public-list.fast-path.js';
import { PUBLIC_LIST_PATHS } from './publishing/public-list.openapi.js';
import type { AppConfig } from './config/app-config.js';
import { registerWebApp } from './web-app/web-app.routes.js';

export interface HttpAppOptions {
  /** Called for every route Fastify registers (the route × role matrix test enumerates them). */
  onRoute?: (method: string, url: string) => void;
}

/** Builds the HTTP API exactly as production runs it; tests use the same function. */
export async function createHttpApp(
  config: AppConfig,
  logger: Logger,
  nestLogger: LoggerService,
  options: HttpAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    // Slow clients: all headers within HTTP_HEADERS_TIMEOUT_MS, the whole request within HTTP_REQUEST_TIMEOUT_MS
    // (Node answers 408 and closes), checked often enough that a limit overshoots by at most 2 s.
    requestTimeout: config.http.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(config.http.headersTimeoutMs, config.http.requestTimeoutMs),
      requestTimeout: config.http.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(2000, Math.ceil(config.http.headersTimeoutMs / 4)),
    },
    // Trust X-Forwarded-For from the first N hops only (0 = the socket address is the client).
    trustProxy: (_address: string, hop: number) => hop < config.http.trustProxyHops,
    requestIdHeader: false,
    // Accept a caller's well-formed request id (e.g. from a proxy), else make one.
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    // Fastify's own request logs would include raw URLs; the onResponse hook below logs safely.
    logger: false,
  });
  const { onRoute } = options;
  if (onRoute) {
    adapter.getInstance().addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) onRoute(method, route.url);
    });
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { logger: nestLogger, bufferLogs: true });
  await configureHttpApp(app, config, logger);
  return app;
}

async function configureHttpApp(app: NestFastifyApplication, config: AppConfig, logger: Logger): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Agreement documents are uploaded as raw bodies, with their own size limit, refused before the body is read
  // unless the bearer token is live.
  const authenticate = bearerCheck(app.get(AccessTokenCodec), app.get(PrincipalStore));
  registerDocumentUploads(fastify, config.documents.maxBytes, authenticate);
  // Partner CSV imports too (text/csv), with theirs.
  registerPartnerImportUploads(fastify, config.partnerImports.maxBytes, authenticate);
  // JSON bodies: depth-checked while parsing; every route but the hosted forms and the uploads takes JSON only.
  registerJsonParser(app, config.http.bodyLimitBytes);
  registerJsonOnlyRoutes(fastify, (route) => route.url.startsWith('/sign/') || route.url === '/portal' || route.url.startsWith('/portal/') || hasRouteFlag(route, 'documentUpload') || hasRouteFlag(route, 'partnerImportUpload'));
  // Signing submissions count against the per-IP limit before their bodies are read.
  registerSigningRateLimit(fastify, app.get(RateLimiter), config.pledges);
  // Every hosted page (signing, portal) ends with the configured privacy notice.
  registerPrivacyNotice(fastify, config.privacy);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Only behind HTTPS: over plain http (dev, tests) browsers would upgrade form posts to a port with no TLS.
        'upgrade-insecure-requests': config.http.publicBaseUrl.startsWith('https:') ? [] : null,
      },
    },
  });
  // The staff app (web/), same origin, under the CSP above: its build has no inline script.
  await registerWebApp(fastify, config.http.webAppDir);
  app.enableCors({ origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false, maxAge: 600 });
  registerPublicPreflight(fastify);
  app.useGlobalPipes(new RejectMalformedTextPipe(), createValidationPipe());
  // While draining on shutdown, tell keep-alive clients to go so the server can close once
  // in-flight requests are answered.
  let draining = false;
  fastify.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  // Callback hooks rather than async ones: these run on every request, and a callback costs no promise.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    if (draining) void reply.header('connection', 'close');
    // Staff data must never sit in shared caches.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    addPublicCorsHeaders(request, reply);
    done(null, payload);
  });
  // The access line holds only what the hook below puts in it (request id, method, route pattern, status,
  // duration), never a credential, so it skips the redaction pass: about half the cost of a line, paid on
  // every request (the most on the public list routes, the busiest).
  const accessLog = logger.child({}, { redact: [] });
  fastify.addHook('onResponse', (request, reply, done) => {
    // Route pattern, not the raw URL: query strings may carry personal data.
    accessLog.info({
      msg: 'request',
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });
  answerPublicListEarly(app, (line) => accessLog.info(line), () => draining);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}

interface AccessLine {
  msg: 'request';
  requestId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
}

/**
 * The public list's busiest requests are answered before Fastify sees them (PublicListFastPath: from memory, the
 * same status, headers and bytes as its route), with the same request id and access line as every other request.
 * While draining, everything goes through Fastify, which tells clients to close.
 */
function answerPublicListEarly(app: NestFastifyApplication, log: (line: AccessLine) => void, draining: () => boolean): void {
  const fastPath = app.get(PublicListFastPath);
  const server: Server = app.getHttpServer();
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`expected Fastify's one request listener, found ${listeners.length}`);
  const [fastify] = listeners;
  server.removeListener('request', fastify);
  server.on('request', (req, res) => {
    if (draining()) return fastify.call(server, req, res);
    const started = performance.now();
    const answered = fastPath.answer(req, res, requestIdOf);
    if (answered === null) return fastify.call(server, req, res);
    log({ msg: 'request', requestId: answered.requestId, method: 'GET', route: '/public/partners', status: answered.status, ms: Math.round(performance.now() - started) });
  });
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Partnership CRM and PACT registry')
    .setDescription(
      'Staff API (`/api/v1`, bearer JWT) for partner records, dialogue, agreements and pledges, and the public endpoints. ' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code`. Besides the codes each operation lists, ' +
        `any route may answer ${Object.entries(FRAMEWORK_CODES).map(([status, code]) => `${status} ${code}`).join(', ')}, ` +
        `400 REQUEST.JSON_TOO_DEEP (a JSON body nested more than ${MAX_JSON_DEPTH} levels), ` +
        'and 500 SERVER.ERROR (no internals; the details go to the log). Routes with a JSON body take no other type ' +
        '(anything else: 415 REQUEST.UNSUPPORTED_MEDIA_TYPE, before the body is read). The hosted signing pages under /sign/ (HTML, not ' +
        'described here) answer with the same statuses and codes, and refuse a cross-site form post with 403 PLEDGE.CROSS_SITE_FORM.',
    )
    .setVersion('1')
    .setLicense('Proprietary', 'https://example.org/licence')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth('crm_refresh', { type: 'apiKey', in: 'cookie', description: 'The staff app session\'s refresh token (HttpOnly).' }, 'refreshCookie')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  Object.assign(document.paths, PUBLIC_LIST_PATHS);
  markPublicOperations(document);
  return document;
}

/** Staff routes declare bearer auth (StaffRoute()); every other operation is public: say so explicitly. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (operation && !operation.security) operation.security = [];
    }
  }
}
