import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionRunner } from '../../database/transaction.js';
import { JobProducer } from '../../queue/job-producer.service.js';
import { jobIds } from '../../queue/queue.contract.js';
import { isPartnerCsvColumn, PARTNER_CSV_COLUMNS, REQUIRED_PARTNER_CSV_COLUMNS, type PartnerCsvColumn } from '../../partners/partner-csv-columns.js';
import type { ImportValuesQuery, MapPartnerImportDto } from '../dto/import-mapping.dto.js';
import type { ImportColumnValues, PartnerImportMappingView } from '../dto/import-mapping.response.js';
import type { PartnerImport } from '../partner-import.entity.js';
import { PartnerImportRowsRepository } from '../partner-import-rows.repository.js';
import {
  ImportMappingInvalidError,
  ImportNotMappableError,
  PartnerImportNotFoundError,
  SavedMappingNameTakenError,
  type MappingProblem,
} from '../partner-imports.errors.js';
import { PartnerImportsRepository } from '../partner-imports.repository.js';
import { suggestColumn } from './column-suggestions.js';
import { isValueMappedColumn, type ImportMapping, type ValueMappedColumn } from './import-mapping.js';
import { SavedMappingsRepository } from './saved-mappings.repository.js';
import { valueOptions } from './value-options.js';
import { suggestValue, type ValueOption } from './value-suggestions.js';

const SAMPLE_ROWS = 50;
const SAMPLES = 5;
const MAX_VALUES = 500;

/**
 * The mapping step of an import: what each file column most likely holds, what its coded values
 * stand for, the mapping chosen (and saved by name), and the dry run it starts.
 */
