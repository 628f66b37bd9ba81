import type { PartnerImport } from '../partner-import.entity.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import type { PartnerImportRowsRepository } from '../partner-import-rows.repository.js';
import { applyMapping, fileColumnOf, fileColumnsFor, identityMapping, type ImportMapping } from '../mapping/import-mapping.js';
import { IDENTITY_COLUMNS, InFileIndex } from '../planning/in-file-index.js';

const INDEX_PAGE = 10_000;

/** The import's mapping; a file in the product's own columns (uploaded before mappings existed, too) maps itself. */
export function mappingOf(partnerImport: PartnerImport): ImportMapping {
  return partnerImport.mapping ?? identityMapping(partnerImport.columns);
}

/** Problems named by the file's column, where the user sees the cell. */
export function inFileTerms(mapping: ImportMapping, problems: ImportRowProblem[]): ImportRowProblem[] {
  return problems.map((p) => ({ ...p, column: fileColumnOf(mapping, p.column) }));
}

/** Every row's identity first: whether a row repeats an earlier one cannot wait for the earlier one's chunk. */
export async function buildInFileIndex(rows: PartnerImportRowsRepository, importId: string, mapping: ImportMapping): Promise<InFileIndex> {
  const index = new InFileIndex();
  const columns = fileColumnsFor(mapping, IDENTITY_COLUMNS);
  for (let after = 0; ; ) {
    const page = await rows.identityCells(importId, after, INDEX_PAGE, columns);
    for (const row of page) index.add(row.rowNumber, applyMapping(mapping, row.cells));
    if (page.length < INDEX_PAGE) return index;
    after = page[page.length - 1].rowNumber;
  }
}
