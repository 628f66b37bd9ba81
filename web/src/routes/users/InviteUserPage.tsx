import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { adminOnlyRoute } from '../admin/AdminOnly';
import { ROLE_CHOICES, useInviteUser, type StaffUser } from './users.queries';

const schema = z.object({
  displayName: z.string().trim().min(1, 'Enter the person’s full name').max(200, 'The name must be 200 characters or fewer'),
  email: z.string().trim().min(1, 'Enter their email address').email('Enter an email address in the right format, like name@example.org'),
  role: z.enum(['officer', 'viewer', 'admin'], { message: 'Choose what they may do' }),
});
type InviteValues = z.infer<typeof schema>;

export const inviteUserRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'users/invite',
  component: InviteUserPage,
});

/** Invite a person: they get an email with a link to choose their own password. */
function InviteUserPage() {
  const [invited, setInvited] = useState<StaffUser | null>(null);
  const form = useForm<InviteValues>({ resolver: zodResolver(schema), defaultValues: { displayName: '', email: '', role: 'officer' } });
  const problems = useFormProblems(form, { displayName: 'Full name', email: 'Email address', role: 'Role' });
  const invite = useInviteUser();
  usePageTitle(invited ? 'Invitation sent' : 'Invite a user', problems.entries.length > 0);

  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      setInvited(await invite.mutateAsync(values));
      form.reset();
    } catch (error) {
      problems.show(error);
    }
  });

  if (invited) {
    return (
      <div className="narrow">
        <h1>Invitation sent</h1>
        <p>
          We have emailed {invited.displayName} at <strong>{invited.email}</strong> a link to choose their password. The link works once and expires after
          a while; you can send a new one from their page.
        </p>
        <ul className="link-list">
          <li>
            <Link to="/users/$userId" params={{ userId: invited.id }}>
              See {invited.displayName}’s page
            </Link>
          </li>
          <li>
            <Link to="/users/invite" onClick={() => setInvited(null)}>
              Invite another user
            </Link>
          </li>
          <li>
            <Link to="/users">Back to users</Link>
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Invite a user</h1>
      <p>They will get an email with a link to choose their own password. Nobody else ever knows it.</p>
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Full name" autoComplete="off" error={form.formState.errors.displayName?.message} {...form.register('displayName')} />
        <TextField label="Email address" type="email" autoComplete="off" spellCheck={false} error={form.formState.errors.email?.message} {...form.register('email')} />
        <SelectField label="Role" hint="What they may do in the CRM. You can change it later." choices={ROLE_CHOICES} error={form.formState.errors.role?.message} {...form.register('role')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Sending…">
            Send invitation
          </Button>
          <Link to="/users">Cancel</Link>
        </div>
      </form>
    </div>
  );
}
