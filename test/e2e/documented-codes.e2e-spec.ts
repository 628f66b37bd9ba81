import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The OpenAPI document is the one source of truth for error codes and their statuses: every code the README
 * or docs/ name must be one an operation documents, and a status written beside it (`409 \`X.Y\``) must be
 * one that code is documented with.
 */
function markdownFiles(): string[] {
  const docs = existsSync('docs') ? readdirSync('docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')) : [];
  return ['README.md', ...docs.map((f) => join('docs', f))];
}

const CODE = /(?:\b([1-5]\d\d) )?`([A-Z][A-Z_]+\.[A-Z][A-Z_]+)`/g;

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>>;
}

describe('error codes in the README and docs', () => {
  let app: TestApp;
  /** code → statuses the OpenAPI document gives it in an operation's responses. */
  const documented = new Map<string, Set<number>>();
  /** Every code the document names anywhere (its description lists the ones any route may answer). */
  let named = new Set<string>();

  beforeAll(async () => {
    app = await startTestApp();
    const response = await app.http().get('/openapi.json').expect(200);
    const openApi = response.body as OpenApiDocument;
    named = new Set(response.text.match(/[A-Z][A-Z_]+\.[A-Z][A-Z_]+/g));
    for (const item of Object.values(openApi.paths)) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          for (const code of response.description?.match(/[A-Z][A-Z_]+\.[A-Z][A-Z_]+/g) ?? []) {
            documented.set(code, (documented.get(code) ?? new Set()).add(Number(status)));
          }
        }
      }
    }
  });
  afterAll(() => app.close());

  it('are codes the API documents, with the status the API documents', () => {
    const wrong: string[] = [];
    for (const file of markdownFiles()) {
      for (const [, status, code] of readFileSync(file, 'utf8').matchAll(CODE)) {
        const statuses = documented.get(code);
        if (!named.has(code)) wrong.push(`${file}: ${code} is not in the OpenAPI document`);
        else if (status && statuses && !statuses.has(Number(status))) wrong.push(`${file}: ${status} ${code}, but OpenAPI gives ${[...statuses].join('/')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
