import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { BulkActions } from './BulkActions';
import { ColumnChooser } from './ColumnChooser';
import { columnsOf, facetsOf, listQuery, partnerSearch, searchOfView, type Facet, type PartnerSearch, type PartnerSort } from './partner-list-search';
import { PartnerListFilters } from './PartnerListFilters';
import { PartnerTable } from './PartnerTable';
import { downloadPartnersCsv, usePartnerCount, usePartnerList, type PartnerSummary, type SavedView } from './partners.queries';
import { SavedViews } from './SavedViews';

export { PARTNER_STATUS_LABELS } from './PartnerTable';
const PAGE_SIZE = 50;

export const partnersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'partners',
  validateSearch: partnerSearch,
  component: PartnersPage,
});

/** Names must be at least 2 characters to search; a shorter box means no name filter. */
const searchTerm = (q: string): string | undefined => (q.trim().length >= 2 ? q.trim() : undefined);
const tagTerm = (tag: string): string | undefined => tag.trim().toLowerCase() || undefined;

function PartnersPage() {
  const me = useMe();
  const search = partnersRoute.useSearch();
  const navigate = useNavigate({ from: '/partners' });
  const [typed, setTyped] = useState(search.q ?? '');
  const [tagTyped, setTagTyped] = useState(search.tag ?? '');
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState<Map<string, PartnerSummary>>(new Map());
  const [exportProblem, setExportProblem] = useState('');
  const [bulkResult, setBulkResult] = useState('');
  usePageTitle('Partners');
  const facets = facetsOf(search);
  const columns = columnsOf(search);
  // A search lists the best matches first (the API's default when q is given) until a column is chosen.
  const sort: PartnerSort = search.sort ?? (search.q ? 'relevance' : 'name');
  const list = usePartnerList(listQuery(search, PAGE_SIZE));
  const count = usePartnerCount(facets);
  const canChange = me.role !== 'viewer';

  const go = (next: (prev: PartnerSearch) => PartnerSearch, replace = false) => void navigate({ search: next, replace });
  // Results as you type: the address follows the boxes, and the list follows the address.
  useEffect(() => {
    const q = searchTerm(typed);
    if (q !== search.q) go((prev) => ({ ...prev, q, cursor: undefined }), true);
  }, [typed, search.q]);
  useEffect(() => {
    const tag = tagTerm(tagTyped);
    if (tag !== search.tag) go((prev) => ({ ...prev, tag, cursor: undefined }), true);
  }, [tagTyped, search.tag]);

  const restart = () => {
    setCursors([]);
    setSelected(new Map());
  };
  const setFilter = (name: Facet, value: string | undefined) => {
    restart();
    go((prev) => ({ ...prev, [name]: value, cursor: undefined }));
  };
  const openView = (view: SavedView) => {
    restart();
    const next = searchOfView(view);
    setTyped(next.q ?? '');
    setTagTyped(next.tag ?? '');
    go(() => next);
  };
  const select = (p: PartnerSummary, on: boolean) => {
    setBulkResult('');
    setSelected((prev) => {
      const next = new Map(prev);
      if (on) next.set(p.id, p);
      else next.delete(p.id);
      return next;
    });
  };
  const selectPage = (on: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      for (const p of list.data?.items ?? []) if (on) next.set(p.id, p);
      else next.delete(p.id);
      return next;
    });
  const exportCsv = () => {
    setExportProblem('');
    downloadPartnersCsv(facets, sort).catch((error: unknown) => setExportProblem(problemSentence(error)));
  };

  return (
    <>
      <div className="page-header">
        <h1>Partners</h1>
        <Link className="button button--primary" to="/partners/new">
          New partner
        </Link>
      </div>
      <SavedViews
        search={search}
        current={{ filters: { archived: 'exclude', ...facets }, sort, columns }}
        onOpen={openView}
        onSaved={(view) => go((prev) => ({ ...prev, view: view.id }), true)}
        onDeleted={() => go((prev) => ({ ...prev, view: undefined }), true)}
      />
      <PartnerListFilters search={search} typed={typed} onType={setTyped} tagTyped={tagTyped} onTagType={setTagTyped} onFilter={setFilter} />
      <div className="list-toolbar">
        <p role="status" aria-live="polite" className="list-toolbar__count">
          {/* Said once both the rows and the count are in for these filters (the previous ones stay on screen meanwhile). */}
          {count.data && list.data && !count.isPlaceholderData && !list.isPlaceholderData
            ? `${count.data.count.toLocaleString('en-GB')} partner${count.data.count === 1 ? '' : 's'} match${cursors.length > 0 ? ` · page ${cursors.length + 1}` : ''}`
            : 'Searching…'}
        </p>
        <ColumnChooser columns={columns} onChange={(next) => go((prev) => ({ ...prev, columns: next.join(',') }), true)} />
        <Button variant="secondary" onClick={exportCsv}>
          Export this view as CSV
        </Button>
      </div>
      {exportProblem && (
        <div className="notice notice--warning" role="alert">
          <p>{exportProblem}</p>
        </div>
      )}
      <p role="status" className="meta">
        {bulkResult}
      </p>
      {canChange && selected.size > 0 && (
        <BulkActions
          selected={[...selected.values()]}
          onClear={() => setSelected(new Map())}
          onDone={(result) => {
            setBulkResult(result);
            setSelected(new Map());
          }}
        />
      )}
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
          <PartnerTable
            partners={list.data.items}
            columns={columns}
            sort={sort}
            onSort={(next) => {
              setCursors([]);
              go((prev) => ({ ...prev, sort: next, cursor: undefined }));
            }}
            selectable={canChange}
            selected={selected}
            onSelect={select}
            onSelectPage={selectPage}
            busy={list.isFetching}
          />
        </ScrollArea>
      )}
      <nav aria-label="Pages of partners" className="button-row">
        {cursors.length > 0 && (
          <Button
            variant="secondary"
            onClick={() => {
              const previous = cursors.slice(0, -1);
              setCursors(previous);
              go((prev) => ({ ...prev, cursor: previous.at(-1) }));
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
              go((prev) => ({ ...prev, cursor: next }));
            }}
          >
            Next page
          </Button>
        )}
      </nav>
    </>
  );
}
