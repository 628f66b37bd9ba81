import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { CreateSavedViewDto, SavedViewResponse, UpdateSavedViewDto } from './dto/saved-view.dto.js';
import { SavedViewsService } from './saved-views.service.js';

/** Every staff member (viewers too: a view only reads) keeps their own views of the partner list. */
@ApiTags('saved-views')
@StaffRoute()
@Controller('api/v1/saved-views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @ApiOperation({ summary: 'My saved partner-list views, then those colleagues share', operationId: 'listSavedViews' })
  @ApiOkResponse({ type: SavedViewResponse, isArray: true })
  list(@CurrentUser() user: AuthenticatedUser): Promise<SavedViewResponse[]> {
    return this.views.list(user.id);
  }

  @Post()
  @ApiOperation({ summary: 'Save a view of the partner list (filters, sort, columns)', operationId: 'createSavedView' })
  @ApiCreatedResponse({ type: SavedViewResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'SAVED_VIEW.NAME_TAKEN'], [422, 'SAVED_VIEW.TOO_MANY'])
  create(@Body() dto: CreateSavedViewDto, @CurrentUser() user: AuthenticatedUser): Promise<SavedViewResponse> {
    return this.views.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change one of my saved views (rename, refilter, share…)', operationId: 'updateSavedView' })
  @ApiOkResponse({ type: SavedViewResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [403, 'SAVED_VIEW.NOT_OWNER'], [404, 'SAVED_VIEW.NOT_FOUND'], [409, 'SAVED_VIEW.NAME_TAKEN'])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSavedViewDto, @CurrentUser() user: AuthenticatedUser): Promise<SavedViewResponse> {
    return this.views.update(id, dto, user.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my saved views', operationId: 'deleteSavedView' })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [403, 'SAVED_VIEW.NOT_OWNER'], [404, 'SAVED_VIEW.NOT_FOUND'])
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.views.remove(id, user.id);
  }
}
