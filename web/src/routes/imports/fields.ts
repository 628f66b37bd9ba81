import type { PartnerField } from './imports.queries';

/** Partner fields as the wizard names them. */
export const FIELD_LABELS: Record<PartnerField, string> = {
  id: 'Partner id (from an export)',
  name: 'Name',
  legal_name: 'Legal name',
  alternative_names: 'Other names',
  kind: 'Kind of organisation',
  area: 'Area',
  address: 'Address',
  postcode: 'Postcode',
  website: 'Website',
  company_number: 'Company number',
  charity_number: 'Charity number',
  description: 'Description',
  priority_areas: 'Priority areas',
  themes: 'Themes',
  tags: 'Tags',
  status: 'Status',
  owner_email: 'Owner (staff email)',
  dialogue_cadence_days: 'Dialogue cadence (days)',
  lists: 'Lists',
  external_ref: 'External reference',
};

export const NOT_IMPORTED = '' as const;
