import { spawn, type ChildProcess } from 'node:child_process';
import { eventually } from './queue-backends.js';

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

/** The first output line containing `text`, once it appears. */
export const logged = (p: Started, text: string): Promise<string> =>
  eventually(() => Promise.resolve(p.output.join('').split('\n').find((line) => line.includes(text))), 20_000);
