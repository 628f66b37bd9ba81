import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { homeKeys } from '../home/home.queries';

export type ActionPage = components['schemas']['ActionPage'];
export type ActionListItem = components['schemas']['ActionListItem'];
export type ActionStatus = ActionListItem['status'];

export interface ActionFilters {
  owner: 'me' | 'anyone';
  status?: ActionStatus;
  overdue?: 'true';
}

const PAGE_SIZE = 25;

export const actionKeys = {
  all: ['actions'] as const,
  list: (filters: ActionFilters) => [...actionKeys.all, 'list', filters] as const,
};

/** Pages of actions (overdue first, then by due date), fetched a page at a time as the person asks for more. */
export function useActionList(filters: ActionFilters) {
  return useInfiniteQuery({
    queryKey: actionKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/v1/actions', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ActionPage) => last.nextCursor ?? undefined,
  });
}

const localToday = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/**
 * Marks an action done or dropped, or reopens it. The lists on screen keep the action where it was, with
 * its new state, so the person sees what they did and can undo it; home is refreshed.
 */
export function useSetActionStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ActionStatus }) =>
      call(api.PATCH('/api/v1/actions/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: async (updated) => {
      const overdue = updated.status === 'open' && updated.dueDate !== null && updated.dueDate < localToday();
      client.setQueriesData<InfiniteData<ActionPage>>({ queryKey: actionKeys.all }, (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === updated.id ? { ...item, status: updated.status, closedAt: updated.closedAt, overdue } : item)),
          })),
        },
      );
      await client.invalidateQueries({ queryKey: homeKeys.all });
    },
  });
}
