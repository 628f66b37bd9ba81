import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, call } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useReferenceData, type ReferenceCategory } from '../../api/queries';
import type { components } from '../../api/schema';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextAreaField, TextField, type Choice } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { Notice } from '../../ui/states';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { partnerKeys } from './partners.queries';

type Partner = components['schemas']['PartnerResponse'];

const detailsSchema = z.object({
  name: z.string().trim().min(1, 'Enter the partner’s name').max(300, 'The name must be 300 characters or fewer'),
  kind: z.string().min(1, 'Choose the kind of organisation'),
  area: z.string().min(1, 'Choose the area'),
  status: z.enum(['prospect', 'active', 'paused', 'ended']),
  website: z.union([z.literal(''), z.url({ message: 'Enter a web address starting with https://' })]),
  description: z.string().max(5000, 'The description must be 5,000 characters or fewer'),
  alternativeNames: z
    .string()
    .refine((text) => namesIn(text).length <= 20, 'Give at most 20 other names')
    .refine((text) => namesIn(text).every((name) => name.length <= 300), 'Each other name must be 300 characters or fewer'),
});
type Details = z.infer<typeof detailsSchema>;
const LABELS: Record<keyof Details, string> = {
  name: 'Name',
  kind: 'Kind',
  area: 'Area',
  status: 'Status',
  website: 'Website',
  description: 'Description',
  alternativeNames: 'Other names',
};
type Change = string | string[] | null;

