import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { StaffRoute } from '../common/http/api-docs.decorators.js';
import { TestMailService } from './test-mail.service.js';

class TestMailResponse {
  @ApiProperty({ format: 'uuid', description: 'The outbox row that will be sent.' }) outboxId: string;
}

@ApiTags('mail')
@StaffRoute()
@Controller('api/v1/mail')
export class MailController {
  constructor(private readonly testMail: TestMailService) {}

  @Post('test')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Send a test mail to yourself through the outbox', operationId: 'sendTestMail' })
  @ApiAcceptedResponse({ type: TestMailResponse })
  send(@CurrentUser() user: AuthenticatedUser): Promise<TestMailResponse> {
    return this.testMail.sendTo(user.id);
  }
}
