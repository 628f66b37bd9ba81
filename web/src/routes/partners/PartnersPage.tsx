import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { useReferenceData, type ReferenceCategory } from '../../api/queries';
import { SelectField, TextField, type Choice } from '../../ui/fields';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { usePartnerList, type PartnerFilters } from './partners.queries';

export const PARTNER_STATUS_LABELS = { prospect: 'Prospect', active: 'Active', paused: 'Paused', ended: 'Ended' } as const;
const PAGE_SIZE = 50;

const partnerSearch = z.object({
  q: z.string().optional(),
  kind: z.string().optional(),
  area: z.string().optional(),
  status: z.enum(['prospect', 'active', 'paused', 'ended']).optional(),
  owner: z.string().optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt']).optional(),
  cursor: z.string().optional(),
});
type PartnerSearch = z.infer<typeof partnerSearch>;

export const partnersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners',
  validateSearch: partnerSearch,
  component: PartnersPage,
});

function useChoices(category: ReferenceCategory): Choice[] {
  const { data } = useReferenceData(category);
  return (data ?? []).map((e) => ({ value: e.code, label: e.label }));
}

/** Names must be at least 2 characters to search; a shorter box means no name filter. */
const searchTerm = (q: string): string | undefined => (q.trim().length >= 2 ? q.trim() : undefined);

function PartnersPage() {
  const search = partnersRoute.useSearch();
  const navigate = useNavigate({ from: '/partners' });
  const [typed, setTyped] = useState(search.q ?? '');
  const [cursors, setCursors] = useState<string[]>([]);
  usePageTitle('Partners');
  const filters: PartnerFilters = { ...search, limit: PAGE_SIZE };
  const list = usePartnerList(filters);
  const kinds = useChoices('organisation-kind');
  const areas = useChoices('area');

  // Results as you type: the query string follows the box, and the list follows the query string.
  useEffect(() => {
    const q = searchTerm(typed);
    if (q !== search.q) void navigate({ search: (prev: PartnerSearch) => ({ ...prev, q, cursor: undefined }), replace: true });
  }, [typed, search.q, navigate]);

  const setFilter = (name: keyof PartnerSearch, value: string) => {
    setCursors([]);
    void navigate({ search: (prev: PartnerSearch) => ({ ...prev, [name]: value || undefined, cursor: undefined }) });
  };

  return (
    <>
      <div className="page-header">
        <h1>Partners</h1>
        <Link className="button button--primary" to="/partners/new">
          New partner
        </Link>
      </div>
      <search aria-label="Find partners">
        <TextField name="q" label="Search by name" hint="At least 2 letters of the name" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        <div className="grid">
          <SelectField name="kind" label="Kind" placeholder="Any kind" choices={kinds} value={search.kind ?? ''} onChange={(e) => setFilter('kind', e.target.value)} />
          <SelectField name="area" label="Area" placeholder="Any area" choices={areas} value={search.area ?? ''} onChange={(e) => setFilter('area', e.target.value)} />
          <SelectField
            name="status"
            label="Status"
            placeholder="Any status"
            choices={Object.entries(PARTNER_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            value={search.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          />
          <SelectField
            name="owner"
            label="Owner"
            placeholder="Anyone"
            choices={[
              { value: 'me', label: 'Me' },
              { value: 'none', label: 'Nobody' },
            ]}
            value={search.owner ?? ''}
            onChange={(e) => setFilter('owner', e.target.value)}
          />
        </div>
      </search>
      <div role="status" aria-live="polite" className="meta">
        {list.data && `${list.data.items.length}${list.data.nextCursor ? '+' : ''} partner${list.data.items.length === 1 ? '' : 's'} shown`}
      </div>
      {list.isPending ? (
        <Loading label="Loading partners…" />
      ) : list.isError ? (
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>
          <p>No partner matches these filters.</p>
        </EmptyState>
      ) : (
        <ScrollArea label="Partners table">
          <table className="table" aria-busy={list.isFetching || undefined}>
            <caption className="visually-hidden">Partners</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Area</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                      {p.name}
                    </Link>
                  </td>
                  <td>{p.kind.label}</td>
                  <td>{p.area.label}</td>
                  <td>{PARTNER_STATUS_LABELS[p.status]}</td>
                  <td>{p.owner?.displayName ?? 'Nobody'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <nav aria-label="Pages of partners" className="button-row">
        {cursors.length > 0 && (
          <Button
            variant="secondary"
            onClick={() => {
              const previous = cursors.slice(0, -1);
              setCursors(previous);
              void navigate({ search: (prev: PartnerSearch) => ({ ...prev, cursor: previous.at(-1) }) });
            }}
          >
            Previous page
          </Button>
        )}
        {list.data?.nextCursor && (
          <Button
            variant="secondary"
            onClick={() => {
              const next = list.data.nextCursor ?? undefined;
              if (!next) return;
              setCursors([...cursors, next]);
              void navigate({ search: (prev: PartnerSearch) => ({ ...prev, cursor: next }) });
            }}
          >
            Next page
          </Button>
        )}
      </nav>
    </>
  );
}
