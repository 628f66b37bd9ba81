import type { EntityManager } from 'typeorm';
import type { DuplicateCandidate } from './partners.errors.js';

export interface PartnerIdentity {
  normalizedName: string;
  websiteDomain: string | null;
  companyNumber: string | null;
  charityNumber: string | null;
}

interface CandidateRow {
  id: string;
  name: string;
  by_name: boolean;
  by_website: boolean;
  by_company: boolean;
  by_charity: boolean;
}

/** Live partners that look like the same organisation (each match is an indexed equality). */
export async function findDuplicateCandidates(
  manager: EntityManager,
  identity: PartnerIdentity,
  excludeId?: string,
): Promise<DuplicateCandidate[]> {
  const rows = await manager.query<CandidateRow[]>(
    `SELECT id, name,
            normalized_name = $1 AS by_name,
            website_domain IS NOT NULL AND website_domain = $2 AS by_website,
            company_number IS NOT NULL AND company_number = $3 AS by_company,
            charity_number IS NOT NULL AND charity_number = $4 AS by_charity
       FROM partners
      WHERE archived_at IS NULL AND ($5::uuid IS NULL OR id <> $5::uuid)
        AND (normalized_name = $1 OR website_domain = $2 OR company_number = $3 OR charity_number = $4)
      ORDER BY name
      LIMIT 10`,
    [identity.normalizedName, identity.websiteDomain, identity.companyNumber, identity.charityNumber, excludeId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    matchedOn: [
      ...(r.by_name ? (['name'] as const) : []),
      ...(r.by_website ? (['website'] as const) : []),
      ...(r.by_company ? (['companyNumber'] as const) : []),
      ...(r.by_charity ? (['charityNumber'] as const) : []),
    ],
  }));
}
