import { Module } from '@nestjs/common';
import { MyReminderPreferencesController, UserReminderPreferencesController } from './reminder-preferences.controller.js';
import { ReminderPreferencesService } from './reminder-preferences.service.js';

/** The API side of reminders: staff digest preferences. The jobs live in RemindersWorkerModule. */
@Module({
  controllers: [MyReminderPreferencesController, UserReminderPreferencesController],
  providers: [ReminderPreferencesService],
})
export class RemindersModule {}
