import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type MyWork = components['schemas']['MyWorkResponse'];
export type WorkAction = components['schemas']['WorkActionItem'];
export type WorkAgreement = components['schemas']['WorkAgreementItem'];

export const homeKeys = { all: ['home'] as const, mine: ['home', 'mine'] as const, team: ['home', 'team'] as const };

/** Everything home shows about me, in one request (GET /api/v1/me/work). */
export function useMyWork() {
  return useQuery({ queryKey: homeKeys.mine, queryFn: () => call(api.GET('/api/v1/me/work')) });
}

/** The team lead's figures (admins only). */
export function useTeamWork(enabled: boolean) {
  return useQuery({ queryKey: homeKeys.team, queryFn: () => call(api.GET('/api/v1/team/work')), enabled });
}

/** Marks an action done or dropped, then refreshes what home shows. */
export function useCloseAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'done' | 'dropped' }) =>
      call(api.PATCH('/api/v1/actions/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => client.invalidateQueries({ queryKey: homeKeys.all }),
  });
}
