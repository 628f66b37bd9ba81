import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { z } from 'zod';
import { useReferenceData } from '../../api/queries';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { CheckboxField, SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { MoveMenu } from './MoveMenu';
import { PRIORITY_LABELS, STATUS_LABELS, STATUSES, useActivities, useMoveActivity, type Activity, type ActivityFilters } from './plan.queries';

const planSearch = z.object({
  view: z.enum(['board', 'list']).optional(),
  theme: z.string().optional(),
  priority: z.enum(['current', 'planned', 'longer-term']).optional(),
  owner: z.string().optional(),
  outcome: z.string().optional(),
  overdue: z.enum(['true']).optional(),
});
type PlanSearch = z.infer<typeof planSearch>;

export const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plan',
  validateSearch: planSearch,
  component: PlanPage,
});

function PlanPage() {
  const search = planRoute.useSearch();
  const navigate = useNavigate({ from: '/plan' });
  const view = search.view ?? 'board';
  usePageTitle(view === 'board' ? 'Implementation plan board' : 'Implementation plan list');
  const setSearch = (name: keyof PlanSearch, value: string | undefined) => void navigate({ search: (prev: PlanSearch) => ({ ...prev, [name]: value || undefined }) });
  const filters: ActivityFilters = { theme: search.theme, priority: search.priority, owner: search.owner, outcome: search.outcome, overdue: search.overdue };
  return (
    <>
      <div className="page-header">
        <h1>Implementation plan</h1>
        <nav aria-label="Plan views">
          <ul className="view-switch">
            <li>
              <Link to="/plan" search={{ ...search, view: undefined }} aria-current={view === 'board' ? 'page' : undefined}>
                Board
              </Link>
            </li>
            <li>
              <Link to="/plan" search={{ ...search, view: 'list' }} aria-current={view === 'list' ? 'page' : undefined}>
                List
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p>
        <Link to="/plan/case-studies">Case studies</Link> of the plan’s work · <Link to="/figures">Figures</Link> for a period
      </p>
      <PlanFilters search={search} setSearch={setSearch} />
      <Activities filters={filters} view={view} />
    </>
  );
}

function PlanFilters({ search, setSearch }: { search: PlanSearch; setSearch: (name: keyof PlanSearch, value: string | undefined) => void }) {
  const me = useMe();
  const { data: themes } = useReferenceData('theme');
  const { data: outcomes } = useReferenceData('city-outcome');
  const everyone = useActivities({});
  const owners = new Map((everyone.data?.items ?? []).flatMap((a) => (a.owner && a.owner.id !== me.id ? [[a.owner.id, a.owner.displayName] as const] : [])));
  return (
    <search aria-label="Filter activities">
      <div className="grid">
        <SelectField
          name="theme"
          label="Theme"
          placeholder="Any theme"
          choices={(themes ?? []).map((t) => ({ value: t.code, label: t.label }))}
          value={search.theme ?? ''}
          onChange={(e) => setSearch('theme', e.target.value)}
        />
        <SelectField
          name="priority"
          label="Priority"
          placeholder="Any priority"
          choices={Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))}
          value={search.priority ?? ''}
          onChange={(e) => setSearch('priority', e.target.value)}
        />
        <SelectField
          name="owner"
          label="Owner"
          placeholder="Anyone"
          choices={[{ value: me.id, label: 'Mine' }, { value: 'none', label: 'No owner' }, ...[...owners].map(([value, label]) => ({ value, label }))]}
          value={search.owner ?? ''}
          onChange={(e) => setSearch('owner', e.target.value)}
        />
        <SelectField
          name="outcome"
          label="City outcome"
          placeholder="Any outcome"
          choices={(outcomes ?? []).map((o) => ({ value: o.code, label: o.label }))}
          value={search.outcome ?? ''}
          onChange={(e) => setSearch('outcome', e.target.value)}
        />
      </div>
      <CheckboxField label="Only activities past their target date and not done" checked={search.overdue === 'true'} onChange={(e) => setSearch('overdue', e.target.checked ? 'true' : undefined)} />
    </search>
  );
}

function Activities({ filters, view }: { filters: ActivityFilters; view: 'board' | 'list' }) {
  const list = useActivities(filters);
  if (list.isPending) return <Loading label="Loading activities…" />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  if (list.data.items.length === 0) {
    const filtered = Object.values(filters).some(Boolean);
    return (
      <EmptyState>
        <p>{filtered ? 'No activities match these filters.' : 'The plan has no activities yet.'}</p>
      </EmptyState>
    );
  }
  return view === 'board' ? <Board activities={list.data.items} /> : <ActivityTable activities={list.data.items} />;
}

function Board({ activities }: { activities: Activity[] }) {
  const me = useMe();
  const move = useMoveActivity();
  const format = useFormatters();
  const moved = move.data;
  // Keyboard focus follows the moved card to its new column, instead of being lost with the old one.
  useEffect(() => {
    if (moved) document.querySelector<HTMLElement>(`[data-activity-link="${moved.id}"]`)?.focus();
  }, [moved]);
  return (
    <>
      <div aria-live="polite">{moved && <Notice tone="success">“{moved.title}” is now {STATUS_LABELS[moved.status].toLowerCase()}.</Notice>}</div>
      {move.isError && <LoadFailed error={move.error} />}
      <div className="board">
        {STATUSES.map((status) => {
          const cards = activities.filter((a) => a.status === status);
          const headingId = `board-${status}`;
          return (
            <section key={status} className={`board__column board__column--${status}`} aria-labelledby={headingId}>
              <h2 id={headingId}>
                {STATUS_LABELS[status]} <span className="count">({cards.length})</span>
              </h2>
              <ul className="board__cards" aria-labelledby={headingId}>
                {cards.map((a) => (
                  <li key={a.id} className="card board__card">
                    <Link to="/plan/activities/$activityId" params={{ activityId: a.id }} data-activity-link={a.id}>
                      {a.title}
                    </Link>
                    <p className="meta">
                      {a.theme.label} · {PRIORITY_LABELS[a.priority]}
                      {a.targetDate && ` · due ${format.date(a.targetDate)}`}
                      {a.owner && ` · ${a.owner.displayName}`}
                    </p>
                    {me.role !== 'viewer' && <MoveMenu activity={a} disabled={move.isPending} onMove={(to) => move.mutate({ activity: a, status: to })} />}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

function ActivityTable({ activities }: { activities: Activity[] }) {
  const format = useFormatters();
  return (
    <ScrollArea label="Activities table">
      <table className="table">
        <caption className="visually-hidden">Activities</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col">Status</th>
            <th scope="col">Theme</th>
            <th scope="col">Priority</th>
            <th scope="col">Owner</th>
            <th scope="col">Target date</th>
            <th scope="col">Latest progress</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to="/plan/activities/$activityId" params={{ activityId: a.id }}>
                  {a.title}
                </Link>
              </td>
              <td>{STATUS_LABELS[a.status]}</td>
              <td>{a.theme.label}</td>
              <td>{PRIORITY_LABELS[a.priority]}</td>
              <td>{a.owner?.displayName ?? 'Nobody'}</td>
              <td>{a.targetDate ? format.date(a.targetDate) : 'None set'}</td>
              <td>{a.latestProgress ? `${format.date(a.latestProgress.reportedOn)}: ${a.latestProgress.summary}` : 'None yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
