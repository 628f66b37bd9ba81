import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { registerSubject } from './personal-data.js';

/** The signer's name is personal data: registered for the end-of-run scan of logs and queues. */
function registered(body: Record<string, unknown>): Record<string, unknown> {
  registerSubject(body.signerName as string | undefined);
  return body;
}

/** A valid PACT signature with a unique organisation and address; override what a test cares about. */
export function organisationSignature(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return registered({
    organisationName: `Signing Org ${unique}`,
    organisationKind: 'charity',
    area: 'wirral',
    website: `https://www.signing-${unique}.org.uk`,
    charityNumber: `${parseInt(unique, 16) % 9_000_000 + 1_000_000}`,
    signerName: 'Sam Signer',
    jobTitle: 'Chief Executive',
    email: `signer-${unique}@org.test`,
    authorityConfirmed: true,
    commitments: ['engaging-with-local-priorities', 'enabling-local-change'],
    listingConsent: true,
    ...overrides,
  });
}

/** A valid City Plan endorsement by a person. */
export function individualSignature(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return registered({
    signerName: `Pat Person ${unique}`,
    email: `person-${unique}@home.test`,
    area: 'sefton',
    commitments: ['a-strong-and-inclusive-economy'],
    listingConsent: true,
    ...overrides,
  });
}

/** The token of a signer link (`/sign/<purpose>/<token>`) in a caught mail's text part. */
export function linkToken(mail: CaughtMail, purpose: 'verify' | 'withdraw' | 'certificate'): string {
  const found = new RegExp(`/sign/${purpose}/([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!found) throw new Error(`no ${purpose} link in the mail "${mail.subject}"`);
  return found[1];
}

let ipCounter = 0;
/** A fresh client address per call (the test app trusts one proxy hop), so per-IP limits stay per test. */
export function nextClientIp(): string {
  ipCounter += 1;
  return `10.${(process.pid >> 8) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}
