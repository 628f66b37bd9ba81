import { createRoute, Link } from '@tanstack/react-router';
import { useFormatters } from '../../app/format';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { adminOnlyRoute } from '../admin/AdminOnly';
import { roleLabel, userStatus, useUsers } from './users.queries';

export const usersRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'users',
  component: UsersPage,
});

/** Administrators: everyone who can sign in, and the way to invite someone new. */
function UsersPage() {
  usePageTitle('Users');
  const users = useUsers();
  const format = useFormatters();
  return (
    <>
      <h1>Users</h1>
      <p>
        <Link to="/users/invite" className="button button--primary">
          Invite a user
        </Link>
      </p>
      {users.isPending ? (
        <Loading label="Loading users…" />
      ) : users.isError ? (
        <LoadFailed error={users.error} retry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState>There are no users yet.</EmptyState>
      ) : (
        <ScrollArea label="Users table">
          <table className="table">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email address</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <td>
                    <Link to="/users/$userId" params={{ userId: user.id }}>
                      {user.displayName}
                    </Link>
                  </td>
                  <td>{user.email}</td>
                  <td>{roleLabel(user.role)}</td>
                  <td>{userStatus(user)}</td>
                  <td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </>
  );
}
