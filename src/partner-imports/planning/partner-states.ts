import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { PartnerList } from '../../partners/partner-list.entity.js';
import { Partner } from '../../partners/partner.entity.js';
import type { ReferenceEntry } from '../../reference-data/reference-entry.entity.js';
import type { ImportCatalog } from './import-catalog.js';

interface LinkRow {
  link: 'priority' | 'theme' | 'list';
  partner_id: string;
  target_id: string;
}

export type PartnerFilter = { externalRefs: string[] } | { ids: string[] };

/**
 * Partners as the response mapper and the audit snapshot need them (kind, area, owner, priority
 * areas, themes, lists), in three statements whatever their number: the rows, their links, and the
 * catalog already loaded. With `lock`, the rows are locked first, in id order (as DialogueDates
 * does), so concurrent writers never deadlock.
 */
export async function loadPartnerStates(
  manager: EntityManager,
  catalog: ImportCatalog,
  filter: PartnerFilter,
  lock = false,
): Promise<Partner[]> {
  const [column, values] = 'ids' in filter ? ['id', filter.ids] : ['external_ref', filter.externalRefs];
  if (values.length === 0) return [];
  if (lock) await manager.query(`SELECT id FROM partners WHERE ${column} = ANY($1) ORDER BY id FOR UPDATE`, [values]);
  const partners = await manager.find(Partner, { where: 'ids' in filter ? { id: In(values) } : { externalRef: In(values) } });
  const links = await linksOf(manager, partners.map((p) => p.id));
  for (const partner of partners) assemble(partner, catalog, links.get(partner.id) ?? []);
  return partners;
}

async function linksOf(manager: EntityManager, partnerIds: string[]): Promise<Map<string, LinkRow[]>> {
  const byPartner = new Map<string, LinkRow[]>();
  if (partnerIds.length === 0) return byPartner;
  const rows = await manager.query<LinkRow[]>(
    `SELECT 'priority' AS link, partner_id, reference_id AS target_id FROM partner_priority_areas WHERE partner_id = ANY($1::uuid[])
     UNION ALL
     SELECT 'theme', partner_id, reference_id FROM partner_themes WHERE partner_id = ANY($1::uuid[])
     UNION ALL
     SELECT 'list', partner_id, list_id FROM partner_list_memberships WHERE partner_id = ANY($1::uuid[])`,
    [partnerIds],
  );
  for (const row of rows) byPartner.set(row.partner_id, [...(byPartner.get(row.partner_id) ?? []), row]);
  return byPartner;
}

function assemble(partner: Partner, catalog: ImportCatalog, links: LinkRow[]): void {
  const entries = (link: LinkRow['link']): ReferenceEntry[] =>
    links.filter((l) => l.link === link).flatMap((l) => catalog.entry(l.target_id) ?? []);
  partner.kind = required(catalog.entry(partner.kindId), 'kind');
  partner.area = required(catalog.entry(partner.areaId), 'area');
  partner.owner = partner.ownerId ? (catalog.user(partner.ownerId) ?? null) : null;
  partner.priorityAreas = entries('priority');
  partner.themes = entries('theme');
  partner.lists = links.filter((l) => l.link === 'list').flatMap((l): PartnerList[] => {
    const list = catalog.list(l.target_id);
    return list ? [list] : [];
  });
}

function required(entry: ReferenceEntry | undefined, what: string): ReferenceEntry {
  // Foreign keys guarantee it; a miss means the catalog was loaded from another snapshot.
  if (!entry) throw new Error(`partner ${what} is not in the import catalog`);
  return entry;
}
