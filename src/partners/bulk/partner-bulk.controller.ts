import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../../common/auth/current-user.decorator.js';
import { Roles } from '../../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../../common/http/api-docs.decorators.js';
import { BulkAssignOwnerDto, BulkListDto, BulkPartnersResult, BulkTagDto } from '../dto/partner-bulk.dto.js';
import { PartnerBulkService } from './partner-bulk.service.js';

const UNKNOWN_OR_ARCHIVED: [number, string][] = [
  [400, 'REQUEST.VALIDATION_FAILED'],
  [409, 'PARTNER.ARCHIVED'],
];

/** Changes to the partners selected in the list: all or nothing, each partner audited. */
@ApiTags('partners')
@StaffRoute()
@Roles('admin', 'officer')
@Controller('api/v1/partners/bulk')
export class PartnerBulkController {
  constructor(private readonly bulk: PartnerBulkService) {}

  @Post('assign-owner')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give the selected partners an owner (or none)', operationId: 'bulkAssignPartnerOwner' })
  @ApiOkResponse({ type: BulkPartnersResult })
  @ApiProblems(...UNKNOWN_OR_ARCHIVED, [422, 'PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_OWNER'])
  assignOwner(@Body() dto: BulkAssignOwnerDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkPartnersResult> {
    return this.bulk.assignOwner(dto, user.id);
  }

  @Post('add-to-list')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add the selected partners to a partner list', operationId: 'bulkAddPartnersToList' })
  @ApiOkResponse({ type: BulkPartnersResult })
  @ApiProblems(...UNKNOWN_OR_ARCHIVED, [422, 'PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_LIST'])
  addToList(@Body() dto: BulkListDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkPartnersResult> {
    return this.bulk.addToList(dto, user.id);
  }

  @Post('remove-from-list')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove the selected partners from a partner list', operationId: 'bulkRemovePartnersFromList' })
  @ApiOkResponse({ type: BulkPartnersResult })
  @ApiProblems(...UNKNOWN_OR_ARCHIVED, [422, 'PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_LIST'])
  removeFromList(@Body() dto: BulkListDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkPartnersResult> {
    return this.bulk.removeFromList(dto, user.id);
  }

  @Post('add-tag')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a tag to the selected partners', operationId: 'bulkTagPartners' })
  @ApiOkResponse({ type: BulkPartnersResult })
  @ApiProblems(...UNKNOWN_OR_ARCHIVED, [422, 'PARTNER.BULK_UNKNOWN, PARTNER.TOO_MANY_TAGS'])
  addTag(@Body() dto: BulkTagDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkPartnersResult> {
    return this.bulk.addTag(dto, user.id);
  }
}
