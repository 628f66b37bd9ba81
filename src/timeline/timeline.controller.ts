import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { PageQuery } from '../common/http/page.query.js';
import { TIMELINE_TYPES, TimelinePage, type TimelineType } from './timeline.dto.js';
import { TimelineService } from './timeline.service.js';

class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TIMELINE_TYPES, description: 'Only entries of this type.' })
  @IsOptional()
  @IsIn(TIMELINE_TYPES)
  type?: TimelineType;
}

@ApiTags('partners')
@StaffRoute()
@Controller('api/v1/partners/:id/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiOperation({ summary: 'A partner\'s meetings, actions, contacts, agreements and record changes, newest first, in words with who did them', operationId: 'getPartnerTimeline' })
  @ApiOkResponse({ type: TimelinePage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'], [404, 'PARTNER.NOT_FOUND'])
  page(@Param('id', ParseUUIDPipe) id: string, @Query() query: TimelineQuery): Promise<TimelinePage> {
    return this.timeline.page(id, query.limit ?? 25, query.cursor, query.type);
  }
}
