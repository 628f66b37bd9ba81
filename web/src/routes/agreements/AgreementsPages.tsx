import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { AgreementDocuments } from './AgreementDocuments';
import { useAgreement, useAgreementList, useChangeAgreementStatus, type Agreement, type AgreementFilters, type AgreementStatus } from './agreements.queries';
import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { useReferenceData } from '../../api/queries';
import { SelectField, TextField } from '../../ui/fields';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { ShowMore } from '../../ui/ShowMore';

export const AGREEMENT_STATUS_LABELS = { draft: 'Draft', active: 'Active', 'under-review': 'Under review', expired: 'Expired', terminated: 'Terminated' } as const;

const agreementSearch = z.object({
  q: z.string().optional(),
  status: z.enum(['draft', 'active', 'under-review', 'expired', 'terminated']).optional(),
  kind: z.string().optional(),
  owner: z.enum(['me', 'none']).optional(),
  sort: z.enum(['title', '-title', 'endDate', '-endDate', 'reviewDate', '-reviewDate', 'createdAt', '-createdAt']).optional(),
});
type AgreementSearch = z.infer<typeof agreementSearch>;

export const agreementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'agreements',
  validateSearch: agreementSearch,
  component: AgreementsPage,
});

export const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'agreements/$agreementId',
  component: AgreementPage,
});

const OWNER_CHOICES = [
  { value: 'me', label: 'Mine' },
  { value: 'none', label: 'No owner' },
];
const SORT_CHOICES = [
  { value: 'title', label: 'Title, A to Z' },
  { value: '-title', label: 'Title, Z to A' },
  { value: 'endDate', label: 'End date, soonest first' },
  { value: 'reviewDate', label: 'Review date, soonest first' },
  { value: '-createdAt', label: 'Newest first' },
];

/** Titles must be at least 2 characters to search; a shorter box means no title filter. */
const searchTerm = (q: string): string | undefined => (q.trim().length >= 2 ? q.trim() : undefined);

