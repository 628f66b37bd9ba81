import { api, call } from '../../api/client';
import { saveBlob } from '../../api/download';
import type { components } from '../../api/schema';
import { uploadWithProgress } from '../../api/upload';

export type PartnerImport = components['schemas']['PartnerImportResponse'];
export type ImportRow = components['schemas']['PartnerImportRowResponse'];
export type MappingView = components['schemas']['PartnerImportMappingView'];
export type ColumnValues = components['schemas']['ImportColumnValues'];
export type MappingBody = components['schemas']['MapPartnerImportDto'];
export type PartnerField = NonNullable<MappingBody['columns'][string]>;
export type RowDecision = components['schemas']['ImportRowDecisionDto'];
export type Encoding = 'detect' | 'utf-8' | 'windows-1252';

/** What browsers send for a .csv file varies (Windows: Excel's type; some: none): the API takes all of them. */
const typeOf = (file: File): string => file.type || (/\.csv$/i.test(file.name) ? 'text/csv' : 'application/octet-stream');

/** The file as the request body, with upload progress. */
export function uploadImport(file: File, encoding: Encoding, onProgress: (fraction: number) => void): Promise<PartnerImport> {
  const query = new URLSearchParams({ fileName: file.name, ...(encoding === 'detect' ? {} : { encoding }) });
  return uploadWithProgress<PartnerImport>(`/api/v1/partner-imports?${query.toString()}`, file, typeOf(file), 202, onProgress);
}

export const getImport = (id: string): Promise<PartnerImport> => call(api.GET('/api/v1/partner-imports/{id}', { params: { path: { id } } }));

export const getMapping = (id: string): Promise<MappingView> => call(api.GET('/api/v1/partner-imports/{id}/mapping', { params: { path: { id } } }));

export const getValues = (id: string, column: string, field: ColumnValues['field']): Promise<ColumnValues> =>
  call(api.GET('/api/v1/partner-imports/{id}/mapping/values', { params: { path: { id }, query: { column, field } } }));

export const mapImport = (id: string, body: MappingBody): Promise<PartnerImport> =>
  call(api.PUT('/api/v1/partner-imports/{id}/mapping', { params: { path: { id } }, body }));

export const commitImport = (partnerImport: PartnerImport, decisions: RowDecision[]): Promise<PartnerImport> =>
  call(
    api.POST('/api/v1/partner-imports/{id}/commit', {
      params: { path: { id: partnerImport.id }, header: { 'If-Match': `"${partnerImport.version}"` } },
      body: { duplicates: 'skip', decisions },
    }),
  );

/** The rows a person looks at: refused, duplicates and merged ones (every page of them). */
export async function problemRowsOf(id: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for (const outcome of ['error', 'duplicate', 'merged'] as const) {
    for (let cursor: string | undefined; ; ) {
      const page = await call(api.GET('/api/v1/partner-imports/{id}/rows', { params: { path: { id }, query: { outcome, limit: 100, cursor } } }));
      rows.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
  }
  return rows.sort((a, b) => a.rowNumber - b.rowNumber);
}

/** The rows to fix, in the file's own columns, as a download. */
export async function downloadProblemRows(partnerImport: PartnerImport): Promise<void> {
  const blob = await call(api.GET('/api/v1/partner-imports/{id}/problem-rows.csv', { params: { path: { id: partnerImport.id } }, parseAs: 'blob' }));
  saveBlob(blob, `${(partnerImport.fileName ?? 'import').replace(/\.csv$/i, '')}-problems.csv`);
}
