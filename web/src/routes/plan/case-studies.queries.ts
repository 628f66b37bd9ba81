import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type CaseStudy = components['schemas']['CaseStudyResponse'];
export type CaseStudyInput = components['schemas']['CreateCaseStudyDto'];
/** Only those linked to one activity or one partner (or all). */
export interface CaseStudyFilter {
  activity?: string;
  partner?: string;
}

export const caseStudyKeys = {
  all: ['case-studies'] as const,
  list: (filter: CaseStudyFilter) => ['case-studies', 'list', filter] as const,
  detail: (id: string) => ['case-studies', 'detail', id] as const,
};

export function useCaseStudies(filter: CaseStudyFilter = {}) {
  return useQuery({ queryKey: caseStudyKeys.list(filter), queryFn: ({ signal }) => call(api.GET('/api/v1/plan/case-studies', { params: { query: filter }, signal })) });
}

export function useCaseStudy(id: string) {
  return useQuery({ queryKey: caseStudyKeys.detail(id), queryFn: () => call(api.GET('/api/v1/plan/case-studies/{id}', { params: { path: { id } } })) });
}

export function useCreateCaseStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseStudyInput) => call(api.POST('/api/v1/plan/case-studies', { body })),
    onSuccess: (created) => {
      client.setQueryData(caseStudyKeys.detail(created.id), created);
      void client.invalidateQueries({ queryKey: [...caseStudyKeys.all, 'list'] });
    },
  });
}

export function useUpdateCaseStudy(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseStudyInput) => call(api.PATCH('/api/v1/plan/case-studies/{id}', { params: { path: { id } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(caseStudyKeys.detail(id), updated);
      void client.invalidateQueries({ queryKey: [...caseStudyKeys.all, 'list'] });
    },
  });
}
