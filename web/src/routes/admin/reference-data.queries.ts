import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ReferenceCategory } from '../../api/queries';
import type { components } from '../../api/schema';

export type ReferenceEntry = components['schemas']['ReferenceEntryResponse'];

export const CATEGORY_CHOICES: { value: ReferenceCategory; label: string }[] = [
  { value: 'area', label: 'Areas' },
  { value: 'organisation-kind', label: 'Kinds of organisation' },
  { value: 'priority-area', label: 'Priority policy areas' },
  { value: 'theme', label: 'Themes' },
  { value: 'promise', label: 'Promises' },
  { value: 'pact-commitment', label: 'PACT commitments' },
  { value: 'city-aim', label: 'City aims' },
  { value: 'city-outcome', label: 'City outcomes' },
  { value: 'agreement-kind', label: 'Kinds of agreement' },
];

/** Every reference query of the app (the lists other screens offer too) starts with this key. */
const ALL = ['reference-data'] as const;
const keys = {
  entries: (category: ReferenceCategory) => ['reference-data', category, 'with-retired'] as const,
  usage: (category: ReferenceCategory) => ['reference-data', category, 'usage'] as const,
};

export function useReferenceEntries(category: ReferenceCategory) {
  return useQuery({
    queryKey: keys.entries(category),
    queryFn: () => call(api.GET('/api/v1/reference-data/{category}', { params: { path: { category }, query: { includeRetired: 'true' } } })),
    staleTime: 0,
  });
}

export function useReferenceUsage(category: ReferenceCategory) {
  return useQuery({
    queryKey: keys.usage(category),
    queryFn: () => call(api.GET('/api/v1/reference-data/{category}/usage', { params: { path: { category } } })),
    staleTime: 0,
  });
}

function useReferenceChange<T, R>(change: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => client.invalidateQueries({ queryKey: ALL }) });
}

export function useAddReferenceEntry(category: ReferenceCategory) {
  return useReferenceChange((body: components['schemas']['CreateReferenceEntryDto']) => call(api.POST('/api/v1/reference-data/{category}', { params: { path: { category } }, body })));
}

export function useUpdateReferenceEntry(category: ReferenceCategory) {
  return useReferenceChange(({ code, ...body }: { code: string } & components['schemas']['UpdateReferenceEntryDto']) =>
    call(api.PATCH('/api/v1/reference-data/{category}/{code}', { params: { path: { category, code } }, body })),
  );
}

export function useReorderReferenceEntries(category: ReferenceCategory) {
  return useReferenceChange((codes: string[]) => call(api.PUT('/api/v1/reference-data/{category}/order', { params: { path: { category } }, body: { codes } })));
}

/** A code from a label: lower-case words joined by hyphens, as the API requires. */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
