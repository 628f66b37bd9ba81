import type { PublishedPartner } from './published-entry.js';
import type { PublishedPledgeSignatories } from './published-signatories.js';

/** The fields of a published entry, in the order staff read them. */
export const PUBLISHED_FIELDS = ['name', 'website', 'description', 'area', 'kind', 'pactPartner'] as const;
export type PublishedField = (typeof PUBLISHED_FIELDS)[number];

export interface FieldChange {
  field: PublishedField;
  /** The value as published (booleans as "true"/"false"); null: absent. */
  before: string | null;
  after: string | null;
}

export interface ChangedEntry {
  id: string;
  name: string;
  fields: FieldChange[];
}

export interface RemovedEntry {
  id: string;
  name: string;
}

export interface SignatoryChange {
  pledge: string;
  title: string;
  countBefore: number;
  countAfter: number;
  /** Names newly listed, and names no longer listed (a changed listing is both). */
  added: string[];
  removed: string[];
}

export interface PublicationDiff {
  added: PublishedPartner[];
  changed: ChangedEntry[];
  removed: RemovedEntry[];
  signatories: SignatoryChange[];
}

const shown = (value: string | boolean | undefined): string | null => (value === undefined ? null : String(value));

/** Field by field, what differs between two versions of one partner's entry. */
export function fieldChanges(before: PublishedPartner, after: PublishedPartner): FieldChange[] {
  return PUBLISHED_FIELDS.map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) })).filter((c) => c.before !== c.after);
}

/** Entries added, changed and removed from `before` (by partner id) to `after`. */
export function partnerDiff(before: Map<string, PublishedPartner>, after: PublishedPartner[]): Omit<PublicationDiff, 'signatories'> {
  const added: PublishedPartner[] = [];
  const changed: ChangedEntry[] = [];
  const seen = new Set<string>();
  for (const entry of after) {
    seen.add(entry.id);
    const old = before.get(entry.id);
    if (!old) {
      added.push(entry);
      continue;
    }
    const fields = fieldChanges(old, entry);
    if (fields.length > 0) changed.push({ id: entry.id, name: entry.name, fields });
  }
  const removed = [...before.values()].filter((e) => !seen.has(e.id)).map((e) => ({ id: e.id, name: e.name }));
  return { added, changed, removed };
}

/** Per pledge, who is newly listed by name and who no longer is, and how the count moved. */
export function signatoryDiff(before: PublishedPledgeSignatories[], after: PublishedPledgeSignatories[]): SignatoryChange[] {
  const old = new Map(before.map((p) => [p.slug, p]));
  return after
    .map((pledge) => {
      const was = old.get(pledge.slug);
      const keys = (p: PublishedPledgeSignatories | undefined) => new Set((p?.signatories ?? []).map((s) => JSON.stringify(s)));
      const [beforeKeys, afterKeys] = [keys(was), keys(pledge)];
      const names = (list: PublishedPledgeSignatories | undefined, other: Set<string>) =>
        (list?.signatories ?? []).filter((s) => !other.has(JSON.stringify(s))).map((s) => s.name);
      return {
        pledge: pledge.slug,
        title: pledge.title,
        countBefore: was?.signatoryCount ?? 0,
        countAfter: pledge.signatoryCount,
        added: names(pledge, beforeKeys),
        removed: names(was, afterKeys),
      };
    })
    .filter((c) => c.added.length > 0 || c.removed.length > 0 || c.countBefore !== c.countAfter);
}
