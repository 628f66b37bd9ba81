import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner, type Transaction } from '../database/transaction.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { OutboxService } from '../mail/outbox.service.js';
import { toUserResponse, type UserResponse } from '../users/dto/user.response.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { InvitationNotPendingError } from './accounts.errors.js';
import type { InviteUserDto } from './dto/password-links.dto.js';
import { describeDuration, PasswordTokens } from './password-tokens.js';

/** Who is inviting, as the invitation mail names them. */
export interface Inviter {
  displayName: string;
}

/**
 * An admin invites a person: the user exists at once (without a password) and gets a mail with a
 * single-use link to choose one. Sending again replaces the earlier link.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UsersService,
    private readonly tokens: PasswordTokens,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  invite(dto: InviteUserDto, inviter: Inviter): Promise<UserResponse> {
    return this.transactions.run(async (tx) => {
      const user = await this.users.createInvited(tx, dto);
      await this.send(tx, user, inviter);
      return toUserResponse(user);
    });
  }

  /** Sends a new invitation to a user who has not set a password yet; the earlier link stops working. */
  resend(userId: string, inviter: Inviter): Promise<UserResponse> {
    return this.transactions.run(async (tx) => {
      const user = await this.users.lockForCredentials(tx, userId);
      if (!user.isActive || user.passwordSetAt !== null) throw new InvitationNotPendingError();
      await this.send(tx, user, inviter);
      return toUserResponse(user);
    });
  }

  private async send(tx: Transaction, user: User, inviter: Inviter): Promise<void> {
    const { token } = await this.tokens.issue(tx, user.id, 'invitation');
    const link = `${this.config.http.publicBaseUrl}/app/set-password#token=${token}`;
    const expiresIn = describeDuration(this.tokens.ttlSeconds('invitation'));
    await this.outbox.add(tx, user.email, mailTemplates.invitation({ displayName: user.displayName, invitedBy: inviter.displayName, link, expiresIn }));
  }
}
