import { createRoute, Link } from '@tanstack/react-router';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { PartnerDetails } from './PartnerDetails';
import { DialogueSummary, PartnerDialogue, usePartnerDialogue } from './PartnerDialogue';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { usePartner, usePartnerListName } from './partners.queries';

export const partnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners/$partnerId',
  component: PartnerPage,
});

function PartnerPage() {
  const { partnerId } = partnerRoute.useParams();
  const me = useMe();
  const partner = usePartner(partnerId);
  const dialogue = usePartnerDialogue(partnerId);
  const listName = usePartnerListName();
  usePageTitle(partner.data?.name ?? 'Partner');
  if (partner.isPending) return <Loading label="Loading the partner…" />;
  if (partner.isError) return <LoadFailed error={partner.error} retry={() => void partner.refetch()} />;
  const p = partner.data;
  const canEdit = me.role !== 'viewer' && !p.archivedAt;
  return (
    <>
      <p>
        <Link to="/partners">All partners</Link>
      </p>
      <header aria-labelledby="partner-name">
        <div className="page-header">
          <h1 id="partner-name">{p.name}</h1>
          {canEdit && (
            <Link className="button button--primary" to="/meetings/new" search={{ partnerId: p.id }}>
              Log a meeting
            </Link>
          )}
        </div>
        <p>
          <span className="tag">{PARTNER_STATUS_LABELS[p.status]}</span> {p.kind.label} · {p.area.label} · Owner: {p.owner?.displayName ?? 'nobody'}
          {p.archivedAt && <strong> · Archived</strong>}
        </p>
        <p>{dialogue.data && <DialogueSummary status={dialogue.data} />}</p>
        <p className="meta">
          {p.lists.length > 0 && `Lists: ${p.lists.map(listName).join(', ')} · `}
          {p.tags.length > 0 && `Tags: ${p.tags.join(', ')} · `}
          {p.publicListing.consent ? 'Listed publicly' : 'Not listed publicly'}
        </p>
      </header>
      <PartnerDetails partner={p} canEdit={canEdit} />
      <PartnerDialogue partnerId={p.id} canEdit={canEdit} />
    </>
  );
}
