import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Signature = components['schemas']['SignatureResponse'];
export type SignatureStatus = Signature['status'];
export type SignaturePage = components['schemas']['SignaturePage'];
export type Pledge = components['schemas']['PledgeResponse'];

export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  submitted: 'Awaiting email confirmation',
  verified: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
};

export const signatureKeys = {
  all: ['signatures'] as const,
  detail: (id: string) => [...signatureKeys.all, 'detail', id] as const,
};

export interface SignatureFilters {
  pledge?: string;
  status?: SignatureStatus;
}

/** Signatures oldest first (the queue: status verified), a page at a time. */
export function useSignatureList(filters: SignatureFilters) {
  return useInfiniteQuery({
    queryKey: [...signatureKeys.all, 'list', filters],
    queryFn: ({ pageParam, signal }) => call(api.GET('/api/v1/signatures', { params: { query: { ...filters, limit: 50, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: SignaturePage) => last.nextCursor ?? undefined,
  });
}

export function useSignature(id: string) {
  return useQuery({ queryKey: signatureKeys.detail(id), queryFn: () => call(api.GET('/api/v1/signatures/{id}', { params: { path: { id } } })) });
}

/** The pledges with their text versions; they change only when an admin adds a version. */
export function usePledges() {
  return useQuery({ queryKey: ['pledges'], queryFn: () => call(api.GET('/api/v1/pledges')) });
}

export type ApproveChoice = components['schemas']['ApproveSignatureDto'];
export type Decision = { action: 'reject' | 'suspend' | 'withdraw'; reason: string };

function useAfterDecision(id: string) {
  const client = useQueryClient();
  return (updated: Signature) => {
    client.setQueryData(signatureKeys.detail(id), updated);
    void client.invalidateQueries({ queryKey: signatureKeys.all });
    void client.invalidateQueries({ queryKey: ['home'] });
    void client.invalidateQueries({ queryKey: ['pledge-counts'] });
  };
}

export function useApproveSignature(id: string) {
  const onSuccess = useAfterDecision(id);
  return useMutation({
    mutationFn: (body: ApproveChoice) => call(api.POST('/api/v1/signatures/{id}/approve', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useDecideSignature(id: string) {
  const onSuccess = useAfterDecision(id);
  return useMutation({
    mutationFn: ({ action, reason }: Decision) =>
      action === 'reject'
        ? call(api.POST('/api/v1/signatures/{id}/reject', { params: { path: { id } }, body: { reason } }))
        : action === 'suspend'
          ? call(api.POST('/api/v1/signatures/{id}/suspend', { params: { path: { id } }, body: { reason } }))
          : call(api.POST('/api/v1/signatures/{id}/withdraw', { params: { path: { id } }, body: { reason } })),
    onSuccess,
  });
}
