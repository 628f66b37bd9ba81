import { DIGEST_SECTIONS, type DigestSectionKey, type ReminderItem } from './reminder-query.js';

/** A digest lists at most this many items per section; the rest are counted and linked to the full list. */
export const MAX_ITEMS_PER_SECTION = 100;

export interface DigestLine {
  label: string;
  /** e.g. "overdue by 12 days (due 2030-01-01)", "due in 3 days (2030-01-20)". */
  when: string;
  /** Context: the meeting an action came from, what an agreement date is for, whose item was escalated. */
  context: string | null;
  url: string;
}

export interface DigestSection {
  key: DigestSectionKey;
  title: string;
  lines: DigestLine[];
  /** Items claimed but not listed (beyond MAX_ITEMS_PER_SECTION). */
  more: number;
  /** The full list in the API. */
  listUrl: string;
}

export interface DigestOptions {
  runDate: string;
  baseUrl: string;
  dueSoonDays: number;
  escalateAfterDays: number;
  maxPerSection?: number;
}

const SECTION_TITLES: Readonly<Record<DigestSectionKey, (o: DigestOptions) => string>> = {
  'dialogue-overdue': () => 'Partners overdue for dialogue',
  'dialogue-due-soon': (o) => `Partners due for dialogue within ${o.dueSoonDays} days`,
  action: () => 'Your open actions',
  agreement: () => 'Agreement reviews and renewal notices',
  escalated: (o) => `Escalated: other owners' items overdue by more than ${o.escalateAfterDays} days`,
};

const SECTION_LISTS: Readonly<Record<DigestSectionKey, (o: DigestOptions) => string>> = {
  'dialogue-overdue': () => '/api/v1/dialogue/overdue?owner=me',
  'dialogue-due-soon': (o) => `/api/v1/dialogue/overdue?owner=me&dueWithinDays=${o.dueSoonDays}`,
  action: () => '/api/v1/actions?owner=me&status=open',
  agreement: () => '/api/v1/agreements',
  escalated: () => '/api/v1/dialogue/overdue',
};

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeDue(runDate: string, dueOn: string): string {
  const days = daysBetween(runDate, dueOn);
  if (days < 0) return `overdue by ${plural(-days, 'day')} (due ${dueOn})`;
  if (days === 0) return `due today (${dueOn})`;
  return `due in ${plural(days, 'day')} (${dueOn})`;
}

function contextOf(item: ReminderItem): string | null {
  if (item.section === 'escalated') return `${item.detail ?? item.itemType}, owner: ${item.ownerName ?? 'nobody'}`;
  if (item.itemType === 'action') return item.detail ? `from the meeting "${item.detail}"` : null;
  return item.detail;
}

/** Most urgent first, then by name; ties broken by id so the order is stable. */
function byUrgency(a: ReminderItem, b: ReminderItem): number {
  return a.dueOn.localeCompare(b.dueOn) || a.label.localeCompare(b.label) || a.itemId.localeCompare(b.itemId);
}

/** Groups claimed items into the digest's sections, in a fixed order, leaving out empty ones. */
export function groupDigest(items: readonly ReminderItem[], options: DigestOptions): DigestSection[] {
  const max = options.maxPerSection ?? MAX_ITEMS_PER_SECTION;
  return DIGEST_SECTIONS.flatMap((key) => {
    const inSection = items.filter((item) => item.section === key).sort(byUrgency);
    if (inSection.length === 0) return [];
    const lines = inSection.slice(0, max).map((item) => ({
      label: item.label,
      when: describeDue(options.runDate, item.dueOn),
      context: contextOf(item),
      url: `${options.baseUrl}${item.linkPath}`,
    }));
    return [{ key, title: SECTION_TITLES[key](options), lines, more: inSection.length - lines.length, listUrl: `${options.baseUrl}${SECTION_LISTS[key](options)}` }];
  });
}
