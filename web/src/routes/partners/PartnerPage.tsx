import { createRoute, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { PartnerArchive } from './PartnerArchive';
import { PartnerCommitments } from './PartnerCommitments';
import { PartnerContacts } from './PartnerContacts';
import { PartnerDetails } from './PartnerDetails';
import { DialogueSummary, PartnerDialogue, usePartnerDialogue } from './PartnerDialogue';
import { PartnerAudit, PartnerConsents } from './PartnerHistory';
import { PartnerActions, PartnerMeetings } from './PartnerMeetings';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { PartnerTimeline } from './PartnerTimeline';
import { LinkedCaseStudies } from '../plan/CaseStudiesPages';
import type { Partner } from './partner-page.queries';
import { usePartner, usePartnerListName } from './partners.queries';

export const partnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners/$partnerId',
  // `merged`: the name of a duplicate just merged into this partner (said once, after the merge).
  validateSearch: z.object({ merged: z.string().optional() }),
  component: PartnerPage,
});

const SECTIONS = [
  ['partner-details', 'Details'],
  ['partner-contacts', 'Contacts'],
  ['partner-dialogue', 'Dialogue'],
  ['partner-timeline', 'Timeline'],
  ['partner-meetings', 'Meetings'],
  ['partner-actions', 'Actions'],
  ['partner-agreements', 'Agreements'],
  ['partner-signatures', 'Signatures'],
  ['partner-case-studies', 'Case studies'],
  ['partner-consents', 'Consents'],
  ['partner-audit', 'History'],
] as const;

/** Name, kind, area, status, owner, lists, tags, public listing and dialogue status, in words. */
function PartnerHeader({ partner: p, actions }: { partner: Partner; actions: ReactNode }) {
  const dialogue = usePartnerDialogue(p.id);
  const listName = usePartnerListName();
  return (
    <header aria-labelledby="partner-name" className="partner-header">
      <div className="page-header">
        <h1 id="partner-name">{p.name}</h1>
        <div className="button-row button-row--tight">{actions}</div>
      </div>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className="tag">{PARTNER_STATUS_LABELS[p.status]}</span>
            {p.archivedAt && <strong> Archived</strong>}
          </dd>
        </div>
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
          <dt>Lists</dt>
          <dd>{p.lists.length > 0 ? p.lists.map(listName).join(', ') : 'None'}</dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>{p.tags.length > 0 ? p.tags.join(', ') : 'None'}</dd>
        </div>
        <div>
          <dt>Public listing</dt>
          <dd>{p.publicListing.consent ? 'Listed publicly' : 'Not listed publicly'}</dd>
        </div>
        <div>
          <dt>Dialogue</dt>
          <dd>{dialogue.data ? <DialogueSummary status={dialogue.data} /> : '…'}</dd>
        </div>
      </dl>
    </header>
  );
}

function PartnerPage() {
  const { partnerId } = partnerRoute.useParams();
  const { merged } = partnerRoute.useSearch();
  const me = useMe();
  const partner = usePartner(partnerId);
  usePageTitle(partner.data?.name ?? 'Partner');
  if (partner.isPending) return <Loading label="Loading the partner…" />;
  if (partner.isError) return <LoadFailed error={partner.error} retry={() => void partner.refetch()} />;
  const p = partner.data;
  const canWrite = me.role !== 'viewer';
  const canEdit = canWrite && !p.archivedAt;
  const actions = (
    <>
      {canEdit && (
        <Link className="button button--primary" to="/meetings/new" search={{ partnerId: p.id }}>
          Log a meeting
        </Link>
      )}
      {me.role === 'admin' && !p.archivedAt && (
        <Link className="button button--secondary" to="/partners/$partnerId/merge" params={{ partnerId: p.id }}>
          Merge a duplicate into this partner
        </Link>
      )}
    </>
  );
  return (
    <>
      <p>
        <Link to="/partners">All partners</Link>
      </p>
      {merged && <Notice tone="success">{merged} was merged into {p.name}, and archived.</Notice>}
      <PartnerHeader partner={p} actions={actions} />
      {/* One instance whether archived or not, so what it just did stays said across the change. */}
      <PartnerArchive partner={p} canWrite={canWrite} />
      <nav aria-label="On this page" className="on-this-page">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <PartnerDetails partner={p} canEdit={canEdit} />
      <PartnerContacts partnerId={p.id} partnerName={p.name} canEdit={canEdit} />
      <PartnerDialogue partnerId={p.id} canEdit={canEdit} />
      <PartnerTimeline partnerId={p.id} />
      <PartnerMeetings partnerId={p.id} canEdit={canEdit} />
      <PartnerActions partnerId={p.id} />
      <PartnerCommitments partnerId={p.id} />
      <LinkedCaseStudies filter={{ partner: p.id }} canWrite={canWrite} headingId="partner-case-studies" />
      <PartnerConsents partnerId={p.id} />
      <PartnerAudit partnerId={p.id} />
    </>
  );
}
