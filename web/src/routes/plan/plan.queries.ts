import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';

export type Activity = components['schemas']['ActivityResponse'];
export type ActivityStatus = Activity['status'];
export type ActivityPriority = Activity['priority'];
export type ProgressUpdate = components['schemas']['ProgressUpdateResponse'];
export type ActivityFilters = NonNullable<operations['listPlanActivities']['parameters']['query']>;
export type ProgressInput = components['schemas']['CreateProgressUpdateDto'];
type UpdateActivity = components['schemas']['UpdateActivityDto'];
/** A progress update being corrected or withdrawn on the activity page. */
export type Editing = { mode: 'correct' | 'withdraw'; update: ProgressUpdate } | null;

export const STATUS_LABELS: Record<ActivityStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};
export const STATUSES = Object.keys(STATUS_LABELS) as ActivityStatus[];
export const PRIORITY_LABELS: Record<ActivityPriority, string> = { current: 'Current', planned: 'Planned', 'longer-term': 'Longer-term' };

export const planKeys = {
  all: ['plan'] as const,
  list: (filters: ActivityFilters) => [...planKeys.all, 'list', filters] as const,
  detail: (id: string) => [...planKeys.all, 'detail', id] as const,
  progress: (id: string) => [...planKeys.all, 'detail', id, 'progress'] as const,
};

export function useActivities(filters: ActivityFilters) {
  return useQuery({ queryKey: planKeys.list(filters), queryFn: ({ signal }) => call(api.GET('/api/v1/plan/activities', { params: { query: filters }, signal })) });
}

export function useActivity(id: string) {
  return useQuery({ queryKey: planKeys.detail(id), queryFn: () => call(api.GET('/api/v1/plan/activities/{id}', { params: { path: { id } } })) });
}

export function useProgress(id: string) {
  return useQuery({ queryKey: planKeys.progress(id), queryFn: () => call(api.GET('/api/v1/plan/activities/{id}/progress', { params: { path: { id } } })) });
}

/** Moves an activity to another RAG status (the board's "Move to…"), guarded by its version. */
export function useMoveActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ activity, status }: { activity: Activity; status: ActivityStatus }) =>
      call(
        api.PATCH('/api/v1/plan/activities/{id}', {
          params: { path: { id: activity.id }, header: { 'If-Match': `"${activity.version}"` } },
          // The document marks `priority` required because CreateActivityDto gives it a default; a PATCH leaves it as it is.
          body: { status, reason: 'Moved on the board' } as UpdateActivity,
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(planKeys.detail(updated.id), updated);
      // The card moves at once (so focus can follow it); the lists are then fetched again.
      client.setQueriesData<{ items: Activity[] }>({ queryKey: [...planKeys.all, 'list'] }, (list) =>
        list ? { items: list.items.map((a) => (a.id === updated.id ? updated : a)) } : list,
      );
      void client.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

/** After any change to an activity's progress: its status, its timeline and the lists may all have changed. */
function useRefreshPlan() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: planKeys.all });
}

export function useAddProgress(activityId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (body: ProgressInput) => call(api.POST('/api/v1/plan/activities/{id}/progress', { params: { path: { id: activityId } }, body })),
    onSuccess: refresh,
  });
}

export function useCorrectProgress(activityId: string, updateId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (body: ProgressInput & { reason: string }) =>
      call(api.POST('/api/v1/plan/activities/{id}/progress/{updateId}/correction', { params: { path: { id: activityId, updateId } }, body })),
    onSuccess: refresh,
  });
}

export function useWithdrawProgress(activityId: string, updateId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (reason: string) =>
      call(api.POST('/api/v1/plan/activities/{id}/progress/{updateId}/withdrawal', { params: { path: { id: activityId, updateId } }, body: { reason } })),
    onSuccess: refresh,
  });
}