@Injectable()
export class ImportMappingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
    private readonly saved: SavedMappingsRepository,
    private readonly audit: AuditService,
    private readonly producer: JobProducer,
  ) {}

  async view(id: string): Promise<PartnerImportMappingView> {
    const partnerImport = await this.found(id);
    const firstCells = await this.rows.firstCells(id, SAMPLE_ROWS);
    const samples = (column: string): string[] =>
      [...new Set(firstCells.map((cells) => (cells[column] ?? '').trim()).filter((v) => v !== ''))].slice(0, SAMPLES);
    const suggested = suggestColumns(partnerImport.columns, samples);
    const saved = await this.saved.forHeader(partnerImport.columns);
    return {
      columns: partnerImport.columns.map((column) => ({
        column,
        samples: samples(column),
        suggested: suggested.get(column) ?? null,
        mapped: partnerImport.mapping?.columns[column] ?? null,
      })),
      fields: PARTNER_CSV_COLUMNS.map((field) => ({ field, required: REQUIRED_PARTNER_CSV_COLUMNS.includes(field), coded: isValueMappedColumn(field) })),
      values: partnerImport.mapping?.values ?? {},
      saved: saved.map((s) => ({ id: s.id, name: s.name, columns: s.mapping.columns, values: s.mapping.values, updatedAt: s.updatedAt.toISOString() })),
      encoding: partnerImport.encoding,
      delimiter: partnerImport.delimiter,
    };
  }

  async values(id: string, query: ImportValuesQuery): Promise<ImportColumnValues> {
    const partnerImport = await this.found(id);
    if (!partnerImport.columns.includes(query.column)) throw new ImportMappingInvalidError({ ...noProblem(), unknownColumns: [query.column] });
    const options = await valueOptions(this.dataSource.manager, query.field);
    const chosen = partnerImport.mapping?.values[query.field] ?? {};
    const found = await this.rows.distinctValues(id, query.column, isMultiValued(query.field), MAX_VALUES);
    return {
      field: query.field,
      column: query.column,
      options,
      values: found.map(({ value, rows }) => ({ value, rows, suggested: chosen[value] ?? suggestValue(query.field, value, options) })),
    };
  }

  /** Sets the mapping and (re)starts the dry run; a mapping to save is saved with it. */
  async map(id: string, dto: MapPartnerImportDto, actorId: string): Promise<void> {
    const partnerImport = await this.found(id);
    if (!['mapping', 'validated'].includes(partnerImport.status) || partnerImport.commitAttempts > 0) throw new ImportNotMappableError(partnerImport.status);
    const mapping = await this.checked(partnerImport, dto);
    const complete = await this.withAutomaticValues(partnerImport.id, mapping);
    await this.transactions.run(async (tx) => {
      const version = await this.imports.startDryRun(tx.manager, id, complete);
      if (version === null) throw new ImportNotMappableError(partnerImport.status);
      await this.rows.reset(tx.manager, id);
      if (dto.saveAs !== undefined) await this.save(tx.manager, dto.saveAs.trim(), partnerImport.columns, mapping, actorId);
      tx.afterCommit(() => this.producer.enqueue('partner-imports.dry-run', { importId: id }, jobIds.partnerImportDryRun(id, version)));
    });
  }

  /** The first mapping of a file in the product's own columns: each to itself, values matched automatically. */
  async automaticValues(values: Map<ValueMappedColumn, string[]>): Promise<ImportMapping['values']> {
    const result: ImportMapping['values'] = {};
    for (const [field, found] of values) {
      const matched = matchValues(field, found, await valueOptions(this.dataSource.manager, field), {});
      if (Object.keys(matched).length > 0) result[field] = matched;
    }
    return result;
  }

  private async save(manager: EntityManager, name: string, columns: readonly string[], mapping: ImportMapping, actorId: string): Promise<void> {
    const saved = await this.saved.save(manager, name, columns, mapping, actorId);
    if (!saved) throw new SavedMappingNameTakenError(name);
    await this.audit.record(manager, {
      entityType: 'import-mapping',
      entityId: saved.id,
      action: saved.created ? 'created' : 'updated',
      actorId,
      changes: { name: { before: null, after: name } },
    });
  }

  private async found(id: string): Promise<PartnerImport> {
    const partnerImport = await this.imports.find(id);
    if (!partnerImport) throw new PartnerImportNotFoundError();
    return partnerImport;
  }

  /** The mapping as asked, refused whole with every problem named. Columns left out are not imported. */
  private async checked(partnerImport: PartnerImport, dto: MapPartnerImportDto): Promise<ImportMapping> {
    const problem = noProblem();
    const columns: ImportMapping['columns'] = Object.fromEntries(partnerImport.columns.map((c) => [c, null]));
    for (const [column, target] of Object.entries(dto.columns)) {
      if (!partnerImport.columns.includes(column)) problem.unknownColumns.push(column);
      else if (target !== null && (typeof target !== 'string' || !isPartnerCsvColumn(target))) problem.unknownFields.push(String(target));
      else columns[column] = target;
    }
    const targets = Object.values(columns).filter((t): t is PartnerCsvColumn => t !== null);
    problem.repeatedTargets = [...new Set(targets.filter((t, i) => targets.indexOf(t) !== i))];
    problem.missingRequired = REQUIRED_PARTNER_CSV_COLUMNS.filter((f) => !targets.includes(f));
    const values: ImportMapping['values'] = {};
    for (const [field, given] of Object.entries(dto.values ?? {})) {
      if (!isValueMappedColumn(field) || typeof given !== 'object' || given === null) {
        problem.unknownFields.push(field);
        continue;
      }
      const options = new Set((await valueOptions(this.dataSource.manager, field)).map((o) => o.code));
      const entries = Object.entries(given).filter(([, code]) => typeof code === 'string' && code !== '');
      const unknown = entries.filter(([, code]) => !options.has(code)).map(([, code]) => code);
      if (unknown.length > 0) problem.unknownCodes.push({ field, codes: [...new Set(unknown)] });
      values[field] = Object.fromEntries(entries);
    }
    const invalid = Object.values(problem).some((p: unknown[]) => p.length > 0);
    if (invalid) throw new ImportMappingInvalidError(problem);
    return { columns, values };
  }

  /** Values the user left unmapped, matched where that is sure (codes, labels, synonyms). */
  private async withAutomaticValues(importId: string, mapping: ImportMapping): Promise<ImportMapping> {
    const values: ImportMapping['values'] = { ...mapping.values };
    for (const [column, target] of Object.entries(mapping.columns)) {
      if (target === null || !isValueMappedColumn(target)) continue;
      const found = await this.rows.distinctValues(importId, column, isMultiValued(target), 5000);
      const matched = matchValues(target, found.map((f) => f.value), await valueOptions(this.dataSource.manager, target), values[target] ?? {});
      values[target] = { ...matched, ...(values[target] ?? {}) };
    }
    return { columns: mapping.columns, values };
  }
}

const isMultiValued = (field: ValueMappedColumn): boolean => ['lists', 'priority_areas', 'themes'].includes(field);

function noProblem(): MappingProblem {
  return { unknownColumns: [], unknownFields: [], repeatedTargets: [], missingRequired: [], unknownCodes: [] };
}

/** Automatic matches for values not given, leaving out values that already are their code. */
function matchValues(field: ValueMappedColumn, found: readonly string[], options: readonly ValueOption[], given: Record<string, string>): Record<string, string> {
  const matched: Record<string, string> = {};
  for (const value of found) {
    if (Object.hasOwn(given, value)) continue;
    const code = suggestValue(field, value, options);
    if (code !== null && code !== value) matched[value] = code;
  }
  return matched;
}

/** Suggestions for every column: headers that say a field outright are served first, each field at most once. */
function suggestColumns(columns: readonly string[], samples: (column: string) => string[]): Map<string, PartnerCsvColumn> {
  const taken = new Set<PartnerCsvColumn>();
  const result = new Map<string, PartnerCsvColumn>();
  for (const pass of ['header', 'values'] as const) {
    for (const column of columns) {
      if (result.has(column)) continue;
      const suggestion = suggestColumn(column, pass === 'header' ? [] : samples(column), taken);
      if (suggestion) {
        result.set(column, suggestion);
        taken.add(suggestion);
      }
    }
  }
  return result;
}
