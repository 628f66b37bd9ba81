import type { EntityManager } from 'typeorm';
import type { PledgeKind } from '../pledges/pledge.entity.js';
import {
  toPublishedOrganisation,
  type ListedOrganisationRow,
  type PublishedIndividualSignatory,
  type PublishedPledgeSignatories,
} from './published-signatories.js';

interface PledgeRow {
  id: string;
  slug: string;
  title: string;
  kind: PledgeKind;
  signatory_count: number;
}

/**
 * Organisations whose signature is approved, through a partner that is active, not archived and
 * consents to be listed (the partner list's rule); one entry per partner, from its latest approval.
 */
const ORGANISATIONS = `
  SELECT * FROM (
    SELECT DISTINCT ON (s.pledge_id, p.id)
           s.pledge_id, p.id AS partner_id, p.name, p.website, a.label AS area, k.label AS kind, p.public_fields,
           p.normalized_name, s.text_version, to_char(s.verified_at AT TIME ZONE $1, 'YYYY-MM-DD') AS signed_on,
           ARRAY(SELECT r.label FROM signature_commitments sc JOIN reference_entries r ON r.id = sc.reference_id
                  WHERE sc.signature_id = s.id ORDER BY r.sort_order, r.label) AS commitments
      FROM signatures s
      JOIN pledges pl ON pl.id = s.pledge_id AND pl.kind = 'organisational'
      JOIN partners p ON p.id = s.partner_id
      JOIN reference_entries a ON a.id = p.area_id
      JOIN reference_entries k ON k.id = p.kind_id
     WHERE s.status = 'approved' AND p.public_listing_consent AND p.status = 'active' AND p.archived_at IS NULL
     ORDER BY s.pledge_id, p.id, s.approved_at DESC, s.id) listed
   ORDER BY pledge_id, normalized_name, partner_id`;

/** Individuals whose endorsement is approved and who agreed to show their name (erased ones have none). */
const INDIVIDUALS = `
  SELECT s.pledge_id, s.signer_name AS name
    FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id AND pl.kind = 'individual'
   WHERE s.status = 'approved' AND s.listing_consent AND s.signer_name IS NOT NULL AND s.erased_at IS NULL
   ORDER BY s.pledge_id, lower(s.signer_name), s.id`;

const PLEDGES = `
  SELECT pl.id, pl.slug, pl.title, pl.kind,
         (SELECT CASE WHEN pl.kind = 'organisational' THEN count(DISTINCT s.partner_id) ELSE count(*) END
            FROM signatures s WHERE s.pledge_id = pl.id AND s.status = 'approved')::int AS signatory_count
    FROM pledges pl ORDER BY pl.slug`;

/** Every pledge with its count and the signatories who may be shown, as of this transaction's snapshot. */
export async function listedSignatories(manager: EntityManager, timeZone: string): Promise<PublishedPledgeSignatories[]> {
  const pledges = await manager.query<PledgeRow[]>(PLEDGES);
  const organisations = await manager.query<ListedOrganisationRow[]>(ORGANISATIONS, [timeZone]);
  const individuals = await manager.query<(PublishedIndividualSignatory & { pledge_id: string })[]>(INDIVIDUALS);
  return pledges.map((pledge) => ({
    slug: pledge.slug,
    title: pledge.title,
    kind: pledge.kind,
    signatoryCount: pledge.signatory_count,
    signatories:
      pledge.kind === 'organisational'
        ? organisations.filter((o) => o.pledge_id === pledge.id).map(toPublishedOrganisation)
        : individuals.filter((i) => i.pledge_id === pledge.id).map((i) => ({ name: i.name })),
  }));
}
