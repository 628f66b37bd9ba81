import { createHash } from 'node:crypto';
import { csvLine } from '../common/csv/csv-writer.js';
import type { PublicProfileField } from '../partners/partner.entity.js';

/** What the public may see of a listed partner: the name always, the rest only if the partner allowed it. */
export interface PublishedPartner {
  id: string;
  name: string;
  website?: string;
  description?: string;
  area?: string;
  kind?: string;
  pactPartner: boolean;
}

export interface ListedPartnerRow {
  id: string;
  name: string;
  website: string | null;
  description: string | null;
  area: string;
  kind: string;
  public_fields: PublicProfileField[];
  pact_partner: boolean;
}

export const CSV_COLUMNS = ['id', 'name', 'website', 'description', 'area', 'kind', 'pact_partner'] as const;

export function toPublishedPartner(row: ListedPartnerRow): PublishedPartner {
  const allowed = new Set(row.public_fields);
  return inPublishedOrder({
    id: row.id,
    name: row.name,
    pactPartner: row.pact_partner,
    website: allowed.has('website') && row.website ? row.website : undefined,
    description: allowed.has('description') && row.description ? row.description : undefined,
    area: allowed.has('area') ? row.area : undefined,
    kind: allowed.has('kind') ? row.kind : undefined,
  });
}

/**
 * An entry with its keys in the one order every document uses (absent fields left out), so an entry
 * serialises to the same bytes in the full list, a page and `changes` (stored as jsonb, which reorders
 * keys), and clients may compare entries by hash.
 */
export function inPublishedOrder(entry: PublishedPartner): PublishedPartner {
  const ordered: PublishedPartner = { id: entry.id, name: entry.name, pactPartner: entry.pactPartner };
  if (entry.website !== undefined) ordered.website = entry.website;
  if (entry.description !== undefined) ordered.description = entry.description;
  if (entry.area !== undefined) ordered.area = entry.area;
  if (entry.kind !== undefined) ordered.kind = entry.kind;
  return ordered;
}

export const sha256 = (value: string | Buffer): string => createHash('sha256').update(value).digest('hex');

export function entryHash(entry: PublishedPartner): string {
  return sha256(JSON.stringify(entry));
}

export function toCsv(entries: PublishedPartner[]): string {
  const rows = entries.map((e) =>
    csvLine([e.id, e.name, e.website ?? '', e.description ?? '', e.area ?? '', e.kind ?? '', e.pactPartner ? 'yes' : 'no']),
  );
  return [csvLine([...CSV_COLUMNS]), ...rows].join('');
}
