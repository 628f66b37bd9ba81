import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerId } from './test-run.js';

/**
 * The suite-wide personal-data check. Test people get addresses on a few reserved test domains, and the
 * factories register the names they make up. Every line any test app logs is appended to the run's directory;
 * global teardown scans those logs and the queue backends' job data for any such address or registered name
 * and fails the run if it finds one (see global-teardown.ts).
 */

/** Addresses of test people: any of these in a log line or a job record is a leak. */
export const TEST_EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*(?:partner|org|home|staff)\.test\b/gi;

/** The run's scratch directory (created by global setup), or undefined outside a jest run. */
export function runDirectory(): string | undefined {
  return process.env.CRM_TEST_RUN_DIR;
}

/** Records names (and other personal values) a test made up, so the end-of-run scan looks for them too. */
export function registerSubject(...values: (string | null | undefined)[]): void {
  const dir = runDirectory();
  const kept = values.filter((v): v is string => typeof v === 'string' && v.trim().length >= 3 && !v.includes('@'));
  if (!dir || kept.length === 0) return;
  appendFileSync(join(dir, `subjects-w${workerId()}.txt`), kept.map((v) => `${JSON.stringify(v)}\n`).join(''));
}

/** Appends what a test app logged to the run's log file (one per Jest worker, so parallel writers never interleave). */
export function keepLog(chunk: string): void {
  const dir = runDirectory();
  if (dir) appendFileSync(join(dir, `app-w${workerId()}.log`), chunk);
}

/** Every worker's registered subjects. */
export function registeredSubjects(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const lines = readdirSync(dir)
    .filter((f) => /^subjects.*\.txt$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  return [...new Set(lines.filter(Boolean).map((line) => JSON.parse(line) as string))];
}

export function keptLogs(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
}

export interface Finding {
  /** Where: "logs", "queue postgres bullmq.job", "queue redis <key>"... */
  source: string;
  /** What was found (the address or name itself: test data, safe to print). */
  found: string;
  /** A little of the surrounding text. */
  context: string;
}

/** Every test address and registered name in the texts, with a little context. */
export function findPersonalData(texts: readonly { source: string; text: string }[], names: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const context = (text: string, index: number, length: number): string =>
    text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, ' ');
  for (const { source, text } of texts) {
    for (const match of text.matchAll(TEST_EMAIL_PATTERN)) {
      findings.push({ source, found: match[0], context: context(text, match.index, match[0].length) });
    }
    const lower = text.toLowerCase();
    for (const name of names) {
      const index = lower.indexOf(name.toLowerCase());
      if (index >= 0) findings.push({ source, found: name, context: context(text, index, name.length) });
    }
  }
  return findings;
}
