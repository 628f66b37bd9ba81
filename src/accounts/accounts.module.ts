import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordChangeController } from './password-change.controller.js';
import { PasswordChangeService } from './password-change.service.js';
import { PasswordLinksController } from './password-links.controller.js';
import { PasswordLinksService } from './password-links.service.js';
import { PasswordTokens } from './password-tokens.js';

/**
 * How people get and keep their passwords: invitations, forgotten-password links and changing one's own.
 * Owns password_tokens; sets passwords through UsersService and ends sessions through TokenService.
 */
@Module({
  imports: [UsersModule, AuthModule, MailModule, RateLimitModule],
  controllers: [InvitationsController, PasswordLinksController, PasswordChangeController],
  providers: [InvitationsService, PasswordLinksService, PasswordChangeService, PasswordTokens],
})
export class AccountsModule {}
