import { Module } from '@nestjs/common';
import { InstitutionCalendar } from '../agreements/calendar.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { CaseStudiesService } from './case-studies.service.js';
import { FiguresRepository } from './figures.repository.js';
import { PlanActivitiesService } from './plan-activities.service.js';
import { PlanController } from './plan.controller.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { QuarterlyUpdatesService } from './quarterly-updates.service.js';
import { PublicReportsController, ReportsController } from './reports.controller.js';

/** The implementation plan, quarterly updates, the annual report and coverage figures. */
@Module({
  imports: [ReferenceDataModule],
  controllers: [PlanController, ReportsController, PublicReportsController],
  providers: [PlanActivitiesService, ProgressUpdatesService, CaseStudiesService, QuarterlyUpdatesService, FiguresRepository, InstitutionCalendar],
})
export class PlanModule {}
