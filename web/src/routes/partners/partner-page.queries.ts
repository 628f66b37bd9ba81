import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { partnerKeys } from './partners.queries';

export type Partner = components['schemas']['PartnerResponse'];
export type Contact = components['schemas']['ContactResponse'];
export type TimelineItem = components['schemas']['TimelineItem'];
export type TimelineType = NonNullable<NonNullable<operations['getPartnerTimeline']['parameters']['query']>['type']>;
export type AuditEntry = components['schemas']['AuditEntryResponse'];
export type CreatePartner = components['schemas']['CreatePartnerDto'];

/** Everything a partner page shows hangs under the partner's key: one invalidation refreshes it all. */
const sectionKey = (partnerId: string, section: string, ...rest: unknown[]) => [...partnerKeys.detail(partnerId), section, ...rest] as const;

export function usePartnerContacts(partnerId: string) {
  return useQuery({
    queryKey: sectionKey(partnerId, 'contacts'),
    queryFn: () => call(api.GET('/api/v1/partners/{partnerId}/contacts', { params: { path: { partnerId } } })),
  });
}

/** Refreshes the partner and every section of its page (and other partners' pages, for moves and merges). */
export function useRefreshPartners() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: partnerKeys.all });
}

export function usePartnerTimeline(partnerId: string, type: TimelineType | undefined) {
  return useInfiniteQuery({
    queryKey: sectionKey(partnerId, 'timeline', type ?? 'all'),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/v1/partners/{id}/timeline', { params: { path: { id: partnerId }, query: { limit: 20, type, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePartnerMeetings(partnerId: string) {
  return useInfiniteQuery({
    queryKey: sectionKey(partnerId, 'meetings'),
    queryFn: ({ pageParam, signal }) => call(api.GET('/api/v1/meetings', { params: { query: { partner: partnerId, limit: 10, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useCommitmentRegister(partnerId: string) {
  return useQuery({
    queryKey: sectionKey(partnerId, 'commitments'),
    queryFn: () => call(api.GET('/api/v1/partners/{id}/commitments', { params: { path: { id: partnerId }, query: { includeEnded: 'true' } } })),
  });
}

export function usePartnerConsents(partnerId: string) {
  return useQuery({
    queryKey: sectionKey(partnerId, 'consents'),
    queryFn: () => call(api.GET('/api/v1/partners/{id}/consents', { params: { path: { id: partnerId } } })),
  });
}

export function usePartnerAudit(partnerId: string) {
  return useQuery({
    queryKey: sectionKey(partnerId, 'audit'),
    queryFn: () => call(api.GET('/api/v1/partners/{id}/audit', { params: { path: { id: partnerId } } })),
  });
}

export function useArchivePartner(partnerId: string) {
  const refresh = useRefreshPartners();
  return useMutation({
    mutationFn: ({ archive, reason }: { archive: boolean; reason?: string }) =>
      call(
        archive
          ? api.POST('/api/v1/partners/{id}/archive', { params: { path: { id: partnerId } }, body: { reason } })
          : api.POST('/api/v1/partners/{id}/restore', { params: { path: { id: partnerId } }, body: { reason } }),
      ),
    onSuccess: refresh,
  });
}

export function useMergePartner(survivorId: string) {
  const refresh = useRefreshPartners();
  return useMutation({
    mutationFn: ({ duplicateId, reason }: { duplicateId: string; reason?: string }) =>
      call(api.POST('/api/v1/partners/{id}/merge', { params: { path: { id: survivorId } }, body: { duplicateId, reason } })),
    onSuccess: refresh,
  });
}

export function useCreatePartner() {
  const refresh = useRefreshPartners();
  return useMutation({
    mutationFn: (body: CreatePartner) => call(api.POST('/api/v1/partners', { body })),
    onSuccess: refresh,
  });
}

/** Any partner by id (for the merge comparison); disabled until an id is chosen. */
export function usePartnerById(id: string | undefined) {
  return useQuery({
    queryKey: partnerKeys.detail(id ?? 'none'),
    queryFn: () => call(api.GET('/api/v1/partners/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}
