import type { TimelineType } from './timeline.dto.js';

/** One row of the union in timeline-sources.ts. */
export interface TimelineRow {
  type: TimelineType;
  title: string | null;
  action: string | null;
  status: string | null;
  facts: Record<string, unknown> | null;
  reason: string | null;
  other: string | null;
}

type Change = { before?: unknown; after?: unknown };

const MEETING_KINDS: Record<string, string> = { meeting: 'meeting', call: 'call', visit: 'visit', event: 'event', 'email-exchange': 'email exchange' };
const STATUS_WORDS: Record<string, string> = {
  prospect: 'Prospect', active: 'Active', paused: 'Paused', ended: 'Ended',
  draft: 'Draft', 'under-review': 'Under review', expired: 'Expired', terminated: 'Terminated',
  open: 'Open', done: 'Done', dropped: 'Dropped',
};
const SIGNATURE_WORDS: Record<string, string> = {
  submitted: 'received, waiting for the signer to confirm by email',
  verified: 'confirmed by email, waiting for review',
  approved: 'approved',
  rejected: 'rejected',
  suspended: 'suspended',
  withdrawn: 'withdrawn by the signer',
};
const PARTNER_ACTIONS: Record<string, string> = {
  created: 'Created the partner record.',
  archived: 'Archived the partner.',
  restored: 'Restored the partner from the archive.',
  merged: 'Merged another partner record into this one.',
  'merged-into': 'Merged this partner into another record.',
  'dialogue-unsnoozed': 'Ended the dialogue snooze.',
  'pledge-approved': 'Joined a pledge: its signature was approved.',
  'pledge-withdrawn': 'Left a pledge: the signature was withdrawn.',
  'pledge-rejected': 'Left a pledge: the signature was rejected.',
  'pledge-suspended': 'Left a pledge for now: the signature was suspended.',
  erased: 'Erased personal data.',
};
/** Fields whose values are bookkeeping or ids: named as changed, their values not shown. */
const VALUE_HIDDEN = /(Id|Ids|At|By|Hash)$|^(version|changes|communicationPreferences|publicFields)$/;

const quote = (text: string | null): string => `“${text ?? ''}”`;
const humanise = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const dateWords = (value: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));

function valueWords(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return STATUS_WORDS[value] ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? dateWords(value) : value);
  if (typeof value === 'object' && value !== null && 'label' in value) return String(value.label);
  if (typeof value === 'object' && value !== null && 'name' in value) return String(value.name);
  return null;
}

