import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { todayIn, useFormatters, zonedToIso } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, SelectField, TextAreaField, TextField, fieldId } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { Typeahead } from '../../ui/Typeahead';
import { signedInRoute } from '../root';
import { useContactsOf, useLogMeeting, usePartnerSuggestions, type CreateMeeting } from './meetings.queries';

export const MEETING_KIND_LABELS = { meeting: 'Meeting', call: 'Phone or video call', visit: 'Visit', event: 'Event', 'email-exchange': 'Email exchange' } as const;

const actionRow = z.object({
  description: z.string().trim().min(1, 'Describe the action, or remove this row').max(500, 'An action must be 500 characters or fewer'),
  owner: z.enum(['me', 'nobody']),
  dueDate: z.string(),
});
const meetingSchema = z.object({
  partners: z.array(z.object({ id: z.string(), name: z.string() })).min(1, 'Choose at least one partner the meeting was with'),
  title: z.string().trim().min(1, 'Enter a title, like “Quarterly catch-up”').max(200, 'The title must be 200 characters or fewer'),
  kind: z.enum(['meeting', 'call', 'visit', 'event', 'email-exchange']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the meeting'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'Enter the time of the meeting, like 14:30'),
  contactIds: z.array(z.string()),
  notes: z.string().max(20000, 'Notes must be 20,000 characters or fewer'),
  outcomes: z.string().max(10000, 'Outcomes must be 10,000 characters or fewer'),
  actions: z.array(actionRow),
  reason: z.string().max(500, 'The reason must be 500 characters or fewer'),
});
export type MeetingFormValues = z.infer<typeof meetingSchema>;
type MeetingForm = MeetingFormValues;
type ActionBody = NonNullable<CreateMeeting['actions']>[number];

export const newMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'meetings/new',
  validateSearch: z.object({ partnerId: z.string().optional() }),
  component: MeetingFormPage,
});

function MeetingFormPage() {
  const { partnerId } = newMeetingRoute.useSearch();
  const prefill = useQuery({
    queryKey: ['partners', 'detail', partnerId ?? ''],
    queryFn: () => call(api.GET('/api/v1/partners/{id}', { params: { path: { id: partnerId ?? '' } } })),
    enabled: Boolean(partnerId),
  });
  const me = useMe();
  const format = useFormatters();
  const navigate = useNavigate();
  const log = useLogMeeting();
  usePageTitle('Log a meeting');
  if (partnerId && prefill.isPending) return null;
  const initialPartner = prefill.data ? { id: prefill.data.id, name: prefill.data.name } : undefined;
  const initial: MeetingForm = {
    partners: initialPartner ? [initialPartner] : [],
    title: '',
    kind: 'meeting',
    date: todayIn(format.timeZone),
    time: '',
    contactIds: [],
    notes: '',
    outcomes: '',
    actions: [],
    reason: '',
  };
  const save = async (values: MeetingForm) => {
    const body: CreateMeeting = {
      ...meetingBody(values, format.timeZone),
      actions: values.actions.map((a) => ({
        description: a.description,
        ownerId: (a.owner === 'me' ? me.id : null) as unknown as ActionBody['ownerId'],
        dueDate: (a.dueDate || null) as unknown as ActionBody['dueDate'],
      })),
    };
    await log.mutateAsync(body);
    await navigate({ to: '/partners/$partnerId', params: { partnerId: body.partnerIds[0] }, search: {} });
  };
  return <MeetingFormBody heading="Log a meeting" mode="log" initial={initial} onSave={save} />;
}

/** What the form's answers say about the meeting itself (both logging and editing send these). */
export function meetingBody(values: MeetingForm, timeZone: string) {
  return {
    partnerIds: values.partners.map((p) => p.id),
    title: values.title,
    kind: values.kind,
    occurredAt: zonedToIso(values.date, values.time, timeZone),
    contactIds: values.contactIds,
    // The document types these as objects until crmapi's exactness fix; they are strings.
    notes: (values.notes || null) as unknown as CreateMeeting['notes'],
    outcomes: (values.outcomes || null) as unknown as CreateMeeting['outcomes'],
  };
}

interface MeetingFormBodyProps {
  heading: string;
  /** Logging adds follow-up action rows; editing asks for a reason instead (actions are changed where they are listed). */
  mode: 'log' | 'edit';
  initial: MeetingForm;
  /** Saves; a thrown problem is shown in the error summary and beside the fields. */
  onSave: (values: MeetingForm) => Promise<void>;
  /** Shown above the form, e.g. that a colleague changed the meeting meanwhile. */
  notice?: ReactNode;
  cancel?: ReactNode;
}

