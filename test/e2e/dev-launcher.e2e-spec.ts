import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run dev` as a newcomer runs it: real npm, the real launcher, embedded PostgreSQL, the mail catcher,
 * the API and the worker; stopped the ways a terminal and a process manager stop it.
 */
interface Ports {
  api: number;
  pg: number;
  smtp: number;
  viewer: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A port nobody holds: listening on it works. */
function isFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

class Launch {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly waiters: { text: string; resolve: () => void }[] = [];

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv) {
    // A process group of its own, as a shell gives a foreground job: a terminal's Ctrl-C signals the group.
    this.child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      this.output += chunk.toString();
      for (const waiter of [...this.waiters]) {
        if (this.output.includes(waiter.text)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves once `text` has been printed; rejects if the launcher exits first. */
  printed(text: string): Promise<void> {
    if (this.output.includes(text)) return Promise.resolve();
    return Promise.race([
      new Promise<void>((resolve) => this.waiters.push({ text, resolve })),
      this.exited.then(() => {
        if (!this.output.includes(text)) throw new Error(`exited before printing "${text}":\n${this.output.slice(-3000)}`);
      }),
    ]);
  }

  signalGroup(signal: NodeJS.Signals): void {
    process.kill(-(this.child.pid ?? 0), signal);
  }

  /** Stops the signal's clock when npm (or the launcher) has exited and returned the prompt. */
  async stopTakes(send: () => void): Promise<number> {
    const started = process.hrtime.bigint();
    send();
    await this.exited;
    return Number(process.hrtime.bigint() - started) / 1e6;
  }
}

describe('npm run dev', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-dev-launcher-'));
  // Embedded PostgreSQL runs as the `postgres` user when the tests run as root: it must reach .data/pg.
  chmodSync(dataDir, 0o755);
  let ports: Ports;
  let env: NodeJS.ProcessEnv;
  const stopTimes: Record<string, number> = {};
  const launches: Launch[] = [];
  const startLaunch = (command: string, args: string[]): Launch => {
    const started = new Launch(command, args, env);
    launches.push(started);
    return started;
  };

  beforeAll(async () => {
    ports = { api: await freePort(), pg: await freePort(), smtp: await freePort(), viewer: await freePort() };
    // What a developer's shell has: none of the test run's own settings.
    env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG };
    Object.assign(env, {
      PORT: String(ports.api),
      DEV_PG_PORT: String(ports.pg),
      DEV_SMTP_PORT: String(ports.smtp),
      DEV_MAIL_VIEWER_PORT: String(ports.viewer),
      DEV_DATA_DIR: dataDir,
    });
  });
  afterAll(async () => {
    // A failed test may leave a launcher running: stop it as a process manager would.
    for (const started of launches.filter((l) => l.child.exitCode === null && l.child.signalCode === null)) {
      started.child.kill('SIGTERM');
      await started.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    // For the notes: how long each way of stopping took to return the prompt.
    console.log(`dev launcher stop times (ms): ${JSON.stringify(stopTimes)}`);
  });

  const expectEverythingStopped = async (launch: Launch): Promise<void> => {
    expect(await isFree(ports.api)).toBe(true);
    expect(await isFree(ports.pg)).toBe(true);
    expect(await isFree(ports.smtp)).toBe(true);
    expect(await isFree(ports.viewer)).toBe(true);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    // No stack dumps, no connection errors: nothing went away under something still using it.
    expect(launch.output).not.toMatch(/"level":"(error|fatal)"|terminating connection|\n\s+at /);
  };

  const expectStoppedInOrder = (launch: Launch): void => {
    const order = ['stopped API and worker', 'stopped PostgreSQL', 'stopped mail catcher'].map((line) => launch.output.indexOf(line));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  };

  it('starts to a banner with nothing but a few lines before it, publishes at once, and Ctrl-C stops it all in order', async () => {
    const launch = startLaunch('npm', ['run', 'dev']);
    await launch.printed('Partnership CRM is running');
    const beforeBanner = launch.output.slice(0, launch.output.indexOf('Partnership CRM is running'));
    expect(beforeBanner).not.toMatch(/Mapped \{|RoutesResolver|InstanceLoader/);
    expect(beforeBanner.split('\n').length).toBeLessThan(40);

    // The demo's listed partners are public from the first start, not after the hourly publish.
    const base = `http://127.0.0.1:${ports.api}`;
    const listed = await fetch(`${base}/public/partners`);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { partners: unknown[] }).partners.length).toBeGreaterThan(0);
    // The banner names the pages a newcomer goes to; each answers.
    for (const path of ['/sign/pact', '/sign/city-plan', '/public/signatories']) {
      expect(launch.output).toContain(`http://localhost:${ports.api}${path}`);
      expect((await fetch(`${base}${path}`)).status).toBe(200);
    }

    // The README's "Try the API" commands work as written: the token they use is one they obtained.
    const readme = readFileSync('README.md', 'utf8');
    const tryIt = /Try the API[^\n]*\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(tryIt).toContain('ACCESS_TOKEN=');
    const answer = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-euo', 'pipefail', '-c', tryIt.replaceAll('localhost:3000', `127.0.0.1:${ports.api}`)], (error, stdout) => {
        if (error) reject(new Error(`the README's commands failed: ${error.message}`));
        else resolve(stdout);
      }),
    );
    expect(answer).toContain('"email":"admin@example.org"');
    expect(answer).toContain('"items":[');

    stopTimes.ctrlC = await launch.stopTakes(() => launch.signalGroup('SIGINT'));
    expect(await launch.exited).toMatchObject({ signal: null });
    expectStoppedInOrder(launch);
    await expectEverythingStopped(launch);
  }, 600_000);

  it('SIGTERM to npm (as a process manager sends it) stops everything, in order', async () => {
    const launch = startLaunch('npm', ['run', 'dev']);
    await launch.printed('Partnership CRM is running');
    stopTimes.sigtermToNpm = await launch.stopTakes(() => launch.child.kill('SIGTERM'));
    expectStoppedInOrder(launch);
    await expectEverythingStopped(launch);
  }, 600_000);

  it('a second Ctrl-C stops at once what is still shutting down', async () => {
    const launch = startLaunch(process.execPath, ['scripts/dev.mjs']);
    await launch.printed('Partnership CRM is running');
    // A request still arriving keeps the API's graceful close waiting for it.
    const slow = await import('node:net').then(({ connect }) => connect(ports.api, '127.0.0.1'));
    await new Promise((resolve) => slow.once('connect', resolve));
    slow.write(`POST /api/v1/auth/login HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`);
    slow.on('error', () => undefined);
    launch.signalGroup('SIGINT');
    await launch.printed('stopping (SIGINT)');
    // One Ctrl-C reaches the launcher twice when npm forwards it; a second press comes later. If everything has
    // stopped by then (the half-sent request may be cut short first), the press lands on nothing: also fine.
    await new Promise((resolve) => setTimeout(resolve, 550));
    stopTimes.secondCtrlC = await launch.stopTakes(() => {
      try {
        launch.signalGroup('SIGINT');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    });
    slow.destroy();
    if (!launch.output.includes('stopping now')) console.log('the first Ctrl-C had finished before the second');
    expectStoppedInOrder(launch);
    await expectEverythingStopped(launch);
  }, 600_000);
});
