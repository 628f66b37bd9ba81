import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { StaleVersionError } from '../common/http/etag.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { JobProducer } from '../queue/job-producer.service.js';
import { jobIds } from '../queue/queue.contract.js';
import type { PartnerImportRowPage } from './dto/partner-import-row.response.js';
import type { CommitPartnerImportDto, ListImportRowsQuery, ListPartnerImportsQuery } from './dto/partner-import.dto.js';
import { toPartnerImportResponse, type PartnerImportPage, type PartnerImportResponse } from './dto/partner-import.response.js';
import { PartnerImport } from './partner-import.entity.js';
import { PartnerImportRowsRepository } from './partner-import-rows.repository.js';
import {
  ImportAlreadyCommittedError,
  ImportMediaTypeError,
  ImportNotMappedError,
  ImportNotReadyError,
  PartnerImportNotFoundError,
} from './partner-imports.errors.js';
import { PartnerImportsRepository } from './partner-imports.repository.js';
import type { RowDecisions } from './jobs/row-decisions.js';
import { cellValues, identityMapping, isValueMappedColumn, type ImportMapping, type ValueMappedColumn } from './mapping/import-mapping.js';
import { ImportMappingService } from './mapping/import-mapping.service.js';
import type { ImportEncoding } from './partner-import.entity.js';
import { declaredEncoding, isCsvUpload } from './upload/csv-upload.transport.js';
import { sanitiseImportFileName } from './upload/import-file-name.js';
import { readImportFile, type ImportFile } from './upload/import-file.js';
import { problemRowsCsv, type ProblemRow } from './problem-rows-csv.js';

export interface ImportUpload {
  contentType: string | undefined;
  fileName: string | undefined;
  /** The raw body: a Buffer for the CSV types; anything else means another media type was sent. */
  body: unknown;
  /** Chosen by the uploader; else declared by a charset parameter, else detected. */
  encoding?: ImportEncoding;
}

/**
 * Partner CSV imports, the API side: the upload is checked as a whole (encoding, CSV syntax,
 * header, size) and stored with its rows in one transaction, then the jobs do the rest: the dry
 * run, and the commit once a user asks for it with the version they reviewed.
 */
@Injectable()
export class PartnerImportsService {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
    private readonly producer: JobProducer,
    private readonly mappings: ImportMappingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores an uploaded file with its rows. A file in the product's own columns maps itself and its dry
   * run is queued at once; any other waits in `mapping` for its columns to be mapped.
   */
  async upload(upload: ImportUpload, actorId: string): Promise<PartnerImportResponse> {
    const declared = declaredEncoding(upload.contentType);
    if (!isCsvUpload(upload.contentType, upload.fileName) || !Buffer.isBuffer(upload.body) || declared === null) {
      throw new ImportMediaTypeError(upload.contentType ?? '');
    }
    const content = upload.body;
    const file = readImportFile(content, this.config.partnerImports.maxRows, upload.encoding ?? declared);
    const mapping = file.ownColumns ? await this.ownMapping(file) : null;
    const saved = await this.transactions.run(async (tx) => {
      const partnerImport = await tx.manager.save(
        tx.manager.create(PartnerImport, {
          status: mapping ? 'validating' : 'mapping',
          encoding: file.encoding,
          delimiter: file.delimiter,
          mapping,
          fileName: upload.fileName === undefined ? null : sanitiseImportFileName(upload.fileName),
          sha256: createHash('sha256').update(content).digest('hex'),
          sizeBytes: content.length,
          columns: file.columns,
          totalRows: file.rows.length,
          createdBy: actorId,
        }),
      );
      await this.rows.insert(tx.manager, partnerImport.id, file.rows);
      if (mapping) {
        const { id, version } = partnerImport;
        tx.afterCommit(() => this.producer.enqueue('partner-imports.dry-run', { importId: id }, jobIds.partnerImportDryRun(id, version)));
      }
      return partnerImport;
    });
    this.logger.log({ msg: 'partner import uploaded', importId: saved.id, rows: saved.totalRows, bytes: saved.sizeBytes });
    return this.get(saved.id);
  }

