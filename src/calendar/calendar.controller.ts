import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { CalendarService } from './calendar.service.js';

class CalendarFeedResponse {
  @ApiProperty({ description: 'Subscribe to this URL in a calendar app. Shown once; rotating replaces it.' }) url: string;
}

@ApiTags('calendar')
@StaffRoute()
@Controller('api/v1/calendar/feed')
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Post()
  @ApiOperation({ summary: 'Create (or rotate) your personal calendar feed URL', operationId: 'rotateCalendarFeed' })
  @ApiCreatedResponse({ type: CalendarFeedResponse })
  rotate(@CurrentUser() user: AuthenticatedUser): Promise<CalendarFeedResponse> {
    return this.calendar.rotate(user.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke your calendar feed URL', operationId: 'revokeCalendarFeed' })
  @ApiNoContentResponse()
  revoke(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.calendar.revoke(user.id);
  }
}

/** The feed itself: public route, authenticated by the secret in its URL. */
@ApiTags('calendar')
@Public()
@Controller('calendar')
export class CalendarFeedPublicController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':token/feed.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'A staff user\'s iCalendar feed (meetings, action due dates)', operationId: 'getCalendarFeed' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiProblems([404, 'CALENDAR.FEED_NOT_FOUND'])
  feed(@Param('token') token: string): Promise<string> {
    return this.calendar.feed(token);
  }
}
