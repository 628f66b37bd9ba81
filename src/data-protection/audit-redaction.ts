import { mentions } from './personal-terms.js';

/**
 * Fields whose values are personal whatever they say, in audit entries about the person's own records (a job
 * title alone names no one, beside a contact id it does).
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['fullName', 'email', 'phone', 'jobTitle', 'signerName', 'signerJobTitle']);

export interface AuditRedaction {
  /** Finds the person's values (see termsRegExp). */
  pattern: RegExp | null;
  /** erased:<keyed hash>: the only value the audit trigger lets a redaction write. */
  marker: string;
  /** The entry is about one of the person's own records: PERSONAL_FIELDS go whatever they hold. */
  ownRecord: boolean;
}

/**
 * Replaces every string in an audit entry's `changes` that mentions the person (or, for their own records,
 * every string under a personal field) with the marker, keeping the shape, keys and all other values — the
 * only kind of change the append-only trigger accepts. A reason that mentions them is replaced whole.
 */
export function redactAuditEntry(
  entry: { changes: unknown; reason: string | null },
  redaction: AuditRedaction,
): { changes: unknown; reason: string | null; changed: boolean } {
  const changes = redactValue(entry.changes, redaction, false);
  const reason = entry.reason !== null && mentions(entry.reason, redaction.pattern) ? redaction.marker : entry.reason;
  return { changes, reason, changed: reason !== entry.reason || JSON.stringify(changes) !== JSON.stringify(entry.changes) };
}

function redactValue(value: unknown, redaction: AuditRedaction, wholesale: boolean): unknown {
  if (typeof value === 'string') return wholesale || mentions(value, redaction.pattern) ? redaction.marker : value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redaction, wholesale));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactValue(item, redaction, wholesale || (redaction.ownRecord && PERSONAL_FIELDS.has(key)))]),
    );
  }
  return value;
}
