import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { setShortcutsEnabled, useShortcutsEnabled } from '../../app/preferences';
import { SINGLE_KEY_SHORTCUTS } from '../../app/shortcuts';
import { useMe } from '../../app/use-session';
import { useFormatters } from '../../app/format';
import { CheckboxField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { signedInRoute } from '../root';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ReminderPreferencesForm } from './ReminderPreferencesForm';

export const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: AccountPage,
});

function AccountPage() {
  const me = useMe();
  const shortcuts = useShortcutsEnabled();
  const format = useFormatters();
  const [passwordProblems, setPasswordProblems] = useState(false);
  usePageTitle('Account', passwordProblems);
  return (
    <div className="narrow">
      <h1>Account</h1>
      <dl>
        <dt>Name</dt>
        <dd>{me.displayName}</dd>
        <dt>Email address</dt>
        <dd>{me.email}</dd>
        <dt>Dates and times are shown in</dt>
        <dd>{format.timeZone.replace(/_/g, ' ')}</dd>
      </dl>
      <h2>Keyboard shortcuts</h2>
      <p>
        <kbd>Ctrl</kbd> + <kbd>K</kbd> (<kbd>⌘</kbd> + <kbd>K</kbd> on a Mac) opens the search and jump menu. Single keys also take you to a page when you
        are not typing in a field:
      </p>
      <ul>
        {SINGLE_KEY_SHORTCUTS.map((s) => (
          <li key={s.key}>
            <kbd>{s.key}</kbd> {s.label}
          </li>
        ))}
        <li>
          <kbd>/</kbd> Search or jump to
        </li>
      </ul>
      <CheckboxField label="Use single-key shortcuts" checked={shortcuts} onChange={(event) => setShortcutsEnabled(event.target.checked)} />
      <ReminderPreferencesForm />
      <ChangePasswordForm onProblems={setPasswordProblems} />
    </div>
  );
}
