// After `vite build`: measures the JavaScript a first load fetches (the entry script and every chunk
// it preloads, as index.html names them), compressed, and fails the build over the budget. It also
// writes .br and .gz variants of every text asset, which the API serves when the browser accepts them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;
const dist = resolve(import.meta.dirname, '../dist');

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = (bytes) => gzipSync(bytes, { level: 9 });

for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotli(bytes));
  writeFileSync(`${file}.gz`, gzip(bytes));
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/app\/([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) throw new Error('check-bundle-budget: index.html names no script');
let gz = 0;
let br = 0;
for (const script of new Set(scripts)) {
  const bytes = readFileSync(join(dist, script));
  gz += gzip(bytes).length;
  br += brotli(bytes).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// Gzip is the budget's measure (what every browser accepts); brotli, which the API prefers, is smaller.
console.log(`first-load JavaScript: ${kb(gz)} gzip, ${kb(br)} brotli (budget ${kb(FIRST_LOAD_BUDGET_BYTES)} gzip) in ${scripts.length} file(s)`);
if (gz > FIRST_LOAD_BUDGET_BYTES) {
  console.error(`first-load JavaScript is over its budget by ${kb(gz - FIRST_LOAD_BUDGET_BYTES)}: lazy-load a route or drop a dependency.`);
  process.exit(1);
}
