import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principals/current-principal.decorator.js';
import type { Principal } from '../auth/principals/principal.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ChangePasswordDto } from './dto/password-links.dto.js';
import { PasswordChangeService } from './password-change.service.js';

@ApiTags('auth')
@StaffRoute()
@Controller('api/v1/auth/me')
export class PasswordChangeController {
  constructor(private readonly passwords: PasswordChangeService) {}

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your own password (the current one is required); your other sessions end, this one carries on',
    operationId: 'changeMyPassword',
  })
  @ApiNoContentResponse()
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [422, 'AUTH.CURRENT_PASSWORD_WRONG, PASSWORD.TOO_SHORT, PASSWORD.TOO_COMMON'],
    [429, 'AUTH.PASSWORD_CHANGE_RATE_LIMITED'],
  )
  change(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.passwords.change(principal, dto);
  }
}
