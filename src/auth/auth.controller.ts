import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import type { User } from '../users/user.entity.js';
import { LoginDto, MeResponse, RefreshDto, TokenPairResponse } from './dto/auth.dto.js';
import { LocalAuthGuard, PasswordVerifiedUser } from './guards.js';
import { AuthService, toMeResponse } from './auth.service.js';
import { CurrentPrincipal } from './principals/current-principal.decorator.js';
import type { Principal } from './principals/principal.js';

/** Bearer sign-in for API clients: tokens in the body. (The staff app uses the cookie session routes.) */
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password', operationId: 'login' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [401, 'AUTH.INVALID_CREDENTIALS'], [429, 'AUTH.LOGIN_RATE_LIMITED'])
  login(@PasswordVerifiedUser() user: User): Promise<TokenPairResponse> {
    return this.auth.login(user);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair (the old one is spent)', operationId: 'refreshTokens' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [401, 'AUTH.REFRESH_TOKEN_INVALID, AUTH.REFRESH_TOKEN_REUSED'])
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out this login: its refresh tokens are revoked and its access tokens refused from now on',
    operationId: 'logout',
  })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @StaffRoute()
  @ApiOperation({ summary: 'The signed-in user', operationId: 'getMe' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return toMeResponse(principal);
  }
}
