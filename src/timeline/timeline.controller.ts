import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { TimelinePage, TimelineService } from './timeline.service.js';

class TimelineQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

@ApiTags('partners')
@StaffRoute()
@Controller('api/v1/partners/:id/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiOperation({ summary: 'A partner\'s meetings, actions and record changes, newest first', operationId: 'getPartnerTimeline' })
  @ApiOkResponse({ type: TimelinePage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'], [404, 'PARTNER.NOT_FOUND'])
  page(@Param('id', ParseUUIDPipe) id: string, @Query() query: TimelineQuery): Promise<TimelinePage> {
    return this.timeline.page(id, query.limit ?? 25, query.cursor);
  }
}
