import { randomUUID } from 'node:crypto';

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

export function contactBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return { fullName: `Contact ${unique}`, email: `contact-${unique}@partner.test`, jobTitle: 'Director', ...overrides };
}

/** A valid create-agreement body; `parties` are partner ids. */
export function agreementBody(parties: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  return { title: `Agreement ${unique}`, kind: 'memorandum-of-understanding', parties, ...overrides };
}
