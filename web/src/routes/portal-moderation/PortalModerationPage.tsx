import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createRoute, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';

type Proposal = components['schemas']['ProposalResponse'];
type Fields = components['schemas']['ListingFieldsDto'];
type Claim = components['schemas']['ClaimResponse'];

export const portalModerationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'portal-moderation',
  component: PortalModerationPage,
});

const FIELD_LABELS: Record<string, string> = { name: 'Name', description: 'Description', website: 'Website', area: 'Area (code)', publicFields: 'Shown publicly' };
const shown = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' && value !== '' ? value : '(empty)');

const proposalKeys = { pending: ['portal-proposals', 'pending'] as const };
const claimKeys = { pending: ['portal-claims', 'pending'] as const };

/** The moderation queue: listing changes organisations proposed in the partner portal, oldest first. */
function PortalModerationPage() {
  usePageTitle('Portal moderation');
  const proposals = useQuery({ queryKey: proposalKeys.pending, queryFn: () => call(api.GET('/api/v1/portal/proposals', { params: { query: { status: 'pending' } } })) });
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <h1>Portal moderation</h1>
      <p>Changes organisations proposed to their public listing in the partner portal. An approved change is made to the partner record (its history names the proposer) and appears in the next publication.</p>
      {done && <Notice tone="success">{done}</Notice>}
      {proposals.isPending ? (
        <Loading label="Loading proposals…" />
      ) : proposals.isError ? (
        <LoadFailed error={proposals.error} retry={() => void proposals.refetch()} />
      ) : proposals.data.length === 0 ? (
        <EmptyState>
          <p>No proposals are waiting.</p>
        </EmptyState>
      ) : (
        proposals.data.map((p) => <ProposalCard key={p.id} proposal={p} onDone={setDone} />)
      )}
      <Claims onDone={setDone} />
    </>
  );
}

/** Claims of listed organisations from addresses that are neither on the website domain nor a contact's. */
function Claims({ onDone }: { onDone: (message: string) => void }) {
  const claims = useQuery({ queryKey: claimKeys.pending, queryFn: () => call(api.GET('/api/v1/portal/claims', { params: { query: { status: 'pending' } } })) });
  return (
    <section aria-labelledby="portal-claims">
      <h2 id="portal-claims">Claims waiting for a decision</h2>
      <p>Someone asked to manage an organisation's listing in the portal with an address that is not on its website domain and not one recorded for it. Check what they say before granting.</p>
      {claims.isPending ? (
        <Loading label="Loading claims…" />
      ) : claims.isError ? (
        <LoadFailed error={claims.error} retry={() => void claims.refetch()} />
      ) : claims.data.length === 0 ? (
        <EmptyState>
          <p>No claims are waiting.</p>
        </EmptyState>
      ) : (
        claims.data.map((c) => <ClaimCard key={c.id} claim={c} onDone={onDone} />)
      )}
    </section>
  );
}

