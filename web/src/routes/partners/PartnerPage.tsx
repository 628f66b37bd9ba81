import { createRoute, Link } from '@tanstack/react-router';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { usePartner } from './partners.queries';

export const partnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners/$partnerId',
  component: PartnerPage,
});

function PartnerPage() {
  const { partnerId } = partnerRoute.useParams();
  const partner = usePartner(partnerId);
  const format = useFormatters();
  usePageTitle(partner.data?.name ?? 'Partner');
  if (partner.isPending) return <Loading label="Loading the partner…" />;
  if (partner.isError) return <LoadFailed error={partner.error} retry={() => void partner.refetch()} />;
  const p = partner.data;
  return (
    <>
      <p>
        <Link to="/partners">All partners</Link>
      </p>
      <div className="page-header">
        <h1>{p.name}</h1>
        <span className="tag">{PARTNER_STATUS_LABELS[p.status]}</span>
      </div>
      <dl className="grid">
        <div>
          <dt>Kind</dt>
          <dd>{p.kind.label}</dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{p.area.label}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{p.owner?.displayName ?? 'Nobody'}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{format.dateTime(p.updatedAt)}</dd>
        </div>
      </dl>
    </>
  );
}
