import type { FastifyInstance } from 'fastify';
import { registerRawUpload, type BearerCheck } from '../../common/http/raw-upload.js';
import { DocumentTooLargeError, DocumentTypeNotAllowedError } from './agreement-documents.errors.js';
import { ALLOWED_MEDIA_TYPES } from './document-types.js';

/** Route config (set with `@RouteConfig(DOCUMENT_UPLOAD_ROUTE)`) marking the raw-body upload route. */
export const DOCUMENT_UPLOAD_ROUTE = { documentUpload: true } as const;

/** text/plain keeps Fastify's built-in parser (a string; see isPlainText); these become Buffers. */
const BINARY_MEDIA_TYPES = ALLOWED_MEDIA_TYPES.filter((type) => type !== 'text/plain');

/** Agreement documents are the raw request body, with their own size limit (see registerRawUpload). */
export function registerDocumentUploads(fastify: FastifyInstance, maxBytes: number, authenticate: BearerCheck): void {
  registerRawUpload(fastify, {
    flag: 'documentUpload',
    bufferedTypes: BINARY_MEDIA_TYPES,
    acceptedTypes: ALLOWED_MEDIA_TYPES,
    maxBytes,
    authenticate,
    tooLarge: (max) => new DocumentTooLargeError(max),
    unsupported: (mediaType) => new DocumentTypeNotAllowedError(mediaType, ALLOWED_MEDIA_TYPES),
  });
}
