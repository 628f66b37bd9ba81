import { zodResolver } from '@hookform/resolvers/zod';
import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { usePageTitle } from '../../ui/PageTitle';
import { rootRoute } from '../root';
import { useRequestPasswordReset } from '../set-password/password-links.queries';
import { PublicFrame, PublicPage } from '../set-password/SetPasswordPage';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').email('Enter an email address in the right format, like name@example.org'),
});
type ForgotPasswordForm = z.infer<typeof schema>;

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});

/** Asks for the account's email, then says to check it — the same words whether or not the account exists. */
function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotPasswordForm>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const problems = useFormProblems(form, { email: 'Email address' });
  const request = useRequestPasswordReset();
  usePageTitle(sentTo ? 'Check your email' : 'Reset your password', problems.entries.length > 0);

  const onSubmit = form.handleSubmit(async ({ email }) => {
    problems.clear();
    try {
      await request.mutateAsync(email);
      setSentTo(email);
    } catch (error) {
      problems.show(error);
    }
  });

  if (sentTo) {
    return (
      <PublicPage title="Check your email">
        <p>
          If <strong>{sentTo}</strong> is the email address of an account, we have sent it a link to choose a new password. The link works once, for a
          limited time.
        </p>
        <p>If nothing arrives within a few minutes, check your spam folder, or ask your administrator.</p>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </PublicPage>
    );
  }
  return (
    <PublicFrame title="Reset your password">
      <p>Enter the email address you sign in with. We will send you a link to choose a new password.</p>
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Email address" type="email" autoComplete="username" spellCheck={false} error={form.formState.errors.email?.message} {...form.register('email')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Sending…">
            Send the link
          </Button>
        </div>
      </form>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </PublicFrame>
  );
}
