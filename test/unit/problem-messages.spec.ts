import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A problem code as the API writes it in a string literal: 'MEETING.VERSION_CONFLICT'. */
const CODE_LITERAL = /'([A-Z][A-Z_]+\.[A-Z][A-Z_]+)'/g;
/** Codes the staff app never meets: they are about the app's own files, answered when it is not there to ask. */
const NOT_FOR_THE_APP = /^WEB_APP\./;
/** Codes the app's client makes up itself (web/src/api/problem.ts), for answers that carry no code. */
const CLIENT_CODES = ['NETWORK.UNREACHABLE', 'SERVER.ERROR', 'REQUEST.ERROR'];
const MESSAGES = 'web/src/api/problem-messages.ts';

const codesIn = (text: string): string[] => [...text.matchAll(CODE_LITERAL)].map((m) => m[1]);

function apiCodes(): Set<string> {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return new Set(files.flatMap((f) => codesIn(readFileSync(join('src', f), 'utf8'))).filter((code) => !NOT_FOR_THE_APP.test(code)));
}

/**
 * The staff app says every problem in a sentence of its own (web/src/api/problem-messages.ts), or shows the
 * API's detail for the few codes listed as saying it best; a new error code without either fails here.
 */
describe('problem sentences in the staff app', () => {
  const named = new Set(codesIn(readFileSync(MESSAGES, 'utf8')));

  it('cover every problem code the API can send', () => {
    const missing = [...apiCodes()].filter((code) => !named.has(code)).sort();
    expect({ [`codes without a sentence in ${MESSAGES}`]: missing }).toEqual({ [`codes without a sentence in ${MESSAGES}`]: [] });
  });

  it('name no code the API does not send', () => {
    const sent = new Set([...apiCodes(), ...CLIENT_CODES]);
    expect([...named].filter((code) => !sent.has(code)).sort()).toEqual([]);
  });
});
