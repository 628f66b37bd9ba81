import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { ApiProblems } from '../common/http/api-docs.decorators.js';
import { PasswordLinkDto, PasswordLinkResponse, PasswordResetRequestDto, SetPasswordDto } from './dto/password-links.dto.js';
import { PasswordLinksService } from './password-links.service.js';

const WEAK_PASSWORD: [number, string] = [422, 'PASSWORD.TOO_SHORT, PASSWORD.TOO_COMMON'];

/**
 * The emailed links: no session, the link's token is the credential. It travels in the body (the
 * link carries it after `#`, so it is never in a URL the server or a referrer sees).
 */
@ApiTags('auth')
@Public()
@Controller('api/v1/auth')
export class PasswordLinksController {
  constructor(private readonly links: PasswordLinksService) {}

  @Post('invitations/inspect')
  @HttpCode(200)
  @ApiOperation({ summary: 'Whose invitation a link is, if it is still valid', operationId: 'inspectInvitation' })
  @ApiOkResponse({ type: PasswordLinkResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [410, 'AUTH.INVITATION_INVALID'])
  inspectInvitation(@Body() dto: PasswordLinkDto): Promise<PasswordLinkResponse> {
    return this.links.inspect(dto.token, 'invitation');
  }

  @Post('invitations/accept')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose the first password with an invitation link (the link is spent)', operationId: 'acceptInvitation' })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [410, 'AUTH.INVITATION_INVALID'], WEAK_PASSWORD)
  acceptInvitation(@Body() dto: SetPasswordDto): Promise<void> {
    return this.links.complete(dto.token, 'invitation', dto.password);
  }

  @Post('password-resets')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Forgotten password: mails a reset link if an active account has this email. The answer is the same either way',
    operationId: 'requestPasswordReset',
  })
  @ApiAcceptedResponse({ description: 'Accepted: if the account exists, a link is on its way.' })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [429, 'AUTH.PASSWORD_RESET_RATE_LIMITED'])
  requestReset(@Body() dto: PasswordResetRequestDto, @Ip() ip: string): Promise<void> {
    return this.links.requestReset(dto.email, ip);
  }

  @Post('password-resets/inspect')
  @HttpCode(200)
  @ApiOperation({ summary: 'Whose password reset link this is, if it is still valid', operationId: 'inspectPasswordReset' })
  @ApiOkResponse({ type: PasswordLinkResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [410, 'AUTH.RESET_TOKEN_INVALID'])
  inspectReset(@Body() dto: PasswordLinkDto): Promise<PasswordLinkResponse> {
    return this.links.inspect(dto.token, 'reset');
  }

  @Post('password-resets/complete')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Choose a new password with a reset link (the link is spent; every session of the account ends)',
    operationId: 'completePasswordReset',
  })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [410, 'AUTH.RESET_TOKEN_INVALID'], WEAK_PASSWORD)
  completeReset(@Body() dto: SetPasswordDto): Promise<void> {
    return this.links.complete(dto.token, 'reset', dto.password);
  }
}
