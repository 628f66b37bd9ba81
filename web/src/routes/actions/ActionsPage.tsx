import { useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { api, call } from '../../api/client';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';

export const actionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'actions',
  component: ActionsPage,
});

function ActionsPage() {
  usePageTitle('Actions');
  const format = useFormatters();
  const actions = useQuery({ queryKey: ['actions', 'mine'], queryFn: () => call(api.GET('/api/v1/actions', { params: { query: { owner: 'me', status: 'open' } } })) });
  return (
    <>
      <h1>My open actions</h1>
      {actions.isPending ? (
        <Loading label="Loading actions…" />
      ) : actions.isError ? (
        <LoadFailed error={actions.error} retry={() => void actions.refetch()} />
      ) : actions.data.length === 0 ? (
        <EmptyState>
          <p>You have no open actions.</p>
        </EmptyState>
      ) : (
        <ul className="item-list">
          {actions.data.map((a) => (
            <li key={a.id}>
              <span>{a.description}</span>
              <span className="meta">{a.dueDate ? `Due ${format.date(a.dueDate)}` : 'No due date'}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
