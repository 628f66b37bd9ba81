import { createRoute, Link } from '@tanstack/react-router';
import { usePageTitle } from '../../ui/PageTitle';
import { adminOnlyRoute } from './AdminOnly';

export const adminRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin',
  component: AdminPage,
});

const SECTIONS = [
  { to: '/users', label: 'Users', says: 'Invite people, change their role, deactivate them.' },
  { to: '/admin/reference-data', label: 'Reference data', says: 'The lists the CRM offers: areas, kinds of partner, themes and more.' },
  { to: '/admin/reminders', label: 'Reminder runs', says: 'When the reminder digests went out, and whether any failed.' },
  { to: '/admin/queues', label: 'Queues', says: 'Background jobs waiting, running and failed; retry or discard a failed one.' },
  { to: '/admin/outbox', label: 'Outgoing mail', says: 'Mail waiting, sent and failed; send a failed one again.' },
  { to: '/admin/data-protection', label: 'Data protection', says: 'What the CRM holds about a person, and erasing it.' },
] as const;

/** Administrators: where each part of running the CRM is looked after. */
function AdminPage() {
  usePageTitle('Administration');
  return (
    <div className="narrow">
      <h1>Administration</h1>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <Link to={section.to}>{section.label}</Link>
            <p>{section.says}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
