import { QueryClient, useQuery } from '@tanstack/react-query';
import { ApiProblem } from './problem';
import { api, call } from './client';
import type { components } from './schema';

export type ReferenceCategory = components['schemas']['ReferenceEntryResponse']['category'];

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again; a network blip might.
      retry: (count, error) => count < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/** Installation settings (the institution's time zone); they change only with a redeploy. */
export function useAppSettings() {
  return useQuery({
    queryKey: ['app-settings'],
    queryFn: () => call(api.GET('/api/v1/app-settings')),
    staleTime: Infinity,
  });
}

/** A reference list (areas, kinds, themes…), in its sort order. */
export function useReferenceData(category: ReferenceCategory) {
  return useQuery({
    queryKey: ['reference-data', category],
    queryFn: () => call(api.GET('/api/v1/reference-data/{category}', { params: { path: { category } } })),
    staleTime: 10 * 60_000,
  });
}

/** The label for a reference code, never the code itself (while loading: nothing). */
export function useReferenceLabel(category: ReferenceCategory): (code: string) => string {
  const { data } = useReferenceData(category);
  const labels = new Map((data ?? []).map((entry) => [entry.code, entry.label]));
  return (code) => labels.get(code) ?? '';
}