/** One name per line, blank lines dropped. */
function namesIn(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

const detailsOf = (p: Partner): Details => ({
  name: p.name,
  kind: p.kind.code,
  area: p.area.code,
  status: p.status,
  website: p.website ?? '',
  description: p.description ?? '',
  alternativeNames: p.alternativeNames.join('\n'),
});

/** Only the fields the person changed, as the API takes them (empty text clears a field). */
function changesBetween(before: Details, after: Details): Partial<Record<keyof Details, Change>> {
  const changes: Partial<Record<keyof Details, Change>> = {};
  for (const key of Object.keys(LABELS) as (keyof Details)[]) {
    if (key === 'alternativeNames') {
      if (namesIn(before[key]).join('\n') !== namesIn(after[key]).join('\n')) changes[key] = namesIn(after[key]);
    } else if (before[key] !== after[key]) changes[key] = after[key] === '' && (key === 'website' || key === 'description') ? null : after[key];
  }
  return changes;
}

function useChoices(category: ReferenceCategory): Choice[] {
  const { data } = useReferenceData(category);
  return (data ?? []).map((e) => ({ value: e.code, label: e.label }));
}

interface Conflict {
  theirs: Partner;
  mine: Partial<Record<keyof Details, Change>>;
}

/** The details section: read, or edit in place; a save carries If-Match, and a concurrent change is shown, never overwritten. */
export function PartnerDetails({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  const client = useQueryClient();
  const kinds = useChoices('organisation-kind');
  const areas = useChoices('area');
  const form = useForm<Details>({ resolver: zodResolver(detailsSchema), values: detailsOf(partner) });
  const problems = useFormProblems(form, LABELS);

  const save = useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: Conflict['mine'] }) =>
      call(
        api.PATCH('/api/v1/partners/{id}', {
          params: { path: { id: partner.id }, header: { 'If-Match': `"${version}"` } },
          // Until the API's document types these fields (crmapi), the client sees them as objects (and status as required).
          body: changes as unknown as components['schemas']['UpdatePartnerDto'],
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(partnerKeys.detail(partner.id), updated);
      void client.invalidateQueries({ queryKey: partnerKeys.all });
      setConflict(null);
      setEditing(false);
      setSaved(true);
    },
    onError: async (error, { changes }) => {
      if (error instanceof ApiProblem && error.status === 412) {
        const theirs = await call(api.GET('/api/v1/partners/{id}', { params: { path: { id: partner.id } } }));
        client.setQueryData(partnerKeys.detail(partner.id), theirs);
        setConflict({ theirs, mine: changes });
        return;
      }
      problems.show(error);
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    problems.clear();
    setSaved(false);
    const changes = changesBetween(detailsOf(partner), values);
    if (Object.keys(changes).length === 0) {
      setEditing(false);
      return;
    }
    save.mutate({ version: partner.version, changes });
  });

  const kindLabel = (code: string) => kinds.find((k) => k.value === code)?.label ?? code;
  const areaLabel = (code: string) => areas.find((a) => a.value === code)?.label ?? code;
  const shown = (key: keyof Details, change: Change | undefined): string => {
    const value = Array.isArray(change) ? change.join(', ') : key === 'alternativeNames' ? namesIn(change ?? '').join(', ') : change;
    if (!value) return '(empty)';
    if (key === 'kind') return kindLabel(value);
    if (key === 'area') return areaLabel(value);
    if (key === 'status') return PARTNER_STATUS_LABELS[value as Details['status']];
    return value;
  };

  return (
    <section aria-labelledby="partner-details">
      <div className="page-header">
        <h2 id="partner-details">Details</h2>
        {canEdit && !editing && !conflict && (
          <Button variant="secondary" onClick={() => { setSaved(false); setEditing(true); }}>
            Edit details
          </Button>
        )}
      </div>
      {saved && <Notice tone="success">Details saved.</Notice>}
      {conflict && (
        <div className="notice notice--warning" role="alert" aria-labelledby="conflict-title">
          <h3 id="conflict-title">Someone else changed this partner while you were editing</h3>
          <p>Your changes have not been saved. Here is what you changed, beside what the record says now:</p>
          <ScrollArea label="Your changes and the record now">
            <table className="table">
              <caption className="visually-hidden">Your changes and the record now</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Now (their change)</th>
                  <th scope="col">Your change</th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(conflict.mine) as (keyof Details)[]).map((key) => (
                  <tr key={key}>
                    <th scope="row">{LABELS[key]}</th>
                    <td>{shown(key, detailsOf(conflict.theirs)[key])}</td>
                    <td>{shown(key, conflict.mine[key])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <div className="button-row">
            <Button busy={save.isPending} busyLabel="Saving…" onClick={() => save.mutate({ version: conflict.theirs.version, changes: conflict.mine })}>
              Apply my changes to the current record
            </Button>
            <Button variant="secondary" onClick={() => { setConflict(null); setEditing(false); }}>
              Discard my changes
            </Button>
          </div>
        </div>
      )}
      {editing && !conflict ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Edit details">
          <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
          <TextField label={LABELS.name} error={form.formState.errors.name?.message} {...form.register('name')} />
          <SelectField label={LABELS.kind} choices={kinds} error={form.formState.errors.kind?.message} {...form.register('kind')} />
          <SelectField label={LABELS.area} choices={areas} error={form.formState.errors.area?.message} {...form.register('area')} />
          <SelectField
            label={LABELS.status}
            choices={Object.entries(PARTNER_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            error={form.formState.errors.status?.message}
            {...form.register('status')}
          />
          <TextField label={LABELS.website} type="url" hint="For example, https://www.example.org.uk" error={form.formState.errors.website?.message} {...form.register('website')} />
          <TextAreaField label={LABELS.description} error={form.formState.errors.description?.message} {...form.register('description')} />
          <TextAreaField
            label={LABELS.alternativeNames}
            hint="One per line: former names, trading names, initials. Search finds the partner by these too."
            error={form.formState.errors.alternativeNames?.message}
            {...form.register('alternativeNames')}
          />
          <div className="button-row">
            <Button type="submit" busy={save.isPending} busyLabel="Saving…">
              Save details
            </Button>
            <Button variant="secondary" onClick={() => { form.reset(detailsOf(partner)); problems.clear(); setEditing(false); }}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        !conflict && (
          <dl className="grid">
            {(Object.keys(LABELS) as (keyof Details)[]).map((key) => (
              <div key={key}>
                <dt>{LABELS[key]}</dt>
                <dd>{key === 'kind' ? partner.kind.label : key === 'area' ? partner.area.label : shown(key, detailsOf(partner)[key])}</dd>
              </div>
            ))}
          </dl>
        )
      )}
    </section>
  );
}
