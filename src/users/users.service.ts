import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, QueryFailedError, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import type { Role } from '../common/auth/roles.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner, type Transaction } from '../database/transaction.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { OutboxService } from '../mail/outbox.service.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { toUserResponse, type UserResponse } from './dto/user.response.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { User } from './user.entity.js';
import { CannotDemoteSelfError, UserEmailTakenError, UserNotFoundError } from './users.errors.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<UserResponse[]> {
    const users = await this.users.find({ order: { displayName: 'ASC', id: 'ASC' } });
    return users.map(toUserResponse);
  }

  async get(id: string): Promise<UserResponse> {
    return toUserResponse(await this.findOrFail(id));
  }

  /** Creates the user and, in the same transaction, the "account created" mail. */
  async create(dto: CreateUserDto, options: { notify: boolean } = { notify: true }): Promise<UserResponse> {
    this.policy.check(dto.password, 'password');
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      return await this.transactions.run(async (tx) => {
        const user = await tx.manager.save(
          tx.manager.create(User, {
            email: dto.email.toLowerCase(),
            displayName: dto.displayName,
            role: dto.role,
            passwordHash,
            passwordSetAt: new Date(),
          }),
        );
        if (options.notify) {
          const loginUrl = `${this.config.http.publicBaseUrl}/docs`;
          await this.outbox.add(tx, user.email, mailTemplates.accountCreated({ displayName: user.displayName, loginUrl }));
        }
        return toUserResponse(user);
      });
    } catch (error: unknown) {
      throw isUniqueViolation(error) ? new UserEmailTakenError() : error;
    }
  }

  /**
   * Creates, in the caller's transaction, a user with no password yet: nobody can sign in as them until
   * they set one through their invitation. A taken email throws UserEmailTakenError (the transaction is void).
   */
  async createInvited(tx: Transaction, dto: { email: string; displayName: string; role: Role }): Promise<User> {
    try {
      return await tx.manager.save(
        tx.manager.create(User, { email: dto.email.toLowerCase(), displayName: dto.displayName, role: dto.role, passwordHash: null, passwordSetAt: null }),
      );
    } catch (error: unknown) {
      throw isUniqueViolation(error) ? new UserEmailTakenError() : error;
    }
  }

  /** The user, locked for the rest of the caller's transaction; with their password hash when asked. */
  async lockForCredentials(tx: Transaction, id: string): Promise<User> {
    const user = await tx.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!user) throw new UserNotFoundError();
    return user;
  }

  /** An active user by email (case-insensitive), or null. */
  findActiveByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase(), isActive: true } });
  }

  /** Stores a new password hash (the caller checked the policy and hashed it). */
  async setPasswordHash(tx: Transaction, id: string, passwordHash: string): Promise<void> {
    await tx.manager.update(User, { id }, { passwordHash, passwordSetAt: new Date() });
  }

  /** Deactivating revokes every refresh token; the access-token check sees is_active at once. */
  async update(id: string, dto: UpdateUserDto, actor: AuthenticatedUser): Promise<UserResponse> {
    if (id === actor.id && (dto.isActive === false || (dto.role && dto.role !== actor.role))) {
      throw new CannotDemoteSelfError();
    }
    return this.transactions.run(async (tx) => {
      const user = await tx.manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UserNotFoundError();
      Object.assign(user, dto);
      const saved = await tx.manager.save(user);
      if (dto.isActive === false) {
        await tx.manager.update(RefreshToken, { userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      return toUserResponse(saved);
    });
  }

  private async findOrFail(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new UserNotFoundError();
    return user;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
