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
  const entry: PublishedPartner = { id: row.id, name: row.name, pactPartner: row.pact_partner };
  if (allowed.has('website') && row.website) entry.website = row.website;
  if (allowed.has('description') && row.description) entry.description = row.description;
  if (allowed.has('area')) entry.area = row.area;
  if (allowed.has('kind')) entry.kind = row.kind;
  return entry;
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
