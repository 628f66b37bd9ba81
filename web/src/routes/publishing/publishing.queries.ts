import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type PublicationPreview = components['schemas']['PublicationPreviewResponse'];
export type PublicationDiff = Pick<PublicationPreview, 'added' | 'changed' | 'removed' | 'signatories'>;
export type PublishResult = components['schemas']['PublishResult'];

export const publishingKeys = {
  all: ['publishing'] as const,
  preview: ['publishing', 'preview'] as const,
  history: ['publishing', 'history'] as const,
  changes: (version: number) => ['publishing', 'changes', version] as const,
};

/** What publishing now would change; always fetched fresh, since any approval or edit moves it. */
export function usePublicationPreview() {
  return useQuery({ queryKey: publishingKeys.preview, queryFn: () => call(api.GET('/api/v1/publications/preview')), staleTime: 0 });
}

export function usePublicationHistory() {
  return useQuery({ queryKey: publishingKeys.history, queryFn: () => call(api.GET('/api/v1/publications')), staleTime: 0 });
}

export function usePublicationChanges(version: number, enabled: boolean) {
  return useQuery({
    queryKey: publishingKeys.changes(version),
    queryFn: () => call(api.GET('/api/v1/publications/{version}/changes', { params: { path: { version } } })),
    enabled,
    staleTime: Infinity,
  });
}

export function usePublishNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/api/v1/publications')),
    onSuccess: () => client.invalidateQueries({ queryKey: publishingKeys.all }),
  });
}
