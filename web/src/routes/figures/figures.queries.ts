import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type PeriodFigures = components['schemas']['PeriodFigures'];

export function useFigures(from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['figures', from, to],
    queryFn: ({ signal }) => call(api.GET('/api/v1/figures', { params: { query: { from, to } }, signal })),
    enabled,
  });
}
