import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Pledge = components['schemas']['PledgeResponse'];
export type PledgeCounts = components['schemas']['PledgeCountsResponse'];
export type SignatureCounts = components['schemas']['SignatureCounts'];

export function usePledgeCounts(slug: string) {
  return useQuery({
    queryKey: ['pledge-counts', slug],
    queryFn: () => call(api.GET('/api/v1/pledges/{slug}/counts', { params: { path: { slug } } })),
  });
}

/** What the signing page offers besides the text (commitments, areas), as the public reads it. */
export function usePublicPledge(slug: string) {
  return useQuery({
    queryKey: ['public-pledge', slug],
    queryFn: () => call(api.GET('/public/pledges/{slug}', { params: { path: { slug } } })),
  });
}

export function usePublishPledgeText(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => call(api.POST('/api/v1/pledges/{slug}/texts', { params: { path: { slug } }, body: { body } })),
    onSuccess: (updated) => {
      client.setQueryData(['pledges'], (old: Pledge[] | undefined) => old?.map((p) => (p.slug === slug ? updated : p)));
      void client.invalidateQueries({ queryKey: ['pledges'] });
      void client.invalidateQueries({ queryKey: ['public-pledge', slug] });
      void client.invalidateQueries({ queryKey: ['pledge-counts', slug] });
    },
  });
}
