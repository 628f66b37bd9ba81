import type { ReminderItemType } from './reminder-history.entity.js';

/** What the reminder queries depend on, for one run. */
export interface ReminderSettings {
  runDate: string;
  timeZone: string;
  dueSoonDays: number;
  /** Descending day offsets before agreement dates; 0 ("the date itself") is always added. */
  agreementOffsets: number[];
  escalateAfterDays: number;
}

/**
 * Positional parameters for one statement, added only when a fragment uses them (PostgreSQL
 * refuses a parameter it cannot type because no fragment mentions it). Each getter returns a cast
 * placeholder such as `$1::date`, so fragments read like SQL.
 */
export class ReminderParams {
  readonly values: unknown[] = [];
  private readonly slots = new Map<string, string>();

  constructor(private readonly settings: ReminderSettings) {}

  get runDate(): string {
    return this.slot('runDate', this.settings.runDate, 'date');
  }
  get timeZone(): string {
    return this.slot('timeZone', this.settings.timeZone, 'text');
  }
  get dueSoonDays(): string {
    return this.slot('dueSoonDays', this.settings.dueSoonDays, 'int');
  }
  /** Offsets, descending, ending with 0: `[1]` is the largest. */
  get offsets(): string {
    return this.slot('offsets', [...this.settings.agreementOffsets.filter((o) => o > 0), 0], 'int[]');
  }
  get escalateAfterDays(): string {
    return this.slot('escalateAfterDays', this.settings.escalateAfterDays, 'int');
  }

  /** Any other value, e.g. the recipient's id. */
  add(name: string, value: unknown, cast: string): string {
    return this.slot(name, value, cast);
  }

  /** Local midnight starting `date` in the configured zone, as a timestamptz (index-friendly bound). */
  startOfDay(date: string): string {
    return `((${date})::timestamp AT TIME ZONE ${this.timeZone})`;
  }

  private slot(name: string, value: unknown, cast: string): string {
    let placeholder = this.slots.get(name);
    if (!placeholder) {
      this.values.push(value);
      placeholder = `$${this.values.length}::${cast}`;
      this.slots.set(name, placeholder);
    }
    return placeholder;
  }
}

export const DIGEST_SECTIONS = ['dialogue-overdue', 'dialogue-due-soon', 'action', 'agreement', 'escalated'] as const;
export type DigestSectionKey = (typeof DIGEST_SECTIONS)[number];

/** One row of a source query: an item due for one recipient. */
export interface ReminderItem {
  section: DigestSectionKey;
  itemType: ReminderItemType;
  itemId: string;
  /** The reminder occasion, part of the history key (see ReminderHistoryEntry). */
  cycle: string;
  /** YYYY-MM-DD in the configured zone. */
  dueOn: string;
  label: string;
  detail: string | null;
  /** Path under PUBLIC_BASE_URL, e.g. /api/v1/partners/<id>. */
  linkPath: string;
  /** Escalated items: whose item it is (null: nobody's). */
  ownerName: string | null;
}

/** The column list every source selects, in this order (UNION ALL needs the same shape). */
export const ITEM_COLUMNS = ['section', 'item_type', 'item_id', 'cycle', 'due_on', 'label', 'detail', 'link_path', 'owner_name'] as const;

export interface ReminderItemRow {
  section: DigestSectionKey;
  item_type: ReminderItemType;
  item_id: string;
  cycle: string;
  due_on: string;
  label: string;
  detail: string | null;
  link_path: string;
  owner_name: string | null;
}

export function toReminderItem(row: ReminderItemRow): ReminderItem {
  return {
    section: row.section,
    itemType: row.item_type,
    itemId: row.item_id,
    cycle: row.cycle,
    dueOn: row.due_on,
    label: row.label,
    detail: row.detail,
    linkPath: row.link_path,
    ownerName: row.owner_name,
  };
}
