import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** How an email is compared everywhere in data protection: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What replaces a person's values once erased: their keyed hash, recognisable but naming no one. */
export function erasureMarker(subjectHash: string): string {
  return `erased:${subjectHash}`;
}

export const ERASURE_MARKER_PATTERN = /^erased:[0-9a-f]{64}$/;

/** A stable uuid for a subject (audit entries need a uuid entity id): the first 128 bits of its hash. */
export function subjectEntityId(subjectHash: string): string {
  const hex = subjectHash.slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Keyed hashes (HMAC-SHA256 with DATA_PROTECTION_HASH_KEY) that stand in for a person: without the key
 * nobody can test an address against the suppression list or a redaction marker.
 */
@Injectable()
export class SubjectHasher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Over the normalised email, so every spelling of one address is one subject. */
  ofEmail(email: string): string {
    return this.hmac(normaliseEmail(email));
  }

  /** A person known only by a record (a contact without an email); cannot collide with an email, which has an @. */
  ofRecord(kind: string, id: string): string {
    return this.hmac(`${kind}:${id}`);
  }

  private hmac(value: string): string {
    return createHmac('sha256', this.config.dataProtection.hashKey).update(value, 'utf8').digest('hex');
  }
}
