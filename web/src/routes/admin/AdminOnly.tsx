import { createRoute, Link, Outlet } from '@tanstack/react-router';
import { recheckUser } from '../../api/client';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { roleLabel } from '../users/users.queries';
import { signedInRoute } from '../root';

/**
 * Every administrators' screen. The role is asked of the API on each navigation here (and after any refusal
 * elsewhere), so someone demoted while signed in loses these screens at once rather than when their token renews.
 */
export const adminOnlyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  id: 'admin-only',
  beforeLoad: async () => {
    await recheckUser();
  },
  component: AdminOnly,
});

function AdminOnly() {
  const me = useMe();
  if (me.role !== 'admin') return <NoAdminAccess role={roleLabel(me.role)} />;
  return <Outlet />;
}

function NoAdminAccess({ role }: { role: string }) {
  usePageTitle('You do not have access to this page');
  return (
    <div className="narrow">
      <h1>You do not have access to this page</h1>
      <p>Only administrators can use this page. Your role is: {role}.</p>
      <p>
        <Link to="/">Go to my work</Link>
      </p>
    </div>
  );
}
