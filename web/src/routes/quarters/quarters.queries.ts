import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type QuarterPreview = components['schemas']['QuarterPreviewResponse'];
export type QuarterSummary = components['schemas']['QuarterlyUpdateSummary'];
export type FreezeQuarter = components['schemas']['FreezeQuarterDto'];

export const quarterKeys = {
  all: ['quarters'] as const,
  list: ['quarters', 'list'] as const,
  preview: (quarter: string) => ['quarters', 'preview', quarter] as const,
};

export function useQuarters() {
  return useQuery({ queryKey: quarterKeys.list, queryFn: () => call(api.GET('/api/v1/quarterly-updates')) });
}

/** What freezing the quarter would record; fetched fresh each time it is asked for. */
export function useQuarterPreview(quarter: string | null) {
  return useQuery({
    queryKey: quarterKeys.preview(quarter ?? ''),
    queryFn: () => call(api.GET('/api/v1/quarterly-updates/{quarter}/preview', { params: { path: { quarter: quarter ?? '' } } })),
    enabled: quarter !== null,
    staleTime: 0,
  });
}

export function useFreezeQuarter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FreezeQuarter) => call(api.POST('/api/v1/quarterly-updates', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: quarterKeys.all }),
  });
}

export function usePublishQuarter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (quarter: string) => call(api.POST('/api/v1/quarterly-updates/{quarter}/publish', { params: { path: { quarter } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: quarterKeys.all }),
  });
}

/**
 * Opens the staff copy of a quarter's printable report in a new tab. It needs the bearer token, which a plain
 * link cannot carry, so the page is fetched and opened from memory.
 */
export async function openStaffReport(quarter: string): Promise<void> {
  const opened = window.open('', '_blank');
  const html = await call(api.GET('/api/v1/quarterly-updates/{quarter}/report', { params: { path: { quarter } }, parseAs: 'text' }));
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  if (opened) opened.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
