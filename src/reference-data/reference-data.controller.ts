import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import {
  CategoryCodeParams,
  CategoryParam,
  CreateReferenceEntryDto,
  ListReferenceQuery,
  ReferenceEntryResponse,
  ReferenceEntryUsageResponse,
  ReorderReferenceEntriesDto,
  UpdateReferenceEntryDto,
} from './dto/reference-entry.dto.js';
import { ReferenceDataService } from './reference-data.service.js';

@ApiTags('reference data')
@StaffRoute()
@Controller('api/v1/reference-data')
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get(':category')
  @ApiOperation({ summary: 'List the entries of a reference list', operationId: 'listReferenceEntries' })
  @ApiOkResponse({ type: ReferenceEntryResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  list(@Param() { category }: CategoryParam, @Query() query: ListReferenceQuery): Promise<ReferenceEntryResponse[]> {
    return this.referenceData.list(category, query.includeRetired === 'true');
  }

  @Post(':category')
  @Roles('admin')
  @ApiOperation({ summary: 'Add an entry to a reference list', operationId: 'createReferenceEntry' })
  @ApiCreatedResponse({ type: ReferenceEntryResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'REFERENCE.CODE_TAKEN'])
  create(
    @Param() { category }: CategoryParam,
    @Body() dto: CreateReferenceEntryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReferenceEntryResponse> {
    return this.referenceData.create(category, dto, user.id);
  }

  @Patch(':category/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename, reorder, retire or restore a reference entry', operationId: 'updateReferenceEntry' })
  @ApiOkResponse({ type: ReferenceEntryResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'REFERENCE.NOT_FOUND'])
  update(
    @Param() { category, code }: CategoryCodeParams,
    @Body() dto: UpdateReferenceEntryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReferenceEntryResponse> {
    return this.referenceData.update(category, code, dto, user.id);
  }

  @Get(':category/usage')
  @Roles('admin')
  @ApiOperation({ summary: 'How many records use each entry of a reference list (retired entries too)', operationId: 'getReferenceUsage' })
  @ApiOkResponse({ type: ReferenceEntryUsageResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  usage(@Param() { category }: CategoryParam): Promise<ReferenceEntryUsageResponse[]> {
    return this.referenceData.usageOf(category);
  }

  @Put(':category/order')
  @Roles('admin')
  @ApiOperation({ summary: 'Put a whole reference list in a new order (every code, once each)', operationId: 'reorderReferenceEntries' })
  @ApiOkResponse({ type: ReferenceEntryResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REFERENCE.ORDER_MISMATCH'])
  reorder(
    @Param() { category }: CategoryParam,
    @Body() dto: ReorderReferenceEntriesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReferenceEntryResponse[]> {
    return this.referenceData.reorder(category, dto.codes, user.id);
  }
}
