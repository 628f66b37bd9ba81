import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiProblem } from '../../api/problem';
import { useReferenceData, type ReferenceCategory } from '../../api/queries';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField, type Choice } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { useCreatePartner, type CreatePartner } from './partner-page.queries';

export const newPartnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners/new',
  component: NewPartnerPage,
});

const optional = (pattern: RegExp, message: string) => z.union([z.literal(''), z.string().trim().regex(pattern, message)]);
const newPartnerSchema = z.object({
  name: z.string().trim().min(1, 'Enter the organisation’s name').max(300, 'The name must be 300 characters or fewer'),
  kind: z.string().min(1, 'Choose the kind of organisation'),
  area: z.string().min(1, 'Choose the area'),
  status: z.enum(['prospect', 'active', 'paused', 'ended']),
  owner: z.enum(['me', 'nobody']),
  website: z.union([z.literal(''), z.url({ message: 'Enter a web address starting with https://' })]),
  companyNumber: optional(/^[A-Za-z0-9 ]{6,12}$/, 'Enter the company number: 6 to 12 letters or digits'),
  charityNumber: optional(/^[A-Za-z0-9 -]{5,14}$/, 'Enter the charity number: 5 to 14 letters, digits or hyphens'),
  postcode: optional(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, 'Enter a UK postcode, like L3 5TQ'),
});
type NewPartner = z.infer<typeof newPartnerSchema>;
const LABELS: Record<keyof NewPartner, string> = {
  name: 'Name',
  kind: 'Kind of organisation',
  area: 'Area',
  status: 'Status',
  owner: 'Owner',
  website: 'Website',
  companyNumber: 'Company number',
  charityNumber: 'Charity number',
  postcode: 'Postcode',
};
const MATCH_LABELS: Record<string, string> = { name: 'the same name', website: 'the same website', companyNumber: 'the same company number', charityNumber: 'the same charity number' };

interface Candidate {
  id: string;
  name: string;
  matchedOn: string[];
}

function useChoices(category: ReferenceCategory): Choice[] {
  const { data } = useReferenceData(category);
  return (data ?? []).map((e) => ({ value: e.code, label: e.label }));
}

const candidatesOf = (error: unknown): Candidate[] | null =>
  error instanceof ApiProblem && error.code === 'PARTNER.POSSIBLE_DUPLICATE' && Array.isArray(error.body.candidates) ? (error.body.candidates as Candidate[]) : null;

function bodyOf(v: NewPartner, ownerId: string, confirmNotDuplicate: boolean): CreatePartner {
  const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const body = {
    name: v.name.trim(),
    kind: v.kind,
    area: v.area,
    status: v.status,
    ownerId: v.owner === 'me' ? ownerId : undefined,
    website: orUndefined(v.website),
    companyNumber: orUndefined(v.companyNumber),
    charityNumber: orUndefined(v.charityNumber),
    postcode: orUndefined(v.postcode),
    confirmNotDuplicate: confirmNotDuplicate || undefined,
  };
  // The API's document types these nullable strings loosely; the body is what the API validates.
  return body as unknown as CreatePartner;
}

/** A new partner; when it looks like one already in the CRM, the candidates are shown first, with "create anyway". */
function NewPartnerPage() {
  const me = useMe();
  const navigate = useNavigate();
  const kinds = useChoices('organisation-kind');
  const areas = useChoices('area');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const form = useForm<NewPartner>({
    resolver: zodResolver(newPartnerSchema),
    defaultValues: { name: '', kind: '', area: '', status: 'prospect', owner: 'me', website: '', companyNumber: '', charityNumber: '', postcode: '' },
  });
  const problems = useFormProblems(form, LABELS);
  const create = useCreatePartner();
  usePageTitle('New partner', problems.entries.length > 0);
  const submit = (confirmNotDuplicate: boolean) =>
    form.handleSubmit((values) => {
      problems.clear();
      create.mutate(bodyOf(values, me.id, confirmNotDuplicate), {
        onSuccess: (created) => void navigate({ to: '/partners/$partnerId', params: { partnerId: created.id } }),
        onError: (error) => {
          const found = candidatesOf(error);
          if (found) setCandidates(found);
          else problems.show(error);
        },
      });
    });
  const errors = form.formState.errors;
  if (me.role === 'viewer') {
    return (
      <>
        <h1>New partner</h1>
        <Notice tone="warning">Your role does not allow adding partners. Ask a team lead or an administrator.</Notice>
      </>
    );
  }
  return (
    <div className="narrow">
      <p>
        <Link to="/partners">All partners</Link>
      </p>
      <h1>New partner</h1>
      <form aria-label="New partner" noValidate onSubmit={(e) => void submit(false)(e)}>
        <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
        <TextField label={LABELS.name} autoComplete="organization" error={errors.name?.message} {...form.register('name', { onChange: () => setCandidates(null) })} />
        <SelectField label={LABELS.kind} placeholder="Choose…" choices={kinds} error={errors.kind?.message} {...form.register('kind')} />
        <SelectField label={LABELS.area} placeholder="Choose…" choices={areas} error={errors.area?.message} {...form.register('area')} />
        <SelectField
          label={LABELS.status}
          choices={Object.entries(PARTNER_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
        <SelectField
          label={LABELS.owner}
          hint="Who keeps in touch with them; the owner gets the dialogue reminders"
          choices={[
            { value: 'me', label: `Me (${me.displayName})` },
            { value: 'nobody', label: 'Nobody yet' },
          ]}
          {...form.register('owner')}
        />
        <TextField label={LABELS.website} type="url" hint="For example, https://www.example.org.uk" error={errors.website?.message} {...form.register('website')} />
        <TextField label={LABELS.companyNumber} hint="Optional. From Companies House" error={errors.companyNumber?.message} {...form.register('companyNumber')} />
        <TextField label={LABELS.charityNumber} hint="Optional. From the Charity Commission" error={errors.charityNumber?.message} {...form.register('charityNumber')} />
        <TextField label={LABELS.postcode} autoComplete="postal-code" error={errors.postcode?.message} {...form.register('postcode')} />
        {candidates ? (
          <div className="notice notice--warning" role="alert" aria-labelledby="duplicate-title">
            <h2 id="duplicate-title">This may already be in the CRM</h2>
            <p>{candidates.length === 1 ? 'A partner looks like the one you are adding:' : `${candidates.length} partners look like the one you are adding:`}</p>
            <ul aria-label="Possible duplicates">
              {candidates.map((c) => (
                <li key={c.id}>
                  <Link to="/partners/$partnerId" params={{ partnerId: c.id }}>
                    {c.name}
                  </Link>{' '}
                  <span className="meta">({c.matchedOn.map((m) => MATCH_LABELS[m] ?? m).join(', ')})</span>
                </li>
              ))}
            </ul>
            <p>Open one to check it. If yours is a different organisation, create it anyway.</p>
            <div className="button-row">
              <Button busy={create.isPending} busyLabel="Creating…" onClick={() => void submit(true)()}>
                Create anyway
              </Button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <Button type="submit" busy={create.isPending} busyLabel="Creating…">
              Create partner
            </Button>
          </div>
        )}
      </form>
    </div>
  );
}
