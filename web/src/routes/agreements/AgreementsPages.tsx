import { useQuery } from '@tanstack/react-query';
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
        <div className="table-wrap">
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
        </div>
      )}
    </>
  );
}

function AgreementPage() {
  const { agreementId } = agreementRoute.useParams();
  const format = useFormatters();
  const agreement = useQuery({
    queryKey: ['agreements', 'detail', agreementId],
    queryFn: () => call(api.GET('/api/v1/agreements/{id}', { params: { path: { id: agreementId } } })),
  });
  usePageTitle(agreement.data?.title ?? 'Agreement');
  if (agreement.isPending) return <Loading label="Loading the agreement…" />;
  if (agreement.isError) return <LoadFailed error={agreement.error} retry={() => void agreement.refetch()} />;
  const a = agreement.data;
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
          <dt>Renewal notice</dt>
          <dd>{a.nextRenewalNoticeDate ? format.date(a.nextRenewalNoticeDate) : 'None'}</dd>
        </div>
      </dl>
      <h2>Parties</h2>
      <ul>
        {a.parties.map((p) => (
          <li key={p.id}>
            <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
