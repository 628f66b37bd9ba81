import { Module } from '@nestjs/common';
import { RateLimitClock } from './rate-limit-clock.js';
import { RateLimiter } from './rate-limiter.service.js';

@Module({ providers: [RateLimiter, RateLimitClock], exports: [RateLimiter, RateLimitClock] })
export class RateLimitModule {}
