import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** The words a person reads for the codes the partner page's sections carry. */
export const ACTION_STATUS_LABELS: Record<Schemas['ActionResponse']['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

export const SIGNATURE_STATUS_LABELS: Record<Schemas['SignatureResponse']['status'], string> = {
  submitted: 'Submitted, awaiting the signer’s confirmation',
  verified: 'Confirmed, awaiting review',
  approved: 'Approved',
  rejected: 'Rejected',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
};

export const CONSENT_SOURCE_LABELS: Record<Schemas['ConsentEventResponse']['source'], string> = {
  form: 'on a public form',
  staff: 'recorded by staff',
  system: 'recorded by the system',
  migration: 'carried over from earlier records',
};

const CONSENT_PURPOSE_LABELS: Record<string, string> = {
  'public-listing': 'Appear in the published partner list',
  'name-display': 'Show the signer’s name publicly',
  'pledge-signature': 'Sign the pledge',
  'communications.email': 'Be contacted by email',
  'communications.phone': 'Be contacted by phone',
  'communications.post': 'Be contacted by post',
  'communications.newsletter': 'Receive the newsletter',
  'communications.events': 'Be invited to events',
};
export const consentPurposeLabel = (purpose: string): string => CONSENT_PURPOSE_LABELS[purpose] ?? 'Another purpose';

const AUDIT_ACTION_LABELS: Record<string, string> = {
  created: 'Created',
  updated: 'Changed',
  archived: 'Archived',
  restored: 'Restored',
  merged: 'A duplicate was merged into it',
  'merged-into': 'Merged into another partner',
  moved: 'Moved',
  'status-changed': 'Status changed',
  'dialogue-snoozed': 'Dialogue reminders snoozed',
  'dialogue-unsnoozed': 'Dialogue reminders resumed',
  'pledge-approved': 'Pledge signature approved',
  erased: 'Personal data erased',
};
/** An audit action in words; words the API already gives pass through. */
export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  legalName: 'Legal name',
  kind: 'Kind',
  area: 'Area',
  address: 'Address',
  postcode: 'Postcode',
  website: 'Website',
  companyNumber: 'Company number',
  charityNumber: 'Charity number',
  description: 'Description',
  priorityAreas: 'Priority areas',
  themes: 'Themes',
  tags: 'Tags',
  status: 'Status',
  endedAt: 'Ended on',
  owner: 'Owner',
  dialogueCadenceDays: 'Dialogue every (days)',
  lists: 'Lists',
  publicListing: 'Public listing',
  externalRef: 'External reference',
  archivedAt: 'Archived on',
  mergedIntoId: 'Merged into',
  snoozedUntil: 'Snoozed until',
  snoozeReason: 'Snooze reason',
};
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
