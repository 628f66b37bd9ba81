import { Module } from '@nestjs/common';
import { ImportMappingService } from './mapping/import-mapping.service.js';
import { SavedMappingsRepository } from './mapping/saved-mappings.repository.js';
import { PartnerImportRowsRepository } from './partner-import-rows.repository.js';
import { PartnerImportsController } from './partner-imports.controller.js';
import { PartnerImportsRepository } from './partner-imports.repository.js';
import { PartnerImportsService } from './partner-imports.service.js';

/** API side of partner CSV imports: upload, report, commit request. The jobs live in PartnerImportsWorkerModule. */
@Module({
  controllers: [PartnerImportsController],
  providers: [PartnerImportsService, PartnerImportsRepository, PartnerImportRowsRepository, ImportMappingService, SavedMappingsRepository],
})
export class PartnerImportsModule {}
