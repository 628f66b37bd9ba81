// Puts a finished build in place of the served one in two renames, so the API serving web/dist (a running
// `npm run dev`, or a test beside a rebuild) never finds the folder half-emptied, as `vite build` leaves it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const web = resolve(import.meta.dirname, '..');
const next = resolve(web, 'dist-next');
const dist = resolve(web, 'dist');
const old = resolve(web, `dist-old-${process.pid}`);

if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
