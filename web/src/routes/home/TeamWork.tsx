import { Link } from '@tanstack/react-router';
import { days } from '../../app/format';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { useTeamWork } from './home.queries';

/** The lead's view: everyone's overdue counts, each owner one click from their overdue partners. */
export function TeamWork() {
  const team = useTeamWork(true);
  return (
    <section aria-labelledby="home-team">
      <h2 id="home-team">The team's work</h2>
      {team.isPending ? (
        <Loading label="Loading the team's figures…" />
      ) : team.isError ? (
        <LoadFailed error={team.error} retry={() => void team.refetch()} />
      ) : team.data.owners.length === 0 ? (
        <EmptyState>
          <p>No partner is overdue or due soon, and no action is open.</p>
        </EmptyState>
      ) : (
        <ScrollArea label="The team's work table">
          <table className="table">
            <caption className="visually-hidden">Dialogue and actions by owner</caption>
            <thead>
              <tr>
                <th scope="col">Owner</th>
                <th scope="col">Dialogue overdue</th>
                <th scope="col">Dialogue due in {days(team.data.dueWithinDays)}</th>
                <th scope="col">Actions overdue</th>
                <th scope="col">Actions open</th>
              </tr>
            </thead>
            <tbody>
              {team.data.owners.map((row) => (
                <tr key={row.ownerId ?? 'nobody'}>
                  <th scope="row">
                    <Link to="/partners" search={{ owner: row.ownerId ?? 'none', overdue: 'true' }} aria-label={`Overdue partners of ${row.ownerName ?? 'nobody'}`}>
                      {row.ownerName ?? 'Nobody'}
                    </Link>
                  </th>
                  <td className="count">{row.overdueDialogue}</td>
                  <td className="count">{row.dueSoonDialogue}</td>
                  <td className="count">{row.overdueActions}</td>
                  <td className="count">{row.openActions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
