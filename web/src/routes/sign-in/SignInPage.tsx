import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, Link, Navigate, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { session } from '../../api/session';
import { useSession } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { Notice } from '../../ui/states';
import { rootRoute } from '../root';

const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').email('Enter an email address in the right format, like name@example.org'),
  password: z.string().min(1, 'Enter your password'),
});
type SignInForm = z.infer<typeof signInSchema>;

const searchSchema = z.object({
  redirect: z.string().optional(),
  signedOut: z.boolean().optional(),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: searchSchema,
  beforeLoad: () => session.restored,
  component: SignInPage,
});

/** Only paths inside the app: a link must not send someone elsewhere after signing in. */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

function SignInPage() {
  const { redirect, signedOut } = signInRoute.useSearch();
  const state = useSession();
  const navigate = useNavigate();
  const form = useForm<SignInForm>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const problems = useFormProblems(form, { email: 'Email address', password: 'Password' });
  usePageTitle('Sign in', problems.entries.length > 0);

  if (state.status === 'signed-in' && !form.formState.isSubmitting) return <Navigate to={safeRedirect(redirect)} />;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    problems.clear();
    try {
      await session.signIn(email, password);
      await navigate({ to: safeRedirect(redirect) });
    } catch (error) {
      problems.show(error);
    }
  });

  return (
    <main className="sign-in-page" id="main">
      <p className="sign-in-page__brand">Partnership CRM</p>
      <h1>Sign in</h1>
      {signedOut && <Notice tone="success">You have signed out.</Notice>}
      {state.status === 'signed-out' && state.reason === 'ended' && <Notice tone="warning">Your session has ended. Sign in again to carry on.</Notice>}
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Email address" type="email" autoComplete="username" spellCheck={false} error={form.formState.errors.email?.message} {...form.register('email')} />
        <TextField label="Password" type="password" autoComplete="current-password" error={form.formState.errors.password?.message} {...form.register('password')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Signing in…">
            Sign in
          </Button>
        </div>
      </form>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
    </main>
  );
}
