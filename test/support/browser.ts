import { describe, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.js';

export { ARTIFACTS, CHROMIUM, launchBrowser, type Browser } from './chromium.js';

/**
 * Browser suites need Debian's Chromium (see chromium.ts). .ci/run installs it and sets REQUIRE_BROWSER=1, so CI
 * fails without it; on a developer machine without Chromium browser suites are skipped with a notice.
 */
const HAS_BROWSER = existsSync(CHROMIUM);
const REQUIRED = process.env.REQUIRE_BROWSER === '1';

export const describeWithBrowser = HAS_BROWSER || REQUIRED ? describe : describe.skip;
if (!HAS_BROWSER && !REQUIRED) process.stderr.write(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)\n`);

let earlierStepFailed: string | undefined;

/**
 * A test in a browser file whose tests walk one page through a story, each starting where the last stopped.
 * Once one fails, the later ones fail at once naming it, instead of each waiting on a screen that never
 * comes until Jest's timeout (Playwright's own deadlines are off: see chromium.ts). Module state is per test file.
 */
export function step(name: string, fn: () => Promise<void>): void {
  it(name, async () => {
    if (earlierStepFailed !== undefined) throw new Error(`not run: the earlier step "${earlierStepFailed}" failed, and this one starts where it ended`);
    try {
      await fn();
    } catch (error) {
      earlierStepFailed = name;
      throw error;
    }
  });
}
