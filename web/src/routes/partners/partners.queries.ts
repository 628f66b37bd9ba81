import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';

export type PartnerSummary = components['schemas']['PartnerSummary'];
export type PartnerFilters = NonNullable<operations['listPartners']['parameters']['query']>;

export const partnerKeys = {
  all: ['partners'] as const,
  list: (filters: PartnerFilters) => [...partnerKeys.all, 'list', filters] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
};

/** One page of partners for the filters; the previous page stays on screen while the next loads. */
export function usePartnerList(filters: PartnerFilters) {
  return useQuery({
    queryKey: partnerKeys.list(filters),
    queryFn: ({ signal }) => call(api.GET('/api/v1/partners', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
  });
}

/** A partner list's name by its code (lists are few; loaded once). */
export function usePartnerListName(): (code: string) => string {
  const { data } = useQuery({ queryKey: ['partner-lists'], queryFn: () => call(api.GET('/api/v1/partner-lists')), staleTime: 10 * 60_000 });
  const names = new Map((data ?? []).map((l) => [l.code, l.name]));
  return (code) => names.get(code) ?? '';
}
