import { useQuery } from '@tanstack/react-query';
import { createRoute, Link } from '@tanstack/react-router';
import { api, call } from '../../api/client';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { adminOnlyRoute } from './AdminOnly';

export const reminderRunsRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin/reminders',
  component: ReminderRunsPage,
});

/** Administrators: the latest daily reminder runs, with their digests, items and failures. */
function ReminderRunsPage() {
  usePageTitle('Reminder runs');
  const format = useFormatters();
  const runs = useQuery({ queryKey: ['admin', 'reminder-runs'], queryFn: () => call(api.GET('/api/v1/admin/reminder-runs', { params: { query: { limit: 14 } } })), staleTime: 0 });
  return (
    <>
      <p>
        <Link to="/admin">Back to administration</Link>
      </p>
      <h1>Reminder runs</h1>
      <p className="narrow">
        Each day’s run sends every member of staff their digest (daily, or weekly on their chosen day, unless paused). Each person chooses on their
        account page.
      </p>
      {runs.isPending ? (
        <Loading label="Loading reminder runs…" />
      ) : runs.isError ? (
        <LoadFailed error={runs.error} retry={() => void runs.refetch()} />
      ) : runs.data.runs.length === 0 ? (
        <EmptyState>No reminder run has happened yet.</EmptyState>
      ) : (
        <ScrollArea label="Reminder runs table">
          <table className="table">
            <caption className="visually-hidden">The latest reminder runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Run for</th>
                <th scope="col">Started</th>
                <th scope="col">Digests planned</th>
                <th scope="col">Digests mailed</th>
                <th scope="col">Items in them</th>
                <th scope="col">Nothing due</th>
                <th scope="col">Not done</th>
                <th scope="col">Mail failed</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.runs.map((run) => (
                <tr key={run.runDate}>
                  <th scope="row">{format.date(run.runDate)}</th>
                  <td>{format.dateTime(run.startedAt)}</td>
                  <td>{run.recipients ?? 'Still planning'}</td>
                  <td>{run.digests}</td>
                  <td>{run.items}</td>
                  <td>{run.nothingDue}</td>
                  <td>{run.notDone}</td>
                  <td>{run.mailFailed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </>
  );
}
