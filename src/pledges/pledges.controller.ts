import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { PledgeCountsResponse } from './dto/pledge-counts.response.js';
import { PledgeResponse } from './dto/pledge.response.js';
import { PublishPledgeTextDto } from './dto/review.dto.js';
import { PledgesService } from './pledges.service.js';

@ApiTags('pledges')
@StaffRoute()
@Controller('api/v1/pledges')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @Get()
  @ApiOperation({ summary: 'Pledges with their text versions and commitments', operationId: 'listPledges' })
  @ApiOkResponse({ type: PledgeResponse, isArray: true })
  list(): Promise<PledgeResponse[]> {
    return this.pledges.list();
  }

  @Post(':slug/texts')
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a new text version (existing signatures keep theirs)', operationId: 'publishPledgeText' })
  @ApiCreatedResponse({ type: PledgeResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PLEDGE.NOT_FOUND'])
  publish(@Param('slug') slug: string, @Body() dto: PublishPledgeTextDto, @CurrentUser() user: AuthenticatedUser): Promise<PledgeResponse> {
    return this.pledges.publishText(slug, dto.body, user.id);
  }

  @Get(':slug/counts')
  @ApiOperation({ summary: 'Signature counts per text version and per area', operationId: 'getPledgeCounts' })
  @ApiOkResponse({ type: PledgeCountsResponse })
  @ApiProblems([404, 'PLEDGE.NOT_FOUND'])
  counts(@Param('slug') slug: string): Promise<PledgeCountsResponse> {
    return this.pledges.counts(slug);
  }
}
