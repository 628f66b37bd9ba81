import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import { COMMON_PASSWORDS } from './common-passwords.data.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** A password the policy refuses: 422 with the reason beside the field it was typed in. */
export class PasswordRejectedError extends AppError {
  constructor(code: 'PASSWORD.TOO_SHORT' | 'PASSWORD.TOO_COMMON', field: string, message: string) {
    super(code, HttpStatus.UNPROCESSABLE_ENTITY, message, { errors: [{ field, messages: [message] }] });
  }
}

/** Digits and punctuation people add around a common word to pass a length rule ("dragon2024!!"). */
const DECORATION = /^[\d\p{P}\p{S}\s]*(.*?)[\d\p{P}\p{S}\s]*$/u;

/**
 * What a new password must be (NIST SP 800-63B): at least 12 characters, and not one of the 10,000 most
 * common passwords — nor one of them padded with digits or punctuation, nor repeated ("dragondragon").
 * No composition rules: length beats forced symbols.
 */
@Injectable()
export class PasswordPolicy {
  private readonly common = new Set(COMMON_PASSWORDS.split('\n'));

  /** Throws PasswordRejectedError naming `field` when the password is not acceptable. */
  check(password: string, field: string): void {
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      throw new PasswordRejectedError('PASSWORD.TOO_SHORT', field, `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    if (this.isCommon(password)) {
      throw new PasswordRejectedError(
        'PASSWORD.TOO_COMMON',
        field,
        'This password is too common: it is on lists that attackers try first. Choose something harder to guess, such as three or four unrelated words.',
      );
    }
  }

  isCommon(password: string): boolean {
    const lower = password.toLowerCase();
    if (this.common.has(lower)) return true;
    const core = DECORATION.exec(lower)?.[1] ?? lower;
    if (core.length >= 4 && this.common.has(core)) return true;
    return isRepetitionOfCommon(lower, this.common) || (core.length > 0 && isRepetitionOfCommon(core, this.common));
  }
}

/** "dragondragon", "abcabcabcabc": a common word (or any short unit) said again and again. */
function isRepetitionOfCommon(value: string, common: Set<string>): boolean {
  for (let unit = 1; unit <= value.length / 2; unit++) {
    if (value.length % unit !== 0) continue;
    const piece = value.slice(0, unit);
    if (piece.repeat(value.length / unit) === value && (unit <= 3 || common.has(piece))) return true;
  }
  return false;
}
