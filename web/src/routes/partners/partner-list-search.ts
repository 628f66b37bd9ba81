import { z } from 'zod';
import type { PartnerColumn, PartnerFacets, PartnerFilters, SavedView } from './partners.queries';

export const PARTNER_SORTS = ['relevance', 'name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

/** Every column the list can show, in the list's order, with its heading. */
export const PARTNER_COLUMNS: { id: PartnerColumn; label: string }[] = [
  { id: 'name', label: 'Name' },
  { id: 'kind', label: 'Kind' },
  { id: 'area', label: 'Area' },
  { id: 'status', label: 'Status' },
  { id: 'owner', label: 'Owner' },
  { id: 'lists', label: 'Lists' },
  { id: 'tags', label: 'Tags' },
  { id: 'priorityAreas', label: 'Priority areas' },
  { id: 'themes', label: 'Themes' },
  { id: 'createdAt', label: 'Added' },
  { id: 'updatedAt', label: 'Last changed' },
];
export const DEFAULT_COLUMNS: PartnerColumn[] = ['name', 'kind', 'area', 'status', 'owner'];
const COLUMN_IDS = new Set<string>(PARTNER_COLUMNS.map((c) => c.id));

/** The list's state lives in the address: a view can be bookmarked, shared and reloaded as it is. */
export const partnerSearch = z.object({
  q: z.string().optional(),
  kind: z.string().optional(),
  area: z.string().optional(),
  status: z.enum(['prospect', 'active', 'paused', 'ended']).optional(),
  owner: z.string().optional(),
  list: z.string().optional(),
  priorityArea: z.string().optional(),
  theme: z.string().optional(),
  tag: z.string().optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(PARTNER_SORTS).optional(),
  cursor: z.string().optional(),
  /** Shown columns, comma-separated (none: the default ones). */
  columns: z.string().optional(),
  /** The saved view this list came from. */
  view: z.string().optional(),
});
export type PartnerSearch = z.infer<typeof partnerSearch>;

export const FACETS = ['q', 'kind', 'area', 'status', 'owner', 'list', 'priorityArea', 'theme', 'tag', 'archived', 'overdue'] as const;
export type Facet = (typeof FACETS)[number];

/** The filters alone, without sort, page or columns (what a count, a saved view and the export take). */
export function facetsOf(search: PartnerSearch): PartnerFacets {
  const facets: PartnerFacets = {};
  for (const name of FACETS) {
    const value = search[name];
    // Leaving archived partners out is the default: not a filter of its own.
    if (value !== undefined && value !== '' && !(name === 'archived' && value === 'exclude')) Object.assign(facets, { [name]: value });
  }
  return facets;
}

export function listQuery(search: PartnerSearch, limit: number): PartnerFilters {
  return { ...facetsOf(search), sort: search.sort, cursor: search.cursor, limit };
}

export function columnsOf(search: PartnerSearch): PartnerColumn[] {
  const chosen = (search.columns ?? '').split(',').filter((c): c is PartnerColumn => COLUMN_IDS.has(c));
  return chosen.length > 0 ? PARTNER_COLUMNS.map((c) => c.id).filter((id) => chosen.includes(id)) : DEFAULT_COLUMNS;
}

/** The address of a saved view: its filters, sort and columns. */
export function searchOfView(view: SavedView): PartnerSearch {
  return { ...(view.filters as PartnerSearch), sort: view.sort, columns: view.columns.join(','), view: view.id };
}

/** Whether the list on screen still shows the view as it was saved. */
export function matchesView(search: PartnerSearch, view: SavedView): boolean {
  const a = JSON.stringify(Object.entries(facetsOf(search)).sort());
  const b = JSON.stringify(Object.entries(facetsOf(view.filters as PartnerSearch)).sort());
  return a === b && (search.sort ?? 'name') === view.sort && columnsOf(search).join(',') === view.columns.join(',');
}