export function MeetingFormBody({ heading, mode, initial, onSave, notice, cancel }: MeetingFormBodyProps) {
  const me = useMe();
  const format = useFormatters();
  const [query, setQuery] = useState('');
  const suggestions = usePartnerSuggestions(query);
  const form = useForm<MeetingForm>({ resolver: zodResolver(meetingSchema), defaultValues: initial });
  const partners = useFieldArray({ control: form.control, name: 'partners', keyName: 'key' });
  const actions = useFieldArray({ control: form.control, name: 'actions' });
  const chosen = form.watch('partners');
  const contacts = useContactsOf(chosen.map((p) => p.id));
  const problems = useFormProblems(form, { partners: 'Partners', title: 'Title', kind: 'Kind', date: 'Date', time: 'Time', notes: 'Notes', outcomes: 'Outcomes', reason: 'Reason' });
  usePageTitle(heading, problems.entries.length > 0);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await onSave(values);
    } catch (error) {
      problems.show(error);
    }
  });

  return (
    <div className="narrow">
      <h1>{heading}</h1>
      {notice}
      <ErrorSummary entries={problems.entries.map((e) => (e.field === 'partners' ? { ...e, field: 'partner-search' } : e))} focusKey={form.formState.submitCount} />
      <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={heading}>
        <fieldset className="fieldset">
          <legend>Who it was with</legend>
          {partners.fields.length > 0 && (
            <ul className="chips" aria-label="Chosen partners">
              {partners.fields.map((p, index) => (
                <li key={p.key}>
                  {p.name}
                  <Button variant="link" onClick={() => partners.remove(index)} aria-label={`Remove ${p.name}`}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <Typeahead
            label="Add a partner"
            hint="Type at least 2 letters of the name, then choose with the arrow keys and Enter"
            inputId={fieldId('partner-search')}
            error={errors.partners?.message ?? errors.partners?.root?.message}
            query={query}
            onQueryChange={setQuery}
            loading={suggestions.isFetching}
            options={(suggestions.data?.items ?? []).filter((p) => !chosen.some((c) => c.id === p.id)).map((p) => ({ id: p.id, label: p.name, detail: p.area.label }))}
            onChoose={(option) => {
              partners.append({ id: option.id, name: option.label });
              form.clearErrors('partners');
            }}
          />
          {chosen.length > 0 && (
            <fieldset className="fieldset">
              <legend>Attendees from the partners</legend>
              {contacts.some((c) => c.isPending) && <p className="meta">Loading contacts…</p>}
              {contacts.flatMap((c) => c.data ?? []).length === 0 && !contacts.some((c) => c.isPending) && <p className="meta">These partners have no contacts recorded.</p>}
              {contacts
                .flatMap((c) => c.data ?? [])
                .map((contact) => (
                  <CheckboxField key={contact.id} label={`${contact.fullName}${contact.jobTitle ? `, ${contact.jobTitle}` : ''}`} value={contact.id} {...form.register('contactIds')} />
                ))}
            </fieldset>
          )}
        </fieldset>
        <TextField label="Title" error={errors.title?.message} {...form.register('title')} />
        <SelectField label="Kind" choices={Object.entries(MEETING_KIND_LABELS).map(([value, label]) => ({ value, label }))} error={errors.kind?.message} {...form.register('kind')} />
        <div className="inline-fields">
          <TextField label="Date" type="date" error={errors.date?.message} {...form.register('date')} />
          <TextField label="Time" type="time" hint={`In ${format.timeZone.replace(/_/g, ' ')} time`} error={errors.time?.message} {...form.register('time')} />
        </div>
        <TextAreaField label="Notes" error={errors.notes?.message} {...form.register('notes')} />
        <TextAreaField label="Outcomes" hint="What was agreed or decided" error={errors.outcomes?.message} {...form.register('outcomes')} />
        {mode === 'log' ? (
        <fieldset className="fieldset">
          <legend>Follow-up actions</legend>
          {actions.fields.map((row, index) => (
            <div className="action-row" key={row.id} role="group" aria-label={`Action ${index + 1}`}>
              <TextField label={`Action ${index + 1}: what needs doing`} error={errors.actions?.[index]?.description?.message} {...form.register(`actions.${index}.description`)} />
              <div className="inline-fields">
                <SelectField
                  label={`Action ${index + 1}: owner`}
                  choices={[
                    { value: 'me', label: `Me (${me.displayName})` },
                    { value: 'nobody', label: 'Nobody yet' },
                  ]}
                  {...form.register(`actions.${index}.owner`)}
                />
                <TextField label={`Action ${index + 1}: due date (optional)`} type="date" {...form.register(`actions.${index}.dueDate`)} />
              </div>
              <Button variant="secondary" onClick={() => actions.remove(index)}>
                Remove action {index + 1}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => actions.append({ description: '', owner: 'me', dueDate: '' })}>
            Add an action
          </Button>
        </fieldset>
        ) : (
          <TextField label="Reason for the change (optional)" hint="Kept in the meeting’s history" autoComplete="off" error={errors.reason?.message} {...form.register('reason')} />
        )}
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Saving…">
            {mode === 'log' ? 'Save meeting' : 'Save changes'}
          </Button>
          {cancel}
        </div>
      </form>
    </div>
  );
}
