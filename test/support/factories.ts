import { randomUUID } from 'node:crypto';
import { registerSubject } from './personal-data.js';

/** A valid create-partner body with a unique name, website and numbers; override what a test cares about. */
export function partnerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return {
    name: `Partner ${unique}`,
    kind: 'charity',
    area: 'liverpool',
    website: `https://www.partner-${unique}.org.uk`,
    ...overrides,
  };
}

/** A contact with a made-up name and address on a test domain (registered for the end-of-run personal-data scan). */
export function contactBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  const body = { fullName: `Contact ${unique}`, email: `contact-${unique}@partner.test`, jobTitle: 'Director', ...overrides };
  registerSubject(body.fullName);
  return body;
}

/** A valid create-agreement body; `parties` are partner ids. */
export function agreementBody(parties: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return { title: `Agreement ${unique}`, kind: 'memorandum-of-understanding', parties, ...overrides };
}
