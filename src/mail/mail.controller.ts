import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ListOutboxQuery, OutboxMailPage, OutboxMailResponse } from './dto/outbox-mail.dto.js';
import { OutboxAdminService } from './outbox-admin.service.js';
import { TestMailService } from './test-mail.service.js';

class TestMailResponse {
  @ApiProperty({ format: 'uuid', description: 'The outbox row that will be sent.' }) outboxId: string;
}

@ApiTags('mail')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/mail')
export class MailController {
  constructor(
    private readonly testMail: TestMailService,
    private readonly outbox: OutboxAdminService,
  ) {}

  @Post('test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a test mail to yourself through the outbox', operationId: 'sendTestMail' })
  @ApiAcceptedResponse({ type: TestMailResponse })
  send(@CurrentUser() user: AuthenticatedUser): Promise<TestMailResponse> {
    return this.testMail.sendTo(user.id);
  }

  @Get('outbox')
  @ApiOperation({ summary: 'Outgoing mail in one state (default failed), newest first; never the bodies', operationId: 'listOutboxMail' })
  @ApiOkResponse({ type: OutboxMailPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListOutboxQuery): Promise<OutboxMailPage> {
    return this.outbox.list(query);
  }

  @Post('outbox/:id/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed mail again (same Message-ID, a fresh retry period); audited', operationId: 'resendOutboxMail' })
  @ApiOkResponse({ type: OutboxMailResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'MAIL.NOT_FOUND'], [409, 'MAIL.NOT_FAILED, MAIL.CONTENT_REMOVED'])
  resend(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<OutboxMailResponse> {
    return this.outbox.resend(id, user.id);
  }
}
