import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataController } from './reference-data.controller.js';
import { ReferenceDataService } from './reference-data.service.js';
import { ReferenceEntry } from './reference-entry.entity.js';
import { ReferenceUsageRepository } from './reference-usage.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReferenceEntry])],
  controllers: [ReferenceDataController],
  providers: [ReferenceDataService, ReferenceUsageRepository],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
