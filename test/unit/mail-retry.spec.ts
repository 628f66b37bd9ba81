import { describe, expect, it } from '@jest/globals';
import { retryDelayMs } from '../../src/mail/mail-send.handler.js';
import { jobIds } from '../../src/queue/queue.contract.js';

describe('mail retries', () => {
  const retry = { horizonSeconds: 43200, baseDelayMs: 2000, maxDelayMs: 600000 };

  it('wait twice as long after each failed attempt, up to the maximum', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, retry))).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelayMs(9, retry)).toBe(512000);
    expect(retryDelayMs(10, retry)).toBe(600000);
    expect(retryDelayMs(10_000, retry)).toBe(600000);
  });

  it('run as one job per attempt, the first one named as before', () => {
    expect(jobIds.mailSend('m1')).toBe('mail.send-m1');
    expect(jobIds.mailSend('m1', 3)).toBe('mail.send-m1-3');
  });
});
