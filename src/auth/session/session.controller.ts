import { Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiHeader, type ApiHeaderOptions, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { ApiProblems } from '../../common/http/api-docs.decorators.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { User } from '../../users/user.entity.js';
import { InvalidRefreshTokenError, RefreshTokenReusedError } from '../auth.errors.js';
import { AuthService, type BrowserSession } from '../auth.service.js';
import { LoginDto, SessionResponse } from '../dto/auth.dto.js';
import { LocalAuthGuard, PasswordVerifiedUser } from '../guards.js';
import { CsrfGuard } from './csrf.guard.js';
import { clearedRefreshCookie, readRefreshCookie, REFRESH_COOKIE, refreshCookie, type CookieOptions } from './refresh-cookie.js';

const CSRF_HEADER_DOC: ApiHeaderOptions = {
  name: 'X-CSRF-Protection',
  required: true,
  description: 'Must be `1`. Cross-site requests (by Origin or Sec-Fetch-Site) are refused as well.',
  schema: { type: 'string', enum: ['1'] },
};
const SET_COOKIE_DOC = {
  'Set-Cookie': {
    description: `\`${REFRESH_COOKIE}\`: the session's refresh token (HttpOnly; SameSite=Strict; Path=/api/v1/auth/session; Secure over https).`,
    schema: { type: 'string' },
  },
};

/**
 * The staff app's session: the refresh token lives in an HttpOnly cookie scoped to these routes, the
 * access token in page memory only. Every route here needs the CSRF header and a same-origin request.
 */
@ApiTags('auth')
@Public()
@UseGuards(CsrfGuard)
@ApiHeader(CSRF_HEADER_DOC)
@Controller('api/v1/auth/session')
export class SessionController {
  private readonly cookie: CookieOptions;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookie = { secure: config.http.publicBaseUrl.startsWith('https:') };
  }

  @Post()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in to the staff app (sets the refresh cookie)', operationId: 'startSession' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionResponse, headers: SET_COOKIE_DOC })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [401, 'AUTH.INVALID_CREDENTIALS'],
    [403, 'AUTH.CSRF_REJECTED'],
    [429, 'AUTH.LOGIN_RATE_LIMITED'],
  )
  async start(@PasswordVerifiedUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.answer(reply, await this.auth.startBrowserSession(user));
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth('refreshCookie')
  @ApiOperation({
    summary: 'A new access token for the cookie\'s session (the cookie is rotated); called on load and before expiry',
    operationId: 'refreshSession',
  })
  @ApiOkResponse({ type: SessionResponse, headers: SET_COOKIE_DOC })
  @ApiProblems([401, 'AUTH.REFRESH_TOKEN_INVALID, AUTH.REFRESH_TOKEN_REUSED'], [403, 'AUTH.CSRF_REJECTED'])
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const token = readRefreshCookie(request.headers.cookie);
    try {
      if (token === undefined) throw new InvalidRefreshTokenError();
      return this.answer(reply, await this.auth.refreshBrowserSession(token));
    } catch (error: unknown) {
      // A cookie that can no longer refresh is dropped, so the app shows the sign-in page.
      if (error instanceof InvalidRefreshTokenError || error instanceof RefreshTokenReusedError) {
        void reply.header('set-cookie', clearedRefreshCookie(this.cookie));
      }
      throw error;
    }
  }

  @Post('end')
  @HttpCode(204)
  @ApiCookieAuth('refreshCookie')
  @ApiOperation({
    summary: 'Sign out of the staff app: the session ends (its access tokens are refused from now on) and the cookie is cleared',
    operationId: 'endSession',
  })
  @ApiNoContentResponse({ headers: SET_COOKIE_DOC })
  @ApiProblems([403, 'AUTH.CSRF_REJECTED'])
  async end(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = readRefreshCookie(request.headers.cookie);
    if (token !== undefined) await this.auth.logout(token);
    void reply.header('set-cookie', clearedRefreshCookie(this.cookie));
  }

  private answer(reply: FastifyReply, session: BrowserSession): SessionResponse {
    void reply.header('set-cookie', refreshCookie(session.refreshToken, session.refreshExpiresAt, this.cookie));
    return session.body;
  }
}
