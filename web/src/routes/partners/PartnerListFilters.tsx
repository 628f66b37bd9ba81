import { useReferenceData, type ReferenceCategory } from '../../api/queries';
import { useMe } from '../../app/use-session';
import { CheckboxField, SelectField, TextField, type Choice } from '../../ui/fields';
import type { Facet, PartnerSearch } from './partner-list-search';
import { usePartnerLists, useTeamMembers } from './partners.queries';

export const PARTNER_STATUS_CHOICES: Choice[] = [
  { value: 'prospect', label: 'Prospect' },
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
  { value: 'ended', label: 'Ended' },
];

function useChoices(category: ReferenceCategory): Choice[] {
  const { data } = useReferenceData(category);
  return (data ?? []).map((e) => ({ value: e.code, label: e.label }));
}

/** The active staff as owner choices, me first as "Me", then "Nobody". */
export function useOwnerChoices(): Choice[] {
  const me = useMe();
  const { data } = useTeamMembers();
  return [
    { value: 'me', label: 'Me' },
    { value: 'none', label: 'Nobody' },
    ...(data ?? []).filter((m) => m.id !== me.id).map((m) => ({ value: m.id, label: m.displayName })),
  ];
}

export function usePartnerListChoices(): Choice[] {
  const { data } = usePartnerLists();
  return (data ?? []).map((l) => ({ value: l.code, label: l.name }));
}

interface Props {
  search: PartnerSearch;
  typed: string;
  onType: (q: string) => void;
  tagTyped: string;
  onTagType: (tag: string) => void;
  onFilter: (name: Facet, value: string | undefined) => void;
}

/** A filter for every facet the partner list API has, each a labelled control. */
export function PartnerListFilters({ search, typed, onType, tagTyped, onTagType, onFilter }: Props) {
  const kinds = useChoices('organisation-kind');
  const areas = useChoices('area');
  const priorityAreas = useChoices('priority-area');
  const themes = useChoices('theme');
  const lists = usePartnerListChoices();
  const owners = useOwnerChoices();
  const select = (name: Facet, label: string, placeholder: string, choices: Choice[]) => (
    <SelectField name={name} label={label} placeholder={placeholder} choices={choices} value={search[name] ?? ''} onChange={(e) => onFilter(name, e.target.value || undefined)} />
  );
  return (
    <search aria-label="Find partners">
      <TextField name="q" label="Search by name" hint="At least 2 letters of the name" type="search" value={typed} onChange={(e) => onType(e.target.value)} autoComplete="off" />
      <div className="filter-grid">
        {select('kind', 'Kind', 'Any kind', kinds)}
        {select('area', 'Area', 'Any area', areas)}
        {select('status', 'Status', 'Any status', PARTNER_STATUS_CHOICES)}
        {select('owner', 'Owner', 'Anyone', owners)}
        {select('list', 'List', 'Any list', lists)}
        {select('priorityArea', 'Priority area', 'Any priority area', priorityAreas)}
        {select('theme', 'Theme', 'Any theme', themes)}
        <TextField name="tag" label="Tag" value={tagTyped} onChange={(e) => onTagType(e.target.value)} autoComplete="off" />
        <SelectField
          name="archived"
          label="Archived partners"
          choices={[
            { value: 'exclude', label: 'Leave out archived' },
            { value: 'include', label: 'Include archived' },
            { value: 'only', label: 'Only archived' },
          ]}
          value={search.archived ?? 'exclude'}
          onChange={(e) => onFilter('archived', e.target.value === 'exclude' ? undefined : e.target.value)}
        />
      </div>
      <CheckboxField label="Only partners overdue for dialogue" checked={search.overdue === 'true'} onChange={(e) => onFilter('overdue', e.target.checked ? 'true' : undefined)} />
    </search>
  );
}
