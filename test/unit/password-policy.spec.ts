import { describe, expect, it } from '@jest/globals';
import { COMMON_PASSWORDS } from '../../src/users/common-passwords.data.js';
import { PasswordPolicy, PasswordRejectedError } from '../../src/users/password-policy.js';

const policy = new PasswordPolicy();
const verdict = (password: string): string => {
  try {
    policy.check(password, 'password');
    return 'accepted';
  } catch (error) {
    return error instanceof PasswordRejectedError ? error.code : 'threw something else';
  }
};

describe('the password policy', () => {
  it('ships the 10,000 most common passwords, most common first', () => {
    const list = COMMON_PASSWORDS.split('\n');
    expect(list).toHaveLength(10_000);
    expect(new Set(list).size).toBe(10_000);
    expect(list.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
  });

  it.each([
    ['qwertyuiop123', 'PASSWORD.TOO_COMMON'],
    ['1qaz2wsx3edc', 'PASSWORD.TOO_COMMON'],
    ['Password2024!', 'PASSWORD.TOO_COMMON'],
    ['!!Sunshine!!!', 'PASSWORD.TOO_COMMON'],
    ['monkeymonkey', 'PASSWORD.TOO_COMMON'],
    ['aaaaaaaaaaaa', 'PASSWORD.TOO_COMMON'],
    ['121212121212', 'PASSWORD.TOO_COMMON'],
    ['eleven char', 'PASSWORD.TOO_SHORT'],
    ['plum tractor lantern', 'accepted'],
    ['dragon fruit smoothie', 'accepted'],
    ['a-long-test-password', 'accepted'],
    ['демо-пароль-длинный', 'accepted'],
  ])('%s: %s', (password, expected) => {
    expect(verdict(password)).toBe(expected);
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    expect(verdict('😀'.repeat(6) + 'xkqzvw')).toBe('accepted');
    expect(verdict('😀'.repeat(5) + 'xkqzvw')).toBe('PASSWORD.TOO_SHORT');
  });
});
