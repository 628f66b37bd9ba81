import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { session } from '../api/session';
import { queryClient } from '../api/queries';
import { Button } from '../ui/Button';
import { CommandMenu } from './CommandMenu';
import { useGlobalShortcuts } from './shortcuts';
import { useSession } from './use-session';

const ROLE_LABELS = { admin: 'Administrator', officer: 'Partnerships officer', viewer: 'Viewer' } as const;

const NAVIGATION = [
  { to: '/', label: 'My work' },
  { to: '/partners', label: 'Partners' },
  { to: '/actions', label: 'Actions' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/signatures', label: 'Signatures' },
  { to: '/pledges', label: 'Pledges' },
  { to: '/portal-moderation', label: 'Portal moderation' },
  { to: '/plan', label: 'Plan' },
  { to: '/figures', label: 'Figures' },
  { to: '/quarters', label: 'Quarterly updates' },
] as const;
/** Officers and administrators write partners, so they import them too. */
const WRITER_NAVIGATION = [{ to: '/imports', label: 'Imports' }] as const;
/** Only administrators manage who can sign in, and the running of the CRM. */
const ADMIN_NAVIGATION = [
  { to: '/users', label: 'Users' },
  { to: '/publishing', label: 'Publishing' },
  { to: '/admin', label: 'Administration' },
] as const;

/** Skip link, header with navigation and the signed-in user, the page in <main>, and the command menu. */
export function AppShell() {
  const state = useSession();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  useGlobalShortcuts(() => setMenuOpen(true));

  const reason = state.status === 'signed-out' ? state.reason : undefined;
  // Once per change of state, not per render: <Navigate> here would fire again on every location change.
  useEffect(() => {
    if (state.status === 'signed-in') return;
    // Signed out here: say so. Session ended (expired, revoked): come back here after signing in again.
    void navigate({ to: '/sign-in', search: reason === 'signed-out' ? { signedOut: true } : { redirect: reason === 'ended' ? window.location.pathname.replace(/^\/app/, '') + window.location.search : undefined } });
  }, [state.status, reason, navigate]);
  if (state.status !== 'signed-in') return null;
  const signOut = async () => {
    setSigningOut(true);
    try {
      await session.signOut();
    } finally {
      // Nothing of this user's stays in memory for the next one; the shell then goes to the sign-in page.
      queryClient.clear();
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell-header">
        <div className="shell-header__inner">
          <Link to="/" className="shell-brand">
            Partnership CRM
          </Link>
          <nav className="shell-nav" aria-label="Main">
            <ul>
              {[...NAVIGATION, ...(state.user.role === 'viewer' ? [] : WRITER_NAVIGATION), ...(state.user.role === 'admin' ? ADMIN_NAVIGATION : [])].map((item) => (
                <li key={item.to}>
                  <Link to={item.to} activeOptions={{ exact: item.to === '/' }}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="shell-user">
            <Button variant="on-brand" onClick={() => setMenuOpen(true)} aria-keyshortcuts="Control+K Meta+K">
              Search or jump to… <kbd aria-hidden="true">Ctrl K</kbd>
            </Button>
            <span>
              <span className="visually-hidden">Signed in as </span>
              <span className="shell-user__name">{state.user.displayName}</span>
              <span className="visually-hidden">, {ROLE_LABELS[state.user.role]}</span>
            </span>
            <Link to="/account">Account</Link>
            <Button variant="on-brand" busy={signingOut} busyLabel="Signing out…" onClick={() => void signOut()}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main className="shell-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <CommandMenu open={menuOpen} onOpenChange={setMenuOpen} />
    </>
  );
}
