import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { Loading } from '../../ui/states';
import { rootRoute } from '../root';
import { useLinkToken, usePasswordLink, useSetPassword, type PasswordLinkPurpose } from './password-links.queries';

export const MIN_PASSWORD_LENGTH = 12;
export const NEW_PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. Three or four unrelated words make a password that is strong and easy to remember.`;

/** The new-password rule the API applies, said before the API has to: length here, common passwords there. */
export const newPasswordRule = z
  .string()
  .min(1, 'Enter a new password')
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`);

const schema = z.object({ password: newPasswordRule });
type SetPasswordForm = z.infer<typeof schema>;

const WORDING = {
  invitation: { title: 'Set your password', done: 'Your password is set', broken: 'This invitation link does not work' },
  reset: { title: 'Choose a new password', done: 'Your password has been changed', broken: 'This password reset link does not work' },
} as const;

export const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'set-password',
  component: () => <PasswordLinkPage purpose="invitation" />,
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  component: () => <PasswordLinkPage purpose="reset" />,
});

/** The page an emailed link opens (GOV.UK style: one thing per page): choose a password, then sign in. */
function PasswordLinkPage({ purpose }: { purpose: PasswordLinkPurpose }) {
  const token = useLinkToken();
  return <PasswordLinkFlow key={token} purpose={purpose} token={token} />;
}

function PasswordLinkFlow({ purpose, token }: { purpose: PasswordLinkPurpose; token: string }) {
  const link = usePasswordLink(purpose, token);
  const [done, setDone] = useState(false);
  const wording = WORDING[purpose];

  if (done) return <PasswordSet purpose={purpose} />;
  if (token && link.isPending) {
    return (
      <PublicPage title={wording.title}>
        <Loading label="Checking your link…" />
      </PublicPage>
    );
  }
  if (!token || link.isError || !link.data) return <BrokenLink purpose={purpose} error={link.error} />;
  return (
    <PublicFrame title={wording.title}>
      {purpose === 'invitation' ? (
        <p>
          Welcome, {link.data.displayName}. Choose the password you will use to sign in as <strong>{link.data.email}</strong>.
        </p>
      ) : (
        <p>
          Choose a new password for <strong>{link.data.email}</strong>. You will be signed out everywhere you are signed in.
        </p>
      )}
      <NewPasswordForm purpose={purpose} token={token} onDone={() => setDone(true)} />
    </PublicFrame>
  );
}

function NewPasswordForm({ purpose, token, onDone }: { purpose: PasswordLinkPurpose; token: string; onDone: () => void }) {
  const form = useForm<SetPasswordForm>({ resolver: zodResolver(schema), defaultValues: { password: '' } });
  const problems = useFormProblems(form, { password: 'New password' });
  const setPassword = useSetPassword(purpose, token);
  usePageTitle(WORDING[purpose].title, problems.entries.length > 0);

  const onSubmit = form.handleSubmit(async ({ password }) => {
    problems.clear();
    try {
      await setPassword.mutateAsync(password);
      onDone();
    } catch (error) {
      problems.show(error);
    }
  });

  return (
    <>
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="New password" type="password" autoComplete="new-password" hint={NEW_PASSWORD_HINT} error={form.formState.errors.password?.message} {...form.register('password')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Saving…">
            {purpose === 'invitation' ? 'Set password' : 'Change password'}
          </Button>
        </div>
      </form>
    </>
  );
}

function PasswordSet({ purpose }: { purpose: PasswordLinkPurpose }) {
  return (
    <PublicPage title={WORDING[purpose].done}>
      <p>{purpose === 'invitation' ? 'You can now sign in with your email address and the password you chose.' : 'Sign in with your new password. Any other place you were signed in has been signed out.'}</p>
      <p>
        <Link to="/sign-in">Sign in</Link>
      </p>
    </PublicPage>
  );
}

function BrokenLink({ purpose, error }: { purpose: PasswordLinkPurpose; error: unknown }) {
  const fallback = purpose === 'invitation' ? 'This invitation link is not complete. Open the link from your email again.' : 'This password reset link is not complete. Open the link from your email again.';
  return (
    <PublicPage title={WORDING[purpose].broken}>
      <p>{error ? problemSentence(error) : fallback}</p>
      {purpose === 'reset' ? (
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      ) : (
        <p>Your administrator can send you a new invitation.</p>
      )}
      <p>
        <Link to="/sign-in">Go to sign in</Link>
      </p>
    </PublicPage>
  );
}

/** The frame of the pages people reach without being signed in. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <PublicFrame title={title}>
      <TitleOf title={title} />
      {children}
    </PublicFrame>
  );
}

/** For a page with a form, which sets the title itself ("Error: …" while it shows errors). */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="sign-in-page" id="main">
      <p className="sign-in-page__brand">Partnership CRM</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

function TitleOf({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}
