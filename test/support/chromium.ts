import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium (CHROMIUM_PATH overrides), launched for the browser tests and the browser benchmark.
 * Kept apart from browser.ts, which is for Jest only: the benchmark runs in plain Node.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
