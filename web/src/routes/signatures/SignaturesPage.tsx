import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { useFormatters } from '../../app/format';
import { SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { SIGNATURE_STATUS_LABELS, usePledges, useSignatureList, type Signature, type SignatureFilters, type SignatureStatus } from './signatures.queries';
import { ShowMore } from '../../ui/ShowMore';

const STATUSES = Object.keys(SIGNATURE_STATUS_LABELS) as [SignatureStatus, ...SignatureStatus[]];

const signatureSearch = z.object({
  pledge: z.string().optional(),
  status: z.enum(STATUSES).optional(),
});
type SignatureSearch = z.infer<typeof signatureSearch>;

export const signaturesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'signatures',
  validateSearch: signatureSearch,
  component: SignaturesPage,
});

/** Who signed: the organisation as signed, or the individual's name (erased signers have neither). */
export function signatoryName(signature: Signature): string {
  return signature.organisation?.name ?? signature.signer?.name ?? 'Name erased';
}

/** The review queue: signatures confirmed by email and awaiting approval, oldest first; other statuses on request. */
function SignaturesPage() {
  const search = signaturesRoute.useSearch();
  const navigate = useNavigate({ from: '/signatures' });
  const pledges = usePledges();
  const status = search.status ?? 'verified';
  usePageTitle('Signatures');
  const setFilter = (name: keyof SignatureSearch, value: string) =>
    void navigate({ search: (prev: SignatureSearch) => ({ ...prev, [name]: value || undefined }) });
  return (
    <>
      <h1>Signatures</h1>
      <p>Signatures confirmed by email wait here for a decision, oldest first. Only approved signatures are ever published.</p>
      <search aria-label="Filter signatures">
        <div className="grid">
          <SelectField
            name="pledge"
            label="Pledge"
            placeholder="Every pledge"
            choices={(pledges.data ?? []).map((p) => ({ value: p.slug, label: p.title }))}
            value={search.pledge ?? ''}
            onChange={(e) => setFilter('pledge', e.target.value)}
          />
          <SelectField
            name="status"
            label="Status"
            choices={STATUSES.map((value) => ({ value, label: SIGNATURE_STATUS_LABELS[value] }))}
            value={status}
            onChange={(e) => setFilter('status', e.target.value === 'verified' ? '' : e.target.value)}
          />
        </div>
      </search>
      <SignatureList filters={{ pledge: search.pledge, status }} pledgeTitles={new Map((pledges.data ?? []).map((p) => [p.slug, p.title]))} />
    </>
  );
}

function SignatureList({ filters, pledgeTitles }: { filters: SignatureFilters; pledgeTitles: Map<string, string> }) {
  const format = useFormatters();
  const list = useSignatureList(filters);
  if (list.isPending) return <Loading label="Loading signatures…" />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  const caption = `${SIGNATURE_STATUS_LABELS[filters.status ?? 'verified']}: signatures`;
  if (items.length === 0) {
    return (
      <EmptyState>
        <p>{filters.status === 'verified' ? 'No signatures are waiting for approval.' : 'No signatures have this status.'}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ScrollArea label="Signatures table">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Signed by</th>
              <th scope="col">Pledge</th>
              <th scope="col">Signer</th>
              <th scope="col">Signed</th>
              <th scope="col">Confirmed by email</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to="/signatures/$signatureId" params={{ signatureId: s.id }}>
                    {signatoryName(s)}
                  </Link>
                  {s.kind === 'individual' && <span className="meta"> (individual)</span>}
                </td>
                <td>{pledgeTitles.get(s.pledge) ?? ''}</td>
                <td>{s.kind === 'organisational' ? [s.signer?.name, s.signer?.jobTitle].filter(Boolean).join(', ') : 'Themselves'}</td>
                <td>{format.dateTime(s.submittedAt)}</td>
                <td>{s.verifiedAt ? format.dateTime(s.verifiedAt) : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <ShowMore pages={list} label="Show more signatures" busyLabel="Loading more signatures…" />
    </>
  );
}
