import type { OpenAPIObject } from '@nestjs/swagger';

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
      summary: 'The latest published partner list (gzip/br negotiated; ETag, Last-Modified, 304)',
      security: [],
      responses: { ...cached('The latest snapshot', 'application/json'), '404': problem('PUBLICATION.NONE_YET') },
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
      summary: 'A past published version (immutable)',
      security: [],
      parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      responses: { ...cached('That version', 'application/json'), '404': problem('PUBLICATION.VERSION_NOT_FOUND') },
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
