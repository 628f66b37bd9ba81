import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { saveBlob } from '../../api/download';
import type { components, operations } from '../../api/schema';

export type PartnerSummary = components['schemas']['PartnerSummary'];
export type PartnerFilters = NonNullable<operations['listPartners']['parameters']['query']>;
export type PartnerFacets = NonNullable<operations['countPartners']['parameters']['query']>;
export type SavedView = components['schemas']['SavedViewResponse'];
export type SavedViewBody = components['schemas']['CreateSavedViewDto'];
export type PartnerColumn = SavedView['columns'][number];

export const partnerKeys = {
  all: ['partners'] as const,
  list: (filters: PartnerFilters) => [...partnerKeys.all, 'list', filters] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
  count: (facets: PartnerFacets) => [...partnerKeys.all, 'count', facets] as const,
};
const savedViewKeys = ['saved-views'] as const;

/** One page of partners for the filters; the previous page stays on screen while the next loads. */
export function usePartnerList(filters: PartnerFilters) {
  return useQuery({
    queryKey: partnerKeys.list(filters),
    queryFn: ({ signal }) => call(api.GET('/api/v1/partners', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** How many partners the filters match: its own request, so the page of rows never waits for the count. */
export function usePartnerCount(facets: PartnerFacets) {
  return useQuery({
    queryKey: partnerKeys.count(facets),
    queryFn: ({ signal }) => call(api.GET('/api/v1/partners/count', { params: { query: facets }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The active staff, for owner filters and pickers (loaded once). */
export function useTeamMembers() {
  return useQuery({ queryKey: ['team-members'], queryFn: () => call(api.GET('/api/v1/team/members')), staleTime: 10 * 60_000 });
}

/** The partner lists (loaded once). */
export function usePartnerLists() {
  return useQuery({ queryKey: ['partner-lists'], queryFn: () => call(api.GET('/api/v1/partner-lists')), staleTime: 10 * 60_000 });
}

export function useSavedViews() {
  return useQuery({ queryKey: savedViewKeys, queryFn: () => call(api.GET('/api/v1/saved-views')) });
}

/** Saves a new view, or replaces one of mine (`id`). */
export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SavedViewBody }) =>
      id
        ? call(api.PATCH('/api/v1/saved-views/{id}', { params: { path: { id } }, body }))
        : call(api.POST('/api/v1/saved-views', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: savedViewKeys }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: savedViewKeys }),
  });
}

export type BulkChange =
  | { kind: 'assign-owner'; ownerId: string | null }
  | { kind: 'add-to-list' | 'remove-from-list'; list: string }
  | { kind: 'add-tag'; tag: string };

/** A change to the selected partners, all or nothing; the list and counts refresh after it. */
export function useBulkChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ partnerIds, change }: { partnerIds: string[]; change: BulkChange }) => {
      switch (change.kind) {
        case 'assign-owner':
          return call(api.POST('/api/v1/partners/bulk/assign-owner', { body: { partnerIds, ownerId: change.ownerId } }));
        case 'add-to-list':
          return call(api.POST('/api/v1/partners/bulk/add-to-list', { body: { partnerIds, list: change.list } }));
        case 'remove-from-list':
          return call(api.POST('/api/v1/partners/bulk/remove-from-list', { body: { partnerIds, list: change.list } }));
        case 'add-tag':
          return call(api.POST('/api/v1/partners/bulk/add-tag', { body: { partnerIds, tag: change.tag } }));
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}

/** Downloads the filtered list as CSV (the export route streams it; the bearer token rides on the request). */
export async function downloadPartnersCsv(facets: PartnerFacets, sort: PartnerFilters['sort']): Promise<void> {
  const blob = await call(api.GET('/api/v1/partners/export.csv', { params: { query: { ...facets, sort } }, parseAs: 'blob' }));
  saveBlob(blob, `partners-${new Date().toISOString().slice(0, 10)}.csv`);
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
  });
}

/** A partner list's name by its code (lists are few; loaded once). */
export function usePartnerListName(): (code: string) => string {
  const { data } = usePartnerLists();
  const names = new Map((data ?? []).map((l) => [l.code, l.name]));
  return (code) => names.get(code) ?? '';
}
