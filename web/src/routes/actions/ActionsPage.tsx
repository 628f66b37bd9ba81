import { createRoute, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { useActionList, useSetActionStatus, type ActionFilters, type ActionListItem, type ActionStatus } from './actions.queries';
import { ShowMore } from '../../ui/ShowMore';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

const actionSearch = z.object({
  whose: z.enum(['mine', 'team']).optional(),
  status: z.enum(['open', 'done', 'dropped', 'any']).optional(),
  overdue: z.enum(['true']).optional(),
});
type ActionSearch = z.infer<typeof actionSearch>;

export const actionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'actions',
  validateSearch: actionSearch,
  component: ActionsPage,
});

const WHOSE_CHOICES = [
  { value: 'mine', label: 'Mine' },
  { value: 'team', label: "The team's (everyone's)" },
];
const STATUS_CHOICES = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'any', label: 'Any state' },
];

function ActionsPage() {
  const search = actionsRoute.useSearch();
  const navigate = useNavigate({ from: '/actions' });
  const whose = search.whose ?? 'mine';
  const status = search.status ?? 'open';
  const filters: ActionFilters = {
    owner: whose === 'mine' ? 'me' : 'anyone',
    status: status === 'any' ? undefined : status,
    overdue: search.overdue,
  };
  const heading = whose === 'mine' ? 'My actions' : "The team's actions";
  usePageTitle(heading);
  const setSearch = (patch: Partial<ActionSearch>) => void navigate({ search: (prev: ActionSearch) => ({ ...prev, ...patch }) });
  return (
    <>
      <h1>{heading}</h1>
      <search aria-label="Filter actions">
        <div className="grid">
          <SelectField name="whose" label="Whose actions" choices={WHOSE_CHOICES} value={whose} onChange={(e) => setSearch({ whose: e.target.value === 'team' ? 'team' : undefined })} />
          <SelectField
            name="status"
            label="State"
            choices={STATUS_CHOICES}
            value={status}
            onChange={(e) => setSearch({ status: e.target.value === 'open' ? undefined : (e.target.value as ActionSearch['status']) })}
          />
        </div>
        <CheckboxField label="Only overdue actions" checked={search.overdue === 'true'} onChange={(e) => setSearch({ overdue: e.target.checked ? 'true' : undefined })} />
      </search>
      <ActionList filters={filters} showOwner={whose === 'team'} />
    </>
  );
}

function ActionList({ filters, showOwner }: { filters: ActionFilters; showOwner: boolean }) {
  const list = useActionList(filters);
  const setStatus = useSetActionStatus();
  const me = useMe();
  if (list.isPending) return <Loading label="Loading actions…" />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const actions = list.data.pages.flatMap((p) => p.items);
  if (actions.length === 0) {
    return (
      <EmptyState>
        <p>No actions match these filters.</p>
      </EmptyState>
    );
  }
  return (
    <>
      {setStatus.isError && <LoadFailed error={setStatus.error} />}
      <ul className="item-list" aria-label="Actions">
        {actions.map((action) => (
          <ActionRow
            key={action.id}
            action={action}
            showOwner={showOwner}
            canChange={me.role !== 'viewer'}
            busy={setStatus.isPending && setStatus.variables.id === action.id}
            onStatus={(status) => setStatus.mutate({ id: action.id, status })}
          />
        ))}
      </ul>
      <ShowMore pages={list} label="Show more actions" busyLabel="Loading more actions…" />
    </>
  );
}

interface ActionRowProps {
  action: ActionListItem;
  showOwner: boolean;
  canChange: boolean;
  busy: boolean;
  onStatus: (status: ActionStatus) => void;
}

function ActionRow({ action, showOwner, canChange, busy, onStatus }: ActionRowProps) {
  const format = useFormatters();
  const closed = action.status !== 'open';
  return (
    <li>
      <span>
        {closed ? <s>{action.description}</s> : action.description}{' '}
        {closed && <strong className="tag">{ACTION_STATUS_LABELS[action.status]}</strong>}
        {action.overdue && <strong className="tag tag--overdue">Overdue</strong>}
        <br />
        <span className="meta">
          {action.dueDate ? `Due ${format.date(action.dueDate)}` : 'No due date'}
          {showOwner && ` · ${action.owner ? `Owner: ${action.owner.name}` : 'No owner'}`}
          {` · From “${action.meeting.title}” on ${format.date(action.meeting.occurredAt)}`}
          {action.partners.length > 0 && ' with '}
          {action.partners.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                {p.name}
              </Link>
            </span>
          ))}
        </span>
      </span>
      {canChange && (
        <span className="button-row" style={{ marginTop: 0 }}>
          {closed ? (
            <Button variant="secondary" aria-label={`Reopen “${action.description}”`} disabled={busy} onClick={() => onStatus('open')}>
              Reopen
            </Button>
          ) : (
            <>
              <Button variant="secondary" aria-label={`Mark “${action.description}” done`} disabled={busy} onClick={() => onStatus('done')}>
                Done
              </Button>
              <Button variant="secondary" aria-label={`Drop “${action.description}”`} disabled={busy} onClick={() => onStatus('dropped')}>
                Drop
              </Button>
            </>
          )}
        </span>
      )}
    </li>
  );
}
