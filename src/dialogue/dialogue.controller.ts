import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { DialogueService } from './dialogue.service.js';
import {
  DialogueStatusResponse,
  ListOverdueQuery,
  ListSnoozedQuery,
  OverduePage,
  OwnerDialogueSummary,
  SnoozeDto,
  SnoozedPage,
  SummaryQuery,
} from './dto/dialogue.dto.js';

@ApiTags('dialogue')
@StaffRoute()
@Controller('api/v1')
export class DialogueController {
  constructor(private readonly dialogue: DialogueService) {}

  @Get('partners/:id/dialogue')
  @ApiOperation({ summary: 'Cadence, last and next dialogue, due date and snooze of a partner', operationId: 'getPartnerDialogue' })
  @ApiOkResponse({ type: DialogueStatusResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PARTNER.NOT_FOUND'])
  status(@Param('id', ParseUUIDPipe) id: string): Promise<DialogueStatusResponse> {
    return this.dialogue.status(id);
  }

  @Post('partners/:id/dialogue/snooze')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Snooze dialogue reminders for a partner until a date, with a reason', operationId: 'snoozePartnerDialogue' })
  @ApiOkResponse({ type: DialogueStatusResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'], [422, 'DIALOGUE.SNOOZE_IN_PAST, DIALOGUE.SNOOZE_TOO_LONG'])
  snooze(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SnoozeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DialogueStatusResponse> {
    return this.dialogue.snooze(id, dto, user.id);
  }

  @Post('partners/:id/dialogue/unsnooze')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'End a partner\'s snooze now', operationId: 'unsnoozePartnerDialogue' })
  @ApiOkResponse({ type: DialogueStatusResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PARTNER.NOT_FOUND'])
  unsnooze(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<DialogueStatusResponse> {
    return this.dialogue.snooze(id, null, user.id);
  }

  @Get('dialogue/overdue')
  @ApiOperation({ summary: 'Partners overdue (or due soon) for dialogue, per owner or for the team', operationId: 'listOverdueDialogue' })
  @ApiOkResponse({ type: OverduePage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  overdue(@Query() query: ListOverdueQuery, @CurrentUser() user: AuthenticatedUser): Promise<OverduePage> {
    return this.dialogue.overdue(query, user.id);
  }

  @Get('dialogue/snoozed')
  @ApiOperation({ summary: 'Partners whose dialogue reminders are snoozed, the soonest to resume first', operationId: 'listSnoozedDialogue' })
  @ApiOkResponse({ type: SnoozedPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  snoozed(@Query() query: ListSnoozedQuery, @CurrentUser() user: AuthenticatedUser): Promise<SnoozedPage> {
    return this.dialogue.snoozed(query, user.id);
  }

  @Get('dialogue/summary')
  @ApiOperation({ summary: 'Overdue and due-soon counts per relationship owner', operationId: 'getDialogueSummary' })
  @ApiOkResponse({ type: OwnerDialogueSummary, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  summary(@Query() query: SummaryQuery): Promise<OwnerDialogueSummary[]> {
    return this.dialogue.summary(query.dueWithinDays ?? 14);
  }
}
