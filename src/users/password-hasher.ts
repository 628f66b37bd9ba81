import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's current defaults (OWASP-recommended memory/time costs). */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // Verify against a dummy hash for unknown accounts so timing does not reveal which emails exist.
    this.dummyHash ??= this.hash('timing-equaliser-not-a-password');
    const target = hash ?? (await this.dummyHash);
    const ok = await argon2.verify(target, password).catch(() => false);
    return hash !== null && ok;
  }
}
