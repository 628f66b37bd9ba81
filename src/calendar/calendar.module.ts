import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarFeedPublicController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

@Module({ controllers: [CalendarFeedController, CalendarFeedPublicController], providers: [CalendarService] })
export class CalendarModule {}
