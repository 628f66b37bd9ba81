import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { Notice } from '../../ui/states';
import { NEW_PASSWORD_HINT, newPasswordRule } from '../set-password/SetPasswordPage';

const schema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password'),
  newPassword: newPasswordRule,
});
type ChangePasswordValues = z.infer<typeof schema>;

/** Change your own password: the current one proves it is you; your other sessions end. */
export function ChangePasswordForm({ onProblems }: { onProblems: (shown: boolean) => void }) {
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePasswordValues>({ resolver: zodResolver(schema), defaultValues: { currentPassword: '', newPassword: '' } });
  const problems = useFormProblems(form, { currentPassword: 'Current password', newPassword: 'New password' });
  const change = useMutation({ mutationFn: (body: ChangePasswordValues) => call(api.POST('/api/v1/auth/me/password', { body })) });
  const hasProblems = problems.entries.length > 0;
  // The page's title says "Error: " while this form shows problems.
  useEffect(() => onProblems(hasProblems), [hasProblems, onProblems]);

  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    setChanged(false);
    try {
      await change.mutateAsync(values);
      form.reset();
      setChanged(true);
    } catch (error) {
      problems.show(error);
    }
  });

  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      {changed && <Notice tone="success">Your password has been changed. You have been signed out everywhere else.</Notice>}
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Current password" type="password" autoComplete="current-password" error={form.formState.errors.currentPassword?.message} {...form.register('currentPassword')} />
        <TextField label="New password" type="password" autoComplete="new-password" hint={NEW_PASSWORD_HINT} error={form.formState.errors.newPassword?.message} {...form.register('newPassword')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Changing…">
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
