import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { fieldId, TextField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { Typeahead } from '../../ui/Typeahead';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { usePartnerSuggestions } from '../meetings/meetings.queries';
import { signedInRoute } from '../root';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { useMergePartner, usePartnerById, usePartnerContacts, type Partner } from './partner-page.queries';
import { usePartnerListName } from './partners.queries';

export const mergePartnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners/$partnerId/merge',
  component: MergePartnerPage,
});

type Row = { label: string; value: (p: Partner) => string };

function useRows(): Row[] {
  const listName = usePartnerListName();
  const format = useFormatters();
  const text = (v: string | null) => v ?? '(empty)';
  const list = (v: string[]) => (v.length === 0 ? '(none)' : v.join(', '));
  return [
    { label: 'Name', value: (p) => p.name },
    { label: 'Legal name', value: (p) => text(p.legalName) },
    { label: 'Kind', value: (p) => p.kind.label },
    { label: 'Area', value: (p) => p.area.label },
    { label: 'Status', value: (p) => PARTNER_STATUS_LABELS[p.status] },
    { label: 'Owner', value: (p) => p.owner?.displayName ?? 'Nobody' },
    { label: 'Website', value: (p) => text(p.website) },
    { label: 'Company number', value: (p) => text(p.companyNumber) },
    { label: 'Charity number', value: (p) => text(p.charityNumber) },
    { label: 'Address', value: (p) => [p.address, p.postcode].filter(Boolean).join(', ') || '(empty)' },
    { label: 'Lists', value: (p) => list(p.lists.map(listName)) },
    { label: 'Tags', value: (p) => list(p.tags) },
    { label: 'Themes', value: (p) => list(p.themes.map((t) => t.label)) },
    { label: 'Priority areas', value: (p) => list(p.priorityAreas.map((t) => t.label)) },
    { label: 'Public listing', value: (p) => (p.publicListing.consent ? 'Listed publicly' : 'Not listed') },
    { label: 'Created', value: (p) => format.date(p.createdAt) },
  ];
}

function ContactCount({ partnerId }: { partnerId: string }) {
  const contacts = usePartnerContacts(partnerId);
  if (!contacts.data) return <>…</>;
  return <>{contacts.data.length === 0 ? 'None' : contacts.data.map((c) => c.fullName).join(', ')}</>;
}

/** The two records side by side, so an administrator sees what merging means before doing it. */
function Comparison({ survivor, duplicate }: { survivor: Partner; duplicate: Partner }) {
  const rows = useRows();
  return (
    <ScrollArea label="The two records side by side">
      <table className="table comparison">
        <caption>
          {survivor.name} (kept) beside {duplicate.name} (merged in)
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Kept: {survivor.name}</th>
            <th scope="col">Merged in: {duplicate.name}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kept = row.value(survivor);
            const other = row.value(duplicate);
            return (
              <tr key={row.label} className={kept === other ? undefined : 'comparison__differs'}>
                <th scope="row">
                  {row.label}
                  {kept !== other && <span className="meta"> (differs)</span>}
                </th>
                <td>{kept}</td>
                <td>{other}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Contacts</th>
            <td>
              <ContactCount partnerId={survivor.id} />
            </td>
            <td>
              <ContactCount partnerId={duplicate.id} />
            </td>
          </tr>
        </tbody>
      </table>
    </ScrollArea>
  );
}

function MergePartnerPage() {
  const { partnerId } = mergePartnerRoute.useParams();
  const me = useMe();
  const navigate = useNavigate();
  const survivor = usePartnerById(partnerId);
  const [query, setQuery] = useState('');
  const [duplicateId, setDuplicateId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const duplicate = usePartnerById(duplicateId);
  const suggestions = usePartnerSuggestions(query);
  const merge = useMergePartner(partnerId);
  usePageTitle(survivor.data ? `Merge a duplicate into ${survivor.data.name}` : 'Merge a duplicate');
  if (survivor.isPending) return <Loading label="Loading the partner…" />;
  if (survivor.isError) return <LoadFailed error={survivor.error} retry={() => void survivor.refetch()} />;
  const s = survivor.data;
  const back = (
    <p>
      <Link to="/partners/$partnerId" params={{ partnerId }}>
        Back to {s.name}
      </Link>
    </p>
  );
  if (me.role !== 'admin') {
    return (
      <>
        {back}
        <h1>Merge a duplicate into {s.name}</h1>
        <Notice tone="warning">Only administrators can merge partners. Ask an administrator to do it.</Notice>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>Merge a duplicate into {s.name}</h1>
      <p>
        Choose the duplicate record. You will see both records side by side before anything changes. Merging moves the duplicate’s contacts, meetings, agreements and
        signatures to {s.name}, fills the fields {s.name} has empty, combines lists, tags, themes and priority areas, and archives the duplicate.
      </p>
      <Typeahead
        label="The duplicate"
        hint="Type at least 2 letters of its name, then choose with the arrow keys and Enter"
        inputId={fieldId('merge-duplicate')}
        query={query}
        onQueryChange={setQuery}
        loading={suggestions.isFetching}
        options={(suggestions.data?.items ?? []).filter((p) => p.id !== partnerId).map((p) => ({ id: p.id, label: p.name, detail: p.area.label }))}
        onChoose={(option) => {
          merge.reset();
          setDuplicateId(option.id);
        }}
      />
      {duplicateId && duplicate.isPending && <Loading label="Loading the duplicate…" />}
      {duplicate.isError && <LoadFailed error={duplicate.error} />}
      {duplicate.data && (
        <section aria-labelledby="merge-comparison">
          <h2 id="merge-comparison">Compare the two records</h2>
          <Comparison survivor={s} duplicate={duplicate.data} />
          <TextField name="merge-reason" label="Reason (optional)" hint="Kept in both records’ history" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />
          {merge.isError && <LoadFailed error={merge.error} />}
          <div className="button-row">
            <Button
              variant="danger"
              busy={merge.isPending}
              busyLabel="Merging…"
              onClick={() =>
                merge.mutate(
                  { duplicateId: duplicate.data.id, reason: reason.trim() || undefined },
                  { onSuccess: () => void navigate({ to: '/partners/$partnerId', params: { partnerId }, search: { merged: duplicate.data.name } }) },
                )
              }
            >
              Merge {duplicate.data.name} into {s.name}
            </Button>
            <Button variant="secondary" onClick={() => setDuplicateId(undefined)}>
              Choose another record
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
