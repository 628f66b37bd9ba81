import type { EntityManager } from 'typeorm';
import type { PartnerIdentity } from '../../partners/partner-duplicates.js';
import type { DuplicateCandidate } from '../../partners/partners.errors.js';

/** As the API reports them (findDuplicateCandidates): at most this many per row. */
const MAX_CANDIDATES = 10;
const COLUMNS = 'id, name, normalized_name, website_domain, company_number, charity_number, archived_at';

interface CandidateRow {
  row_number: number;
  archived: boolean;
  id: string;
  name: string;
  by_name: boolean;
  by_website: boolean;
  by_company: boolean;
  by_charity: boolean;
}

/**
 * findDuplicateCandidates for many rows in one statement: live partners matching a row's
 * normalised name, website domain, company or charity number (each an indexed equality).
 */
export async function findCandidatesForRows(
  manager: EntityManager,
  rows: { rowNumber: number; identity: PartnerIdentity }[],
): Promise<Map<number, DuplicateCandidate[]>> {
  const byRow = new Map<number, DuplicateCandidate[]>();
  if (rows.length === 0) return byRow;
  // Per row, one index lookup per identity (LATERAL, each branch carrying the columns it needs), so no plan can
  // join the chunk's rows against a scan of all partners whatever the statistics say (fresh after a big import or
  // not). Archived partners are dropped here, not in SQL: a condition on archived_at, even outside the LATERAL, is
  // pushed into it, and with stale statistics the planner then ANDs in the archived_at index (every partner).
  const found = await manager.query<CandidateRow[]>(
    `SELECT f.row_number, p.id, p.name, p.archived_at IS NOT NULL AS archived,
            p.normalized_name = f.name AS by_name,
            coalesce(p.website_domain = f.website, false) AS by_website,
            coalesce(p.company_number = f.company, false) AS by_company,
            coalesce(p.charity_number = f.charity, false) AS by_charity
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS f(row_number, name, website, company, charity)
      CROSS JOIN LATERAL (
            SELECT ${COLUMNS} FROM partners WHERE normalized_name = f.name
            UNION SELECT ${COLUMNS} FROM partners WHERE website_domain = f.website
            UNION SELECT ${COLUMNS} FROM partners WHERE company_number = f.company
            UNION SELECT ${COLUMNS} FROM partners WHERE charity_number = f.charity
           ) AS p
      ORDER BY f.row_number, p.name, p.id`,
    [
      rows.map((r) => r.rowNumber),
      rows.map((r) => r.identity.normalizedName),
      rows.map((r) => r.identity.websiteDomain),
      rows.map((r) => r.identity.companyNumber),
      rows.map((r) => r.identity.charityNumber),
    ],
  );
  for (const row of found) {
    if (row.archived) continue;
    const candidates = byRow.get(row.row_number) ?? [];
    if (candidates.length === MAX_CANDIDATES) continue;
    candidates.push({ id: row.id, name: row.name, matchedOn: matchedOn(row) });
    byRow.set(row.row_number, candidates);
  }
  return byRow;
}

function matchedOn(row: CandidateRow): DuplicateCandidate['matchedOn'] {
  return [
    ...(row.by_name ? (['name'] as const) : []),
    ...(row.by_website ? (['website'] as const) : []),
    ...(row.by_company ? (['companyNumber'] as const) : []),
    ...(row.by_charity ? (['charityNumber'] as const) : []),
  ];
}
