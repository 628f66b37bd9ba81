import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';

const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Home is composed from the list routes until the API has a "my work" endpoint of its own. */
export const homeKeys = { all: ['home'] as const };

export function useMyDialogue() {
  return useQuery({
    queryKey: [...homeKeys.all, 'dialogue'],
    queryFn: () => call(api.GET('/api/v1/dialogue/overdue', { params: { query: { owner: 'me', dueWithinDays: 14, limit: 50 } } })),
  });
}

export function useMyOpenActions() {
  return useQuery({
    queryKey: [...homeKeys.all, 'actions'],
    queryFn: async () => {
      // Overdue first (earliest due date first), then undated ones: the API's order.
      const actions = await call(api.GET('/api/v1/actions', { params: { query: { owner: 'me', status: 'open', limit: 100 } } }));
      return actions.items;
    },
  });
}

export function useMyAgreementsComingUp() {
  return useQuery({
    queryKey: [...homeKeys.all, 'agreements'],
    queryFn: async () => {
      const [reviews, renewals] = await Promise.all([
        call(api.GET('/api/v1/agreements', { params: { query: { owner: 'me', reviewDueBefore: inDays(30), limit: 20, sort: 'reviewDate' } } })),
        call(api.GET('/api/v1/agreements', { params: { query: { owner: 'me', expiringBefore: inDays(180), limit: 20, sort: 'endDate' } } })),
      ]);
      const soon = inDays(30);
      const byId = new Map(reviews.items.map((a) => [a.id, a]));
      for (const a of renewals.items) if (a.nextRenewalNoticeDate && a.nextRenewalNoticeDate <= soon) byId.set(a.id, a);
      return [...byId.values()];
    },
  });
}

export function useSignaturesAwaitingReview(enabled: boolean) {
  return useQuery({
    queryKey: [...homeKeys.all, 'signatures'],
    queryFn: () => call(api.GET('/api/v1/signatures', { params: { query: { status: 'verified', limit: 100 } } })),
    enabled,
  });
}

export function useTeamDialogue(enabled: boolean) {
  return useQuery({
    queryKey: [...homeKeys.all, 'team'],
    queryFn: () => call(api.GET('/api/v1/dialogue/summary', { params: { query: { dueWithinDays: 14 } } })),
    enabled,
  });
}

/** Marks an action done or dropped, then refreshes what home shows. */
export function useCloseAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'done' | 'dropped' }) =>
      call(api.PATCH('/api/v1/actions/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: homeKeys.all }), client.invalidateQueries({ queryKey: ['actions'] })]),
  });
}