/** "Status: Prospect → Active; Website: none → https://…" — fields with hidden or complex values are just named. */
export function describeChanges(changes: Record<string, unknown> | null, showValues = true): string | null {
  if (!changes) return null;
  const parts = Object.entries(changes).map(([key, change]) => {
    const { before, after } = (change ?? {}) as Change;
    const from = valueWords(before);
    const to = valueWords(after);
    return showValues && !VALUE_HIDDEN.test(key) && from !== null && to !== null ? `${humanise(key)}: ${from} → ${to}` : humanise(key);
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

const withReason = (detail: string | null, reason: string | null): string | null =>
  [detail, reason ? `Reason: ${reason}` : null].filter(Boolean).join('. ') || null;

const change = (facts: Record<string, unknown> | null, key: string): Change | undefined => facts?.[key] as Change | undefined;

function meeting(row: TimelineRow): [string, string | null] {
  const staff = (row.facts?.staff as string[] | undefined) ?? [];
  const detail = [staff.length ? `Staff: ${staff.join(', ')}` : null, row.other ? `Also with ${row.other}` : null].filter(Boolean).join('. ');
  return [`Logged a ${MEETING_KINDS[row.action ?? ''] ?? 'meeting'}: ${quote(row.title)}.`, detail ? `${detail}.` : null];
}

function action(row: TimelineRow): [string, string | null] {
  const verb = row.status === 'done' ? 'Marked done' : row.status === 'dropped' ? 'Dropped' : 'Agreed';
  const due = typeof row.facts?.dueDate === 'string' ? `due ${dateWords(row.facts.dueDate)}` : 'no due date';
  const owner = typeof row.facts?.owner === 'string' ? `owner ${row.facts.owner}` : 'no owner';
  return [`${verb} the action ${quote(row.title)}.`, `From the meeting ${quote(row.other)}; ${owner}, ${due}.`];
}

function partnerChange(row: TimelineRow): [string, string | null] {
  if (row.action === 'updated') {
    const status = change(row.facts, 'status');
    const only = row.facts && Object.keys(row.facts).length === 1;
    if (status && only) return [`Changed the status from ${valueWords(status.before)} to ${valueWords(status.after)}.`, withReason(null, row.reason)];
    return ['Updated the partner record.', withReason(describeChanges(row.facts), row.reason)];
  }
  if (row.action === 'dialogue-snoozed') {
    const until = change(row.facts, 'dialogueSnoozedUntil')?.after;
    return [typeof until === 'string' ? `Snoozed dialogue reminders until ${dateWords(until)}.` : 'Snoozed dialogue reminders.', withReason(null, row.reason)];
  }
  const summary = PARTNER_ACTIONS[row.action ?? ''] ?? `${humanise(row.action ?? 'changed')}.`;
  return [summary, withReason(row.action === 'created' ? null : describeChanges(row.facts), row.reason)];
}

function contact(row: TimelineRow, partnerId: string): [string, string | null] {
  const name = row.title ?? 'a contact';
  const primary = change(row.facts, 'isPrimary');
  switch (row.action) {
    case 'created':
      return [primary?.after === true ? `Added ${name} as the primary contact.` : `Added the contact ${name}.`, null];
    case 'archived':
      return [`Removed the contact ${name} (archived).`, withReason(null, row.reason)];
    case 'restored':
      return [`Restored the contact ${name}.`, withReason(null, row.reason)];
    case 'moved':
      if (!row.other) return [`${name} moved organisation.`, withReason(null, row.reason)];
      return [change(row.facts, 'partnerId')?.after === partnerId ? `${name} joined from ${row.other}.` : `${name} moved to ${row.other}.`, withReason(null, row.reason)];
    case 'erased':
      return ['Erased a contact\'s personal data.', null];
  }
  if (primary?.after === true) return [`Made ${name} the primary contact.`, withReason(null, row.reason)];
  if (primary?.after === false && row.facts && Object.keys(row.facts).length === 1) return [`${name} is no longer the primary contact.`, withReason(null, row.reason)];
  // A contact's own details are personal data: the entry names the fields, not their values.
  return [`Updated the contact ${name}.`, withReason(describeChanges(row.facts, false), row.reason)];
}

function agreementChange(row: TimelineRow): [string, string | null] {
  const title = quote(row.title);
  const document = change(row.facts, 'document');
  const file = (value: unknown): string => quote((value as { name?: string } | null)?.name ?? null);
  switch (row.action) {
    case 'status-changed': {
      const status = change(row.facts, 'status');
      return [`Changed the agreement ${title} from ${valueWords(status?.before)} to ${valueWords(status?.after)}.`, withReason(null, row.reason)];
    }
    case 'document-added':
      return [`Added the document ${file(document?.after)} to the agreement ${title}.`, null];
    case 'document-removed':
      return [`Removed the document ${file(document?.before)} from the agreement ${title}.`, null];
    case 'updated':
      return [`Edited the agreement ${title}.`, withReason(describeChanges(row.facts), row.reason)];
  }
  return [`${humanise(row.action ?? 'changed')}: the agreement ${title}.`, withReason(describeChanges(row.facts), row.reason)];
}

/** The entry's summary sentence and its detail, in words. */
export function timelineWords(row: TimelineRow, partnerId: string): [string, string | null] {
  switch (row.type) {
    case 'meeting':
      return meeting(row);
    case 'action':
      return action(row);
    case 'change':
      return partnerChange(row);
    case 'contact':
      return contact(row, partnerId);
    case 'agreement':
      return [`Added the agreement ${quote(row.title)}.`, `Status now: ${valueWords(row.status)}.`];
    case 'agreement-change':
      return agreementChange(row);
    case 'signature':
      return [
        `Signature of the pledge ${quote(row.title)} ${SIGNATURE_WORDS[row.status ?? ''] ?? row.status}.`,
        typeof row.facts?.textVersion === 'number' ? `Text version ${row.facts.textVersion}.` : null,
      ];
  }
}
