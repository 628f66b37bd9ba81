import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { homeKeys } from '../home/home.queries';
import { partnerKeys } from '../partners/partners.queries';

export type CreateMeeting = components['schemas']['CreateMeetingDto'];

/** Partners whose name contains what was typed (at least 2 characters). */
export function usePartnerSuggestions(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['partners', 'suggestions', q],
    queryFn: ({ signal }) => call(api.GET('/api/v1/partners', { params: { query: { q, limit: 8 } }, signal })),
    enabled: q.length >= 2,
    staleTime: 10_000,
  });
}

/** The contacts of each chosen partner, offered as attendees. */
export function useContactsOf(partnerIds: string[]) {
  return useQueries({
    queries: partnerIds.map((partnerId) => ({
      queryKey: [...partnerKeys.detail(partnerId), 'contacts'],
      queryFn: () => call(api.GET('/api/v1/partners/{partnerId}/contacts', { params: { path: { partnerId } } })),
    })),
  });
}

export function useLogMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeeting) => call(api.POST('/api/v1/meetings', { body })),
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: partnerKeys.all }), client.invalidateQueries({ queryKey: homeKeys.all })]);
    },
  });
}
