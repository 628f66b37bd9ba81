import type { PledgeKind } from '../pledges/pledge.entity.js';
import type { PublicProfileField } from '../partners/partner.entity.js';

/**
 * What the public may see of an organisation that signed a pledge: the partner's name always, its
 * website, area and kind only if the partner allowed them (as on the partner list), and what it signed.
 * Never the signer's name, job title or email.
 */
export interface PublishedOrganisationSignatory {
  partnerId: string;
  name: string;
  website?: string;
  area?: string;
  kind?: string;
  textVersion: number;
  /** The day the signature was confirmed by email, in the institution's time zone. */
  signedOn: string;
  commitments: string[];
}

/** An individual who endorsed a pledge and agreed to show their name: the name and nothing else. */
export interface PublishedIndividualSignatory {
  name: string;
}

export interface PublishedPledgeSignatories {
  slug: string;
  title: string;
  kind: PledgeKind;
  /** Approved signatures standing now (organisations counted once), listed or not. */
  signatoryCount: number;
  signatories: (PublishedOrganisationSignatory | PublishedIndividualSignatory)[];
}

export interface ListedOrganisationRow {
  pledge_id: string;
  partner_id: string;
  name: string;
  website: string | null;
  area: string;
  kind: string;
  public_fields: PublicProfileField[];
  text_version: number;
  signed_on: string;
  commitments: string[];
}

export function toPublishedOrganisation(row: ListedOrganisationRow): PublishedOrganisationSignatory {
  const allowed = new Set(row.public_fields);
  return {
    partnerId: row.partner_id,
    name: row.name,
    ...(allowed.has('website') && row.website ? { website: row.website } : {}),
    ...(allowed.has('area') ? { area: row.area } : {}),
    ...(allowed.has('kind') ? { kind: row.kind } : {}),
    textVersion: row.text_version,
    signedOn: row.signed_on,
    commitments: row.commitments,
  };
}
