import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  output: string[];
  exit: Promise<number | null>;
}

/** Runs a compiled entry point (dist/) as its own process, as production does. */
export function startProcess(entry: string, env: Record<string, string | undefined>): Started {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  const child = spawn(process.execPath, [entry], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exit };
}

/** The first output line containing `text`, once it appears; refused if the process exits without writing it. */
export function logged(p: Started, text: string): Promise<string> {
  const found = (): string | undefined => p.output.join('').split('\n').find((line) => line.includes(text));
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const line = found();
      if (line === undefined) return;
      stop();
      resolve(line);
    };
    const exited = (code: number | null): void => {
      check();
      stop();
      reject(new Error(`the process exited (${code}) without logging "${text}":\n${p.output.join('')}`));
    };
    const stop = (): void => {
      p.child.stdout?.off('data', check);
      p.child.stderr?.off('data', check);
      p.child.off('exit', exited);
    };
    // Listeners added after startProcess's own, so the chunk is in `output` when these run.
    p.child.stdout?.on('data', check);
    p.child.stderr?.on('data', check);
    p.child.once('exit', exited);
    check();
  });
}
