import { CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import type { PledgeKind } from './pledge.entity.js';

/**
 * The exact words of the optional consent on the signing form, with a version recorded in every consent event.
 * Change the label → give it a new version, so each event still says what the signer agreed to.
 */
export const LISTING_CONSENT_WORDING: Readonly<Record<PledgeKind, { version: string; label: string; purpose: string }>> = {
  organisational: {
    version: 'organisation-listing/v1',
    label: 'List our organisation publicly as a signatory',
    purpose: CONSENT_PURPOSES.publicListing,
  },
  individual: {
    version: 'individual-name-display/v1',
    label: 'Show my name publicly as someone who endorses the plan',
    purpose: CONSENT_PURPOSES.nameDisplay,
  },
};

/** Signing is itself consent: to the text of this version, identified by its hash. */
export function pledgeTextWording(slug: string, version: number, sha256: string): string {
  return `${slug}/v${version}/sha256:${sha256}`;
}

/** What an organisation's signer confirms on the signing form, shown to staff as the signer's authority statement. */
export const AUTHORITY_STATEMENT = 'I confirm that I have authority to sign on behalf of this organisation';
