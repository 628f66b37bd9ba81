import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { adminOnlyRoute } from '../admin/AdminOnly';
import { ROLE_CHOICES, roleLabel, useResendInvitation, useUpdateUser, useUser, userStatus, type Role, type StaffUser } from './users.queries';

export const userRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'users/$userId',
  component: UserPage,
});

/** One user, for administrators: change their role, send their invitation again, deactivate or reactivate them. */
function UserPage() {
  const { userId } = userRoute.useParams();
  const user = useUser(userId);
  usePageTitle(user.data?.displayName ?? 'User');
  if (user.isPending) return <Loading label="Loading user…" />;
  if (user.isError) return <LoadFailed error={user.error} retry={() => void user.refetch()} />;
  return <UserDetails user={user.data} />;
}

function UserDetails({ user }: { user: StaffUser }) {
  const me = useMe();
  const format = useFormatters();
  const isMe = me.id === user.id;
  return (
    <div className="narrow">
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <h1>{user.displayName}</h1>
      <dl>
        <dt>Email address</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt>Status</dt>
        <dd>{userStatus(user)}</dd>
        <dt>Last signed in</dt>
        <dd>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : 'Never'}</dd>
      </dl>
      {isMe ? (
        <p>This is you. Another administrator can change your role or deactivate you; your password is on your account page.</p>
      ) : (
        <>
          {user.isActive && <RoleForm user={user} />}
          {user.isActive && user.invitationPending && <ResendInvitation user={user} />}
          <Activation user={user} />
        </>
      )}
    </div>
  );
}

function RoleForm({ user }: { user: StaffUser }) {
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateUser(user.id);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="role-title">
      <h2 id="role-title">Role</h2>
      {saved && <Notice tone="success">{user.displayName} is now: {roleLabel(user.role)}.</Notice>}
      {update.isError && <p className="field__error" role="alert">{problemSentence(update.error)}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void update.mutateAsync({ role }).then(() => setSaved(true), () => undefined);
        }}
      >
        <SelectField name="role" label={`Role of ${user.displayName}`} choices={ROLE_CHOICES} value={role} onChange={(e) => setRole(e.target.value as Role)} />
        <div className="button-row">
          <Button type="submit" variant="secondary" busy={update.isPending} busyLabel="Saving…" disabled={role === user.role}>
            Change role
          </Button>
        </div>
      </form>
    </section>
  );
}

function ResendInvitation({ user }: { user: StaffUser }) {
  const resend = useResendInvitation(user.id);
  return (
    <section aria-labelledby="invitation-title">
      <h2 id="invitation-title">Invitation</h2>
      <p>{user.displayName} has not chosen a password yet. Sending the invitation again makes the earlier link stop working.</p>
      {resend.isSuccess && <Notice tone="success">A new invitation is on its way to {user.email}.</Notice>}
      {resend.isError && <p className="field__error" role="alert">{problemSentence(resend.error)}</p>}
      <Button variant="secondary" busy={resend.isPending} busyLabel="Sending…" onClick={() => resend.mutate()}>
        Send the invitation again
      </Button>
    </section>
  );
}

function Activation({ user }: { user: StaffUser }) {
  const update = useUpdateUser(user.id);
  return (
    <section aria-labelledby="activation-title">
      <h2 id="activation-title">{user.isActive ? 'Deactivate' : 'Reactivate'}</h2>
      <p>
        {user.isActive
          ? `${user.displayName} will be signed out at once and cannot sign in again until reactivated. Their records stay as they are.`
          : `${user.displayName} is deactivated: they cannot sign in.`}
      </p>
      {update.isError && <p className="field__error" role="alert">{problemSentence(update.error)}</p>}
      <Button variant={user.isActive ? 'danger' : 'secondary'} busy={update.isPending} busyLabel="Saving…" onClick={() => update.mutate({ isActive: !user.isActive })}>
        {user.isActive ? `Deactivate ${user.displayName}` : `Reactivate ${user.displayName}`}
      </Button>
    </section>
  );
}
