import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mediaTypeOf } from '../common/http/raw-upload.js';
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
import { ImportAlreadyCommittedError, ImportMediaTypeError, ImportNotReadyError, PartnerImportNotFoundError } from './partner-imports.errors.js';
import { PartnerImportsRepository } from './partner-imports.repository.js';
import { CSV_MEDIA_TYPE, declaresOtherCharset } from './upload/csv-upload.transport.js';
import { sanitiseImportFileName } from './upload/import-file-name.js';
import { readImportFile } from './upload/import-file.js';

export interface ImportUpload {
  contentType: string | undefined;
  fileName: string | undefined;
  /** The raw body: a Buffer for text/csv; anything else means another media type was sent. */
  body: unknown;
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(upload: ImportUpload, actorId: string): Promise<PartnerImportResponse> {
    const mediaType = mediaTypeOf(upload.contentType);
    if (mediaType !== CSV_MEDIA_TYPE || !Buffer.isBuffer(upload.body) || declaresOtherCharset(upload.contentType)) {
      throw new ImportMediaTypeError(upload.contentType ?? '');
    }
    const content = upload.body;
    const file = readImportFile(content, this.config.partnerImports.maxRows);
    const saved = await this.transactions.run(async (tx) => {
      const partnerImport = await tx.manager.save(
        tx.manager.create(PartnerImport, {
          status: 'validating',
          fileName: upload.fileName === undefined ? null : sanitiseImportFileName(upload.fileName),
          sha256: createHash('sha256').update(content).digest('hex'),
          sizeBytes: content.length,
          columns: file.columns,
          totalRows: file.rows.length,
          createdBy: actorId,
        }),
      );
      await this.rows.insert(tx.manager, partnerImport.id, file.rows);
      tx.afterCommit(() =>
        this.producer.enqueue('partner-imports.dry-run', { importId: partnerImport.id }, jobIds.partnerImportDryRun(partnerImport.id)),
      );
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
    const started = await this.imports.startCommit(id, expectedVersion, dto.duplicates ?? 'skip', actorId);
    if (!started) throw await this.whyNotCommittable(id);
    // If this enqueue is lost, partner-imports.resume-stalled enqueues the same job id later.
    await this.producer.enqueue('partner-imports.commit', { importId: id }, jobIds.partnerImportCommit(id, started.commitAttempts));
    this.logger.log({ msg: 'partner import commit started', importId: id, attempt: started.commitAttempts });
    return this.get(id);
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
    if (status === 'validating' || (status === 'failed' && commitAttempts === 0)) return new ImportNotReadyError(status);
    return new StaleVersionError('IMPORT.VERSION_CONFLICT', version);
  }
}
