import { Module } from '@nestjs/common';
import { PartnerImportRowsRepository } from './partner-import-rows.repository.js';
import { PartnerImportsController } from './partner-imports.controller.js';
import { PartnerImportsRepository } from './partner-imports.repository.js';
import { PartnerImportsService } from './partner-imports.service.js';

/** API side of partner CSV imports: upload, report, commit request. The jobs live in PartnerImportsWorkerModule. */
@Module({
  controllers: [PartnerImportsController],
  providers: [PartnerImportsService, PartnerImportsRepository, PartnerImportRowsRepository],
})
export class PartnerImportsModule {}
