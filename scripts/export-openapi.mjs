// Writes the API's OpenAPI document to a file without a database: Nest builds the module graph in
// preview mode (no provider is instantiated, so nothing connects), which is all the document needs.
// Run after `npm run build` (the build does): node scripts/export-openapi.mjs [out-file]
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.argv[2] ?? 'dist/openapi.json');

// The config module validates the environment when it is imported; give it placeholders that
// nothing reads (preview mode opens no connection). Real values, where set, win.
process.env.DATABASE_URL ??= 'postgres://offline@127.0.0.1:1/openapi_export';
process.env.JWT_SECRET ??= 'openapi-export-placeholder-secret-not-used-for-anything';
process.env.DATA_PROTECTION_HASH_KEY ??= 'openapi-export-placeholder-key-not-used-for-anything';
process.env.SMTP_URL ??= 'smtp://127.0.0.1:1';

const { NestFactory } = await import('@nestjs/core');
const { FastifyAdapter } = await import('@nestjs/platform-fastify');
const { AppModule } = await import('../dist/src/app.module.js');
const { buildOpenApiDocument } = await import('../dist/src/http-app.js');

const app = await NestFactory.create(AppModule, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
const document = buildOpenApiDocument(app);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
await app.close();
