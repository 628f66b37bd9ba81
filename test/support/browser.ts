import { describe, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium (CHROMIUM_PATH overrides). .ci/run installs it and sets REQUIRE_BROWSER=1, so CI
 * fails without it; on a developer machine without Chromium browser suites are skipped with a notice.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_BROWSER = existsSync(CHROMIUM);
const REQUIRED = process.env.REQUIRE_BROWSER === '1';

export const describeWithBrowser = HAS_BROWSER || REQUIRED ? describe : describe.skip;
if (!HAS_BROWSER && !REQUIRED) process.stderr.write(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)\n`);

let earlierStepFailed: string | undefined;

/**
 * A test in a browser file whose tests walk one page through a story, each starting where the last stopped.
 * Once one fails, the later ones fail at once naming it, instead of each waiting on a screen that never
 * comes until Jest's timeout (Playwright's own deadlines are off, below). Module state is per test file.
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

/** Screenshots and other files a test leaves for people to look at. */
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Headless Chromium with the flags this machine's closed network needs, in a throwaway profile. Playwright's
 * own 30 s deadlines (launch, navigation, each action and expectation) are off: on a loaded machine a page
 * takes as long as it takes, and Jest's testTimeout is the suite's one hang guard.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 0,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
