import { IsNull, type EntityManager } from 'typeorm';
import { PartnerList } from '../../partners/partner-list.entity.js';
import { PARTNER_STATUSES } from '../../partners/partner.entity.js';
import { ReferenceEntry, type ReferenceCategory } from '../../reference-data/reference-entry.entity.js';
import type { ValueMappedColumn } from './import-mapping.js';
import type { ValueOption } from './value-suggestions.js';

const CATEGORY: Partial<Record<ValueMappedColumn, ReferenceCategory>> = {
  kind: 'organisation-kind',
  area: 'area',
  priority_areas: 'priority-area',
  themes: 'theme',
};

const STATUS_LABELS: Record<(typeof PARTNER_STATUSES)[number], string> = { prospect: 'Prospect', active: 'Active', paused: 'Paused', ended: 'Ended' };

/** The codes a coded field can take now (retired entries are not offered), with their labels. */
export async function valueOptions(manager: EntityManager, field: ValueMappedColumn): Promise<ValueOption[]> {
  if (field === 'status') return PARTNER_STATUSES.map((code) => ({ code, label: STATUS_LABELS[code] }));
  if (field === 'lists') return (await manager.find(PartnerList, { order: { name: 'ASC' } })).map((l) => ({ code: l.code, label: l.name }));
  const category = CATEGORY[field] as ReferenceCategory;
  const entries = await manager.find(ReferenceEntry, { where: { category, retiredAt: IsNull() }, order: { sortOrder: 'ASC', label: 'ASC' } });
  return entries.map((e) => ({ code: e.code, label: e.label }));
}
