import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { AgreementDocuments } from './AgreementDocuments';
import { useAgreement, useChangeAgreementStatus, type Agreement, type AgreementStatus } from './agreements.queries';
import { createRoute, Link } from '@tanstack/react-router';
import { api, call } from '../../api/client';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';

export const AGREEMENT_STATUS_LABELS = { draft: 'Draft', active: 'Active', 'under-review': 'Under review', expired: 'Expired', terminated: 'Terminated' } as const;

export const agreementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'agreements',
  component: AgreementsPage,
});

export const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'agreements/$agreementId',
  component: AgreementPage,
});

function AgreementsPage() {
  usePageTitle('Agreements');
  const format = useFormatters();
  const list = useQuery({ queryKey: ['agreements', 'list'], queryFn: () => call(api.GET('/api/v1/agreements', { params: { query: { limit: 50 } } })) });
  return (
    <>
      <h1>Agreements</h1>
      {list.isPending ? (
        <Loading label="Loading agreements…" />
      ) : list.isError ? (
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>
          <p>There are no agreements yet.</p>
        </EmptyState>
      ) : (
        <ScrollArea label="Agreements table">
          <table className="table">
            <caption className="visually-hidden">Agreements</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Parties</th>
                <th scope="col">Ends</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to="/agreements/$agreementId" params={{ agreementId: a.id }}>
                      {a.title}
                    </Link>
                  </td>
                  <td>{a.kind.label}</td>
                  <td>{AGREEMENT_STATUS_LABELS[a.effectiveStatus]}</td>
                  <td>{a.parties.map((p) => p.name).join(', ')}</td>
                  <td>{a.endDate ? format.date(a.endDate) : 'No end date'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
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
