import { RefreshToken } from '../auth/refresh-token.entity.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { RateLimitBucket } from '../rate-limit/rate-limit-bucket.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed explicitly (no globs: works the same from src under jest and from dist). */
export const ENTITIES = [User, RefreshToken, OutboxMessage, RateLimitBucket];
