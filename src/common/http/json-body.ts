import { HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload, RouteOptions } from 'fastify';
import type { Server } from 'node:http';
import { AppError } from '../errors/app-error.js';
import { mediaTypeOf } from './raw-upload.js';

/**
 * The deepest nesting (objects and arrays) a JSON body may have. No request body of this API comes near it
 * (the deepest DTOs are 3 levels); the limit is what keeps class-transformer's recursion far from the stack.
 */
export const MAX_JSON_DEPTH = 32;

export class JsonTooDeepError extends AppError {
  constructor() {
    super('REQUEST.JSON_TOO_DEEP', HttpStatus.BAD_REQUEST, `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`, { maxDepth: MAX_JSON_DEPTH });
  }
}

export class JsonRequiredError extends AppError {
  constructor(mediaType: string) {
    super('REQUEST.UNSUPPORTED_MEDIA_TYPE', HttpStatus.UNSUPPORTED_MEDIA_TYPE, `This route takes a JSON body (Content-Type: application/json), not ${mediaType || 'a body without a type'}.`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/**
 * Whether the JSON text nests deeper than `max`: one pass over the bytes, outside strings (UTF-8 continuation
 * bytes are never ASCII, so a byte scan is exact). Linear and allocation-free: 800 KB take about a millisecond.
 */
export function jsonDeeperThan(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      depth += 1;
      if (depth > max) return true;
    } else if (CLOSE.has(byte)) depth -= 1;
  }
  return false;
}

/**
 * JSON bodies: parsed by Fastify's own parser (prototype-poisoning checks included) after a depth check, so a
 * deeply nested body is a quick 400 REQUEST.JSON_TOO_DEEP before anything recurses over it.
 */
export function registerJsonParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    if (jsonDeeperThan(body, MAX_JSON_DEPTH)) {
      done(new JsonTooDeepError(), undefined);
      return;
    }
    void parse(request, body.toString('utf8'), done);
  });
}

type Done = (error: Error | null, payload?: RequestPayload) => void;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Every route takes JSON only, except those `takesOtherBodies` names (the hosted HTML forms, the raw uploads):
 * a body of any other type is refused with 415 before it is read. Browsers send form, text/plain and multipart
 * posts cross-site without a CORS preflight; a JSON body needs one, which other sites do not pass.
 * Called before the routes are registered (createHttpApp).
 */
export function registerJsonOnlyRoutes(fastify: FastifyInstance, takesOtherBodies: (route: RouteOptions) => boolean): void {
  const check = (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: Done): void => {
    const mediaType = mediaTypeOf(request.headers['content-type']);
    const refused = hasBody(request) && mediaType !== 'application/json';
    done(refused ? new JsonRequiredError(mediaType) : null, payload);
  };
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    if (!methods.some((m) => BODY_METHODS.has(m)) || takesOtherBodies(route)) return;
    route.preParsing = [check, ...[route.preParsing ?? []].flat()];
  });
}
