import { Injectable } from '@nestjs/common';

/** The time rate limits are judged by: the system clock, injectable so tests can stand at a window's edge. */
@Injectable()
export class RateLimitClock {
  now(): Date {
    return new Date();
  }
}
