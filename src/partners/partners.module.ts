import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { PartnerBulkController } from './bulk/partner-bulk.controller.js';
import { PartnerBulkService } from './bulk/partner-bulk.service.js';
import { PartnerCsvExport } from './export/partner-csv-export.js';
import { PartnerExportController } from './export/partner-export.controller.js';
import { PartnerFilterIds } from './partner-filter-ids.js';
import { PartnerListsController } from './partner-lists.controller.js';
import { PartnerList } from './partner-list.entity.js';
import { PartnerMergeService } from './partner-merge.service.js';
import { PartnerWriter } from './partner-writer.js';
import { Partner } from './partner.entity.js';
import { PartnersController } from './partners.controller.js';
import { PartnersRepository } from './partners.repository.js';
import { PartnersService } from './partners.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Partner, PartnerList]), ReferenceDataModule],
  controllers: [PartnersController, PartnerListsController, PartnerExportController, PartnerBulkController],
  providers: [PartnersService, PartnersRepository, PartnerFilterIds, PartnerWriter, PartnerMergeService, DialogueDates, PartnerCsvExport, PartnerBulkService],
  exports: [PartnersService, PartnersRepository, PartnerWriter, DialogueDates],
})
export class PartnersModule {}
