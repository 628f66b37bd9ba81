import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { EnvironmentVariables } from '../../src/config/environment.js';

const DOC = 'docs/configuration.md';

/** The generated table's rows: variable → its default cell, as the checked-in file has them. */
function documentedDefaults(markdown: string): Map<string, string> {
  const rows = markdown.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| (?:[^|\\]|\\.)+ \| ((?:[^|\\]|\\.)+) \| (?:[^|\\]|\\.)+ \|$/gm);
  return new Map([...rows].map(([, name, defaultCell]) => [name, defaultCell]));
}

/** How the generator writes a default: a value in backticks, `empty`, `unset` or **required**. */
function expectedDefault(value: string | number | boolean | undefined, optional: boolean): string {
  if (value === undefined) return optional ? 'unset' : '**required**';
  return value === '' ? 'empty' : `\`${String(value)}\``;
}

describe('docs/configuration.md', () => {
  it('is what `npm run docs:config` writes from src/config/environment.ts (run it and commit when this fails)', () => {
    const generated = execFileSync(process.execPath, ['scripts/generate-config-docs.mjs', '--stdout'], { encoding: 'utf8' });
    expect(readFileSync(DOC, 'utf8')).toEqual(generated);
  });

  it('names every variable the schema validates, with the default a process starts with', () => {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
    const validated = [...new Set(metadata.map((m) => m.propertyName))];
    const optional = new Set(metadata.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.propertyName));
    const defaults = new EnvironmentVariables() as unknown as Record<string, string | number | boolean | undefined>;
    const documented = documentedDefaults(readFileSync(DOC, 'utf8'));

    expect([...documented.keys()].sort()).toEqual([...validated].sort());
    for (const name of validated) {
      expect({ name, default: documented.get(name) }).toEqual({ name, default: expectedDefault(defaults[name], optional.has(name)) });
    }
  });
});