function ClaimCard({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const format = useFormatters();
  const canDecide = useMe().role !== 'viewer';
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const refresh = () => client.invalidateQueries({ queryKey: claimKeys.pending });
  const approve = useMutation({
    mutationFn: () => call(api.POST('/api/v1/portal/claims/{id}/approve', { params: { path: { id: claim.id } } })),
    onSuccess: async () => {
      onDone(`${claim.name ?? claim.email} can now use the portal for ${claim.organisation}: they have been emailed a sign-in link.`);
      await refresh();
    },
  });
  const reject = useMutation({
    mutationFn: (why: string) => call(api.POST('/api/v1/portal/claims/{id}/reject', { params: { path: { id: claim.id } }, body: { reason: why } })),
    onSuccess: async () => {
      onDone(`The claim for ${claim.organisation} is rejected; the claimant has been emailed the reason.`);
      await refresh();
    },
  });
  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError('Give the reason: it is emailed to the claimant.');
      return;
    }
    setReasonError(undefined);
    reject.mutate(reason.trim());
  };
  const headingId = `claim-${claim.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>Claim for {claim.organisation}</h3>
      <dl className="facts">
        <dt>Claimant</dt>
        <dd>{claim.name ?? 'No name given'}</dd>
        <dt>Email address</dt>
        <dd>{claim.email}</dd>
        <dt>Organisation's website domain</dt>
        <dd>{claim.websiteDomain ?? 'No website recorded'} ({claim.domainMatches ? 'the address is on it' : 'the address is not on it'})</dd>
        <dt>What they say</dt>
        <dd>{claim.evidence ?? 'Nothing'}</dd>
        <dt>Claimed</dt>
        <dd>{format.dateTime(claim.createdAt)}</dd>
      </dl>
      {approve.isError && <LoadFailed error={approve.error} />}
      {reject.isError && <LoadFailed error={reject.error} />}
      {canDecide && (
        <>
          <div className="button-row">
            <Button busy={approve.isPending} busyLabel="Granting…" onClick={() => approve.mutate()}>
              Grant<span className="visually-hidden"> the claim for {claim.organisation}</span>
            </Button>
          </div>
          <form aria-label={`Reject the claim for ${claim.organisation}`} noValidate onSubmit={submitReject}>
            <TextAreaField name={`${claim.id}-reason`} label="Reason for rejecting" hint="Emailed to the claimant." maxLength={1000} rows={2} error={reasonError} value={reason} onChange={(e) => setReason(e.target.value)} />
            <div className="button-row">
              <Button type="submit" variant="danger" busy={reject.isPending} busyLabel="Rejecting…">
                Reject<span className="visually-hidden"> the claim for {claim.organisation}</span>
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function ProposalCard({ proposal, onDone }: { proposal: Proposal; onDone: (message: string) => void }) {
  const format = useFormatters();
  const canDecide = useMe().role !== 'viewer';
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const changed = Object.keys(proposal.changes) as (keyof Fields)[];
  const [edited, setEdited] = useState<Record<string, string>>(() => Object.fromEntries(changed.map((k) => [k, shown(proposal.changes[k]) === '(empty)' ? '' : shown(proposal.changes[k])])));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const headingId = `proposal-${proposal.id}`;
  const refresh = () => client.invalidateQueries({ queryKey: proposalKeys.pending });
  const approve = useMutation({
    mutationFn: (body: { edited?: Fields }) => call(api.POST('/api/v1/portal/proposals/{id}/approve', { params: { path: { id: proposal.id } }, body })),
    onSuccess: async () => {
      onDone(`The change to ${proposal.organisation} is approved: it appears in the next publication.`);
      await refresh();
    },
  });
  const reject = useMutation({
    mutationFn: (why: string) => call(api.POST('/api/v1/portal/proposals/{id}/reject', { params: { path: { id: proposal.id } }, body: { reason: why } })),
    onSuccess: async () => {
      onDone(`The change to ${proposal.organisation} is rejected; the proposer has been emailed the reason.`);
      await refresh();
    },
  });
  const approveEdited = (event: FormEvent) => {
    event.preventDefault();
    const body: Fields = {};
    for (const key of changed) {
      const value = edited[key] ?? '';
      if (key === 'publicFields') body.publicFields = value.split(',').map((v) => v.trim()).filter(Boolean) as Fields['publicFields'];
      else if (key === 'name' || key === 'area') body[key] = value.trim();
      else body[key] = value.trim() === '' ? null : value.trim();
    }
    approve.mutate({ edited: body });
  };
  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError('Give the reason: it is emailed to the person who proposed the change.');
      return;
    }
    setReasonError(undefined);
    reject.mutate(reason.trim());
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to="/partners/$partnerId" params={{ partnerId: proposal.partnerId }}>{proposal.organisation}</Link>
      </h2>
      <p className="meta">
        Proposed by {proposal.proposer ? `${proposal.proposer.name ?? proposal.proposer.email} (${proposal.proposer.email})` : 'a former portal user'} on {format.dateTime(proposal.createdAt)}
      </p>
      <table className="table">
        <caption className="visually-hidden">Proposed changes to {proposal.organisation}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((k) => (
            <tr key={k}>
              <th scope="row">{FIELD_LABELS[k] ?? k}</th>
              <td>{shown(proposal.before[k])}</td>
              <td>{shown(proposal.changes[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {approve.isError && <LoadFailed error={approve.error} />}
      {reject.isError && <LoadFailed error={reject.error} />}
      {canDecide && !editing && (
        <div className="button-row">
          <Button busy={approve.isPending} busyLabel="Approving…" onClick={() => approve.mutate({})}>
            Approve<span className="visually-hidden"> the change to {proposal.organisation}</span>
          </Button>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit then approve<span className="visually-hidden"> the change to {proposal.organisation}</span>
          </Button>
        </div>
      )}
      {canDecide && editing && (
        <form aria-label={`Edit the change to ${proposal.organisation}`} noValidate onSubmit={approveEdited}>
          {changed.map((k) =>
            k === 'description' ? (
              <TextAreaField key={k} name={`${proposal.id}-${k}`} label={FIELD_LABELS[k] ?? k} rows={4} value={edited[k] ?? ''} onChange={(e) => setEdited({ ...edited, [k]: e.target.value })} />
            ) : (
              <TextField key={k} name={`${proposal.id}-${k}`} label={FIELD_LABELS[k] ?? k} hint={k === 'publicFields' ? 'Separate with commas: name, website, description, area, kind' : undefined} value={edited[k] ?? ''} onChange={(e) => setEdited({ ...edited, [k]: e.target.value })} />
            ),
          )}
          <div className="button-row">
            <Button type="submit" busy={approve.isPending} busyLabel="Approving…">Approve as edited</Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>Cancel editing</Button>
          </div>
        </form>
      )}
      {canDecide && (
        <form aria-label={`Reject the change to ${proposal.organisation}`} noValidate onSubmit={submitReject}>
          <TextAreaField name={`${proposal.id}-reason`} label="Reason for rejecting" hint="Emailed to the person who proposed the change." maxLength={1000} rows={2} error={reasonError} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="button-row">
            <Button type="submit" variant="danger" busy={reject.isPending} busyLabel="Rejecting…">
              Reject<span className="visually-hidden"> the change to {proposal.organisation}</span>
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
