import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { saveBlob } from '../../api/download';
import type { components, operations } from '../../api/schema';
import { uploadWithProgress } from '../../api/upload';

export type Agreement = components['schemas']['AgreementResponse'];
export type AgreementStatus = Agreement['status'];
export type AgreementDocument = components['schemas']['AgreementDocumentResponse'];

export const agreementKeys = {
  all: ['agreements'] as const,
  detail: (id: string) => [...agreementKeys.all, 'detail', id] as const,
  documents: (id: string) => [...agreementKeys.all, 'detail', id, 'documents'] as const,
};

export type AgreementFilters = Omit<NonNullable<operations['listAgreements']['parameters']['query']>, 'cursor' | 'limit'>;
export type AgreementPage = components['schemas']['AgreementPage'];

/** Agreements matching the filters, a page at a time as the person asks for more. */
export function useAgreementList(filters: AgreementFilters) {
  return useInfiniteQuery({
    queryKey: [...agreementKeys.all, 'list', filters],
    queryFn: ({ pageParam, signal }) => call(api.GET('/api/v1/agreements', { params: { query: { ...filters, limit: 50, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: AgreementPage) => last.nextCursor ?? undefined,
  });
}

export function useAgreement(id: string) {
  return useQuery({ queryKey: agreementKeys.detail(id), queryFn: () => call(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })) });
}

export function useAgreementDocuments(id: string) {
  return useQuery({
    queryKey: agreementKeys.documents(id),
    queryFn: () => call(api.GET('/api/v1/agreements/{id}/documents', { params: { path: { id } } })),
  });
}

export function useChangeAgreementStatus(agreement: Agreement) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (to: AgreementStatus) =>
      call(
        api.POST('/api/v1/agreements/{id}/status', {
          params: { path: { id: agreement.id }, header: { 'If-Match': `"${agreement.version}"` } },
          body: { to },
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(agreementKeys.detail(agreement.id), updated);
      void client.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });
}

/** Uploads a file as the raw body, reporting progress (uploadWithProgress). */
export function uploadAgreementDocument(agreementId: string, file: File, onProgress: (fraction: number) => void): Promise<AgreementDocument> {
  const path = `/api/v1/agreements/${encodeURIComponent(agreementId)}/documents?fileName=${encodeURIComponent(file.name)}`;
  return uploadWithProgress<AgreementDocument>(path, file, file.type || 'application/octet-stream', 201, onProgress);
}

/** Fetches a file with the bearer token and hands it to the browser as a download. */
export async function downloadAgreementDocument(agreementId: string, document: AgreementDocument): Promise<void> {
  const blob = await call(
    api.GET('/api/v1/agreements/{id}/documents/{documentId}/content', {
      params: { path: { id: agreementId, documentId: document.id } },
      parseAs: 'blob',
    }),
  );
  saveBlob(blob, document.name);
}
