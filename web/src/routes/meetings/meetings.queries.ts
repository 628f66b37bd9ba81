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

export type Meeting = components['schemas']['MeetingResponse'];
export type UpdateMeeting = components['schemas']['UpdateMeetingDto'];
export const meetingKeys = { detail: (id: string) => ['meetings', 'detail', id] as const };

/**
 * One meeting to edit. Never refetched behind the editor's back: the form is keyed by the version it
 * loaded, so a refetch would swap a colleague's text in under the person's typing.
 */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })),
    staleTime: Infinity,
    // Forgotten once the editor closes, so opening it again loads the meeting as it is then.
    gcTime: 0,
  });
}

/** Edits and deletes change the partners' last-contact dates: their pages and home are refreshed. */
function useRefreshAfterMeetingChange() {
  const client = useQueryClient();
  return async (id: string) => {
    client.removeQueries({ queryKey: meetingKeys.detail(id) });
    await Promise.all([client.invalidateQueries({ queryKey: partnerKeys.all }), client.invalidateQueries({ queryKey: homeKeys.all })]);
  };
}

export function useUpdateMeeting() {
  const refresh = useRefreshAfterMeetingChange();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: UpdateMeeting }) =>
      call(api.PATCH('/api/v1/meetings/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body })),
    onSuccess: (meeting) => refresh(meeting.id),
  });
}

export function useDeleteMeeting() {
  const refresh = useRefreshAfterMeetingChange();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason?: string }) =>
      call(api.DELETE('/api/v1/meetings/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body: { reason } })),
    onSuccess: (_, { id }) => refresh(id),
  });
}
