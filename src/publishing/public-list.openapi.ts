import type { OpenAPIObject } from '@nestjs/swagger';
import { PARTNERS_PER_PAGE } from './published-pages.js';

type Paths = OpenAPIObject['paths'];

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
});
const cached = (description: string, mediaType: string) => ({
  '200': { description, content: { [mediaType]: { schema: { type: 'object' as const } } } },
  '304': { description: 'Not modified (If-None-Match / If-Modified-Since matched).' },
});

/** The public list endpoints are plain Fastify routes (for speed); they are documented here. */
export const PUBLIC_LIST_PATHS: Paths = {
  '/public/partners': {
    get: {
      tags: ['public'],
      operationId: 'getPublishedPartners',
      summary: 'The latest published partner list, whole or one page of 50 (gzip/br negotiated; ETag, Last-Modified, 304)',
      description:
        'Without `page`: the whole list, `{ version, publishedAt, count, partners }`. With `page=N`: page N of ' +
        `${PARTNERS_PER_PAGE} partners, \`{ version, publishedAt, page, pages, pageSize, total, partners }\`, with a \`Link\` ` +
        'header (first, prev, next, last). Each page is stored pre-serialised when the version is published and has its own ' +
        'strong ETag per encoding. A client walking the pages restarts if `version` changes between pages.',
      security: [],
      parameters: [
        {
          name: 'page',
          in: 'query',
          required: false,
          description: `A page of ${PARTNERS_PER_PAGE} partners (1-based); absent: the whole list.`,
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        ...cached('The latest snapshot, or one page of it', 'application/json'),
        '200': {
          description: 'The latest snapshot, or one page of it',
          headers: { Link: { description: 'With `page`: the first, prev, next and last pages (RFC 8288).', schema: { type: 'string' } } },
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        '400': problem('REQUEST.VALIDATION_FAILED (page is not a number from 1)'),
        '404': problem('PUBLICATION.NONE_YET, PUBLICATION.PAGE_NOT_FOUND (past the last page)'),
      },
    },
  },
  '/public/partners.csv': {
    get: {
      tags: ['public'],
      operationId: 'getPublishedPartnersCsv',
      summary: 'The latest published partner list as CSV',
      security: [],
      responses: { ...cached('The latest snapshot as CSV', 'text/csv'), '404': problem('PUBLICATION.NONE_YET') },
    },
  },
  '/public/partners/versions/{version}': {
    get: {
      tags: ['public'],
      operationId: 'getPublishedPartnersVersion',
      summary: 'A past published version (immutable), as JSON or with format=csv as its CSV',
      security: [],
      parameters: [
        { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
      ],
      responses: {
        ...cached('That version', 'application/json'),
        '200': {
          description: 'That version: its JSON document, or with format=csv its CSV',
          content: { 'application/json': { schema: { type: 'object' as const } }, 'text/csv': { schema: { type: 'string' as const } } },
        },
        '400': problem('REQUEST.VALIDATION_FAILED'),
        '404': problem('PUBLICATION.VERSION_NOT_FOUND'),
      },
    },
  },
  '/public/signatories': {
    get: {
      tags: ['public'],
      operationId: 'getPublishedSignatories',
      summary:
        'Per pledge, the count of approved signatories and those who may be shown: organisations (active partners that ' +
        'consent to be listed) and individuals who agreed to show their name (gzip/br negotiated; ETag, Last-Modified, 304)',
      security: [],
      responses: { ...cached('The signatories of the latest snapshot', 'application/json'), '404': problem('PUBLICATION.NONE_YET') },
    },
  },
  '/public/partners/changes': {
    get: {
      tags: ['public'],
      operationId: 'getPublishedPartnerChanges',
      summary: 'Entries added, changed and removed since a version, for incremental sync',
      security: [],
      parameters: [{ name: 'since', in: 'query', required: true, schema: { type: 'integer', minimum: 0 } }],
      responses: {
        ...cached('The differences', 'application/json'),
        '400': problem('REQUEST.VALIDATION_FAILED'),
        '404': problem('PUBLICATION.NONE_YET, PUBLICATION.VERSION_NOT_FOUND'),
      },
    },
  },
};
