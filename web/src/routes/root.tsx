import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Link, Outlet, redirect } from '@tanstack/react-router';
import { session } from '../api/session';
import { AppShell } from '../app/AppShell';
import { usePageTitle } from '../ui/PageTitle';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

/** Every page behind sign-in: a missing or ended session goes to the sign-in page, then comes back. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ location }) => {
    await session.restored;
    if (session.getState().status !== 'signed-in') {
      // TanStack Router's way to redirect from beforeLoad is to throw its redirect object.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: AppShell,
});

function NotFound() {
  usePageTitle('Page not found');
  return (
    <main className="shell-main" id="main">
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        <Link to="/">Go to my work</Link>
      </p>
    </main>
  );
}
