import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type SubjectAccessReport = components['schemas']['SubjectAccessResponse'];
export type ErasurePreview = components['schemas']['ErasurePreviewResponse'];
export type ErasureResult = components['schemas']['ErasureResponse'];

const suppressionKey = ['admin', 'suppression-list'] as const;

/** What each count of an erasure is about, in words; a table not listed here is shown by its name. */
const ERASURE_TABLES: Record<string, string> = {
  contacts: 'Contact records',
  contact_affiliations: 'Job titles at organisations',
  signatures: 'Pledge signatures',
  mail_outbox: 'Mail to or mentioning them',
  meeting_logs: 'Meeting records mentioning them',
  meeting_actions: 'Meeting actions mentioning them',
  partners: 'Partner descriptions mentioning them',
  agreements: 'Agreement descriptions mentioning them',
  audit_entries: 'Audit trail entries',
  queue: 'Background job entries',
  rate_limit_buckets: 'Signing mail limits',
  suppression_entries: 'Added to the suppression list',
};
export const erasureTableLabel = (table: string): string => ERASURE_TABLES[table] ?? table;

/** The counts in a stable order: the known tables first, as listed above, then any other by name. */
export function orderedCounts(counts: Record<string, number>): [table: string, count: number][] {
  const known = Object.keys(ERASURE_TABLES);
  const rank = (table: string): number => (known.includes(table) ? known.indexOf(table) : known.length);
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export function useSuppressionList() {
  return useQuery({ queryKey: suppressionKey, queryFn: () => call(api.GET('/api/v1/data-protection/suppression-list')), staleTime: 0 });
}

export function useSubjectAccess() {
  return useMutation({
    mutationFn: (email: string) => call(api.GET('/api/v1/data-protection/subject-access', { params: { query: { email, format: 'json' } } })),
  });
}

export function useErasurePreview() {
  return useMutation({ mutationFn: (email: string) => call(api.POST('/api/v1/data-protection/erasures/preview', { body: { email } })) });
}

export function useErasure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['ErasureDto']) => call(api.POST('/api/v1/data-protection/erasures', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: suppressionKey }),
  });
}
