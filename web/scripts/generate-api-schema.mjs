// Regenerates web/src/api/schema.d.ts from dist/openapi.json (written by scripts/export-openapi.mjs).
// A changed file means the committed client was stale: locally it is rewritten (commit it); in CI
// (CI=true) the build fails, so a stale client never lands.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderApiSchema } from './api-schema.mjs';

const root = resolve(import.meta.dirname, '../..');
const documentFile = resolve(root, process.argv[2] ?? 'dist/openapi.json');
const target = resolve(root, 'web/src/api/schema.d.ts');

const next = await renderApiSchema(JSON.parse(readFileSync(documentFile, 'utf8')));
const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (next !== current) {
  if (process.env.CI) {
    console.error('web/src/api/schema.d.ts is stale: run `npm run build` and commit the regenerated file.');
    process.exit(1);
  }
  writeFileSync(target, next);
  console.log('web/src/api/schema.d.ts regenerated from the API: commit it with your API change.');
}