function AgreementsPage() {
  const search = agreementsRoute.useSearch();
  const navigate = useNavigate({ from: '/agreements' });
  const [typed, setTyped] = useState(search.q ?? '');
  const { data: kinds } = useReferenceData('agreement-kind');
  usePageTitle('Agreements');
  useEffect(() => {
    const q = searchTerm(typed);
    if (q !== search.q) void navigate({ search: (prev: AgreementSearch) => ({ ...prev, q }), replace: true });
  }, [typed, search.q, navigate]);
  const setFilter = (name: keyof AgreementSearch, value: string) =>
    void navigate({ search: (prev: AgreementSearch) => ({ ...prev, [name]: value || undefined }) });
  return (
    <>
      <h1>Agreements</h1>
      <search aria-label="Find agreements">
        <TextField name="q" label="Search by title" hint="At least 2 letters of the title" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        <div className="grid">
          <SelectField
            name="status"
            label="Status"
            placeholder="Any status"
            choices={Object.entries(AGREEMENT_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            value={search.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          />
          <SelectField
            name="kind"
            label="Kind"
            placeholder="Any kind"
            choices={(kinds ?? []).map((k) => ({ value: k.code, label: k.label }))}
            value={search.kind ?? ''}
            onChange={(e) => setFilter('kind', e.target.value)}
          />
          <SelectField name="owner" label="Owner" placeholder="Anyone" choices={OWNER_CHOICES} value={search.owner ?? ''} onChange={(e) => setFilter('owner', e.target.value)} />
          <SelectField name="sort" label="Sort by" choices={SORT_CHOICES} value={search.sort ?? 'title'} onChange={(e) => setFilter('sort', e.target.value === 'title' ? '' : e.target.value)} />
        </div>
      </search>
      <AgreementList filters={search} />
    </>
  );
}

function AgreementList({ filters }: { filters: AgreementFilters }) {
  const format = useFormatters();
  const list = useAgreementList(filters);
  if (list.isPending) return <Loading label="Loading agreements…" />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    const filtered = Object.values(filters).some(Boolean);
    return (
      <EmptyState>
        <p>{filtered ? 'No agreements match these filters.' : 'There are no agreements yet.'}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ScrollArea label="Agreements table">
        <table className="table">
          <caption className="visually-hidden">Agreements</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Parties</th>
              <th scope="col">Review</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to="/agreements/$agreementId" params={{ agreementId: a.id }}>
                    {a.title}
                  </Link>
                </td>
                <td>{a.kind.label}</td>
                <td>{AGREEMENT_STATUS_LABELS[a.effectiveStatus]}</td>
                <td>{a.parties.map((p) => p.name).join(', ')}</td>
                <td>{a.reviewDate ? format.date(a.reviewDate) : 'None set'}</td>
                <td>{a.endDate ? format.date(a.endDate) : 'No end date'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <ShowMore pages={list} label="Show more agreements" busyLabel="Loading more agreements…" />
    </>
  );
}

const TRANSITION_LABELS: Record<AgreementStatus, string> = {
  draft: 'Return to draft',
  active: 'Mark active',
  'under-review': 'Start a review',
  expired: 'Mark expired',
  terminated: 'Terminate',
};

function AgreementPage() {
  const { agreementId } = agreementRoute.useParams();
  const format = useFormatters();
  const me = useMe();
  const agreement = useAgreement(agreementId);
  usePageTitle(agreement.data?.title ?? 'Agreement');
  if (agreement.isPending) return <Loading label="Loading the agreement…" />;
  if (agreement.isError) return <LoadFailed error={agreement.error} retry={() => void agreement.refetch()} />;
  const a = agreement.data;
  const canEdit = me.role !== 'viewer';
  return (
    <>
      <p>
        <Link to="/agreements">All agreements</Link>
      </p>
      <h1>{a.title}</h1>
      <dl className="grid">
        <div>
          <dt>Status</dt>
          <dd>{AGREEMENT_STATUS_LABELS[a.effectiveStatus]}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{a.kind.label}</dd>
        </div>
        <div>
          <dt>Runs</dt>
          <dd>
            {a.startDate ? format.date(a.startDate) : 'No start date'} to {a.endDate ? format.date(a.endDate) : 'no end date'}
          </dd>
        </div>
        <div>
          <dt>Review</dt>
          <dd>{a.reviewDate ? format.date(a.reviewDate) : 'None set'}{a.reviewDue && ' (due)'}</dd>
        </div>
        <div>
          <dt>Renewal notice</dt>
          <dd>
            {a.nextRenewalNoticeDate ? `${format.date(a.nextRenewalNoticeDate)} (${a.renewalNoticeDays ?? 0} days before the end)` : 'None'}
            {a.renewalDue && ' (due)'}
          </dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{a.owner?.displayName ?? 'Nobody'}</dd>
        </div>
      </dl>
      {canEdit && <AgreementStatusActions agreement={a} />}
      <h2>Parties</h2>
      <ul>
        {a.parties.map((p) => (
          <li key={p.id}>
            <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
              {p.name}
            </Link>
            {p.archived && ' (archived)'}
          </li>
        ))}
      </ul>
      <AgreementDocuments agreementId={a.id} canEdit={canEdit} />
    </>
  );
}

/** Only the status changes the agreement's state allows. */
function AgreementStatusActions({ agreement }: { agreement: Agreement }) {
  const change = useChangeAgreementStatus(agreement);
  if (agreement.allowedTransitions.length === 0) return null;
  return (
    <section aria-labelledby="agreement-status">
      <h2 id="agreement-status">Change status</h2>
      {change.isError && <LoadFailed error={change.error} />}
      <div className="button-row">
        {agreement.allowedTransitions.map((to) => (
          <Button key={to} variant={to === 'terminated' ? 'danger' : 'secondary'} disabled={change.isPending} onClick={() => change.mutate(to)}>
            {TRANSITION_LABELS[to]}
          </Button>
        ))}
      </div>
    </section>
  );
}