  async get(id: string): Promise<PartnerImportResponse> {
    const partnerImport = await this.imports.find(id);
    if (!partnerImport) throw new PartnerImportNotFoundError();
    return toPartnerImportResponse(partnerImport, await this.rows.counts(id));
  }

  list(query: ListPartnerImportsQuery): Promise<PartnerImportPage> {
    return this.imports.page(query);
  }

  async rowsOf(id: string, query: ListImportRowsQuery): Promise<PartnerImportRowPage> {
    if (!(await this.imports.find(id))) throw new PartnerImportNotFoundError();
    return this.rows.page(id, query);
  }

  /** Starts the commit of the dry run the caller reviewed (If-Match: its version), once. */
  async commit(id: string, expectedVersion: number, dto: CommitPartnerImportDto, actorId: string): Promise<PartnerImportResponse> {
    const decisions: RowDecisions = Object.fromEntries(
      (dto.decisions ?? []).map((d) => [String(d.rowNumber), { action: d.action, partnerId: d.partnerId ?? null }]),
    );
    const started = await this.imports.startCommit(id, expectedVersion, dto.duplicates ?? 'skip', decisions, actorId);
    if (!started) throw await this.whyNotCommittable(id);
    // If this enqueue is lost, partner-imports.resume-stalled enqueues the same job id later.
    await this.producer.enqueue('partner-imports.commit', { importId: id }, jobIds.partnerImportCommit(id, started.commitAttempts));
    this.logger.log({ msg: 'partner import commit started', importId: id, attempt: started.commitAttempts });
    return this.get(id);
  }

  /** The rows to fix, as a CSV in the file's own columns plus what is wrong with each. */
  async problemRows(id: string, errorsOnly: boolean): Promise<{ csv: string; fileName: string }> {
    const partnerImport = await this.imports.find(id);
    if (!partnerImport) throw new PartnerImportNotFoundError();
    const rows: ProblemRow[] = [];
    for (let after = 0; ; ) {
      const page = await this.rows.problemRows(id, errorsOnly, after, 5000);
      rows.push(...page);
      if (page.length < 5000) break;
      after = page[page.length - 1].rowNumber;
    }
    const base = (partnerImport.fileName ?? 'import').replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '-');
    return { csv: problemRowsCsv(partnerImport.columns, rows), fileName: `${base}-problems.csv` };
  }

  /** Deletes an import and its rows, while nothing of it has been written to partners. */
  async remove(id: string): Promise<void> {
    if (await this.imports.deleteUncommitted(id)) return;
    const partnerImport = await this.imports.find(id);
    if (!partnerImport) throw new PartnerImportNotFoundError();
    throw new ImportAlreadyCommittedError(partnerImport.status);
  }

  private async whyNotCommittable(id: string): Promise<Error> {
    const partnerImport = await this.imports.find(id);
    if (!partnerImport) return new PartnerImportNotFoundError();
    const { status, commitAttempts, version } = partnerImport;
    if (status === 'committing' || status === 'committed') return new ImportAlreadyCommittedError(status);
    if (status === 'mapping') return new ImportNotMappedError();
    if (status === 'validating' || (status === 'failed' && commitAttempts === 0)) return new ImportNotReadyError(status);
    return new StaleVersionError('IMPORT.VERSION_CONFLICT', version);
  }

  /** A file in the product's own columns: each column to itself, its coded values matched automatically. */
  private async ownMapping(file: ImportFile): Promise<ImportMapping> {
    const mapping = identityMapping(file.columns);
    const found = new Map<ValueMappedColumn, string[]>();
    for (const column of file.columns.filter(isValueMappedColumn)) {
      found.set(column, [...new Set(file.rows.flatMap((row) => cellValues(column, row.cells[column] ?? '')))]);
    }
    return { ...mapping, values: await this.mappings.automaticValues(found) };
  }
}
