import { Module } from '@nestjs/common';
import { DialogueController } from '../dialogue/dialogue.controller.js';
import { DialogueService } from '../dialogue/dialogue.service.js';
import { PartnersModule } from '../partners/partners.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { ActionListRepository } from './action-list.repository.js';
import { MeetingActionsService } from './meeting-actions.service.js';
import { MeetingWriter } from './meeting-writer.js';
import { ActionsController, MeetingsController } from './meetings.controller.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';

/** Meeting logs, actions, and the dialogue status derived from them. */
@Module({
  imports: [ReferenceDataModule, PartnersModule],
  controllers: [MeetingsController, ActionsController, DialogueController],
  providers: [MeetingsService, ActionListRepository, MeetingsRepository, MeetingWriter, MeetingActionsService, DialogueService],
  exports: [DialogueService],
})
export class MeetingsModule {}
