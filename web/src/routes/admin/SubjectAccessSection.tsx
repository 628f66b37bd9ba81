import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { useSubjectAccess } from './data-protection.queries';
import { SubjectAccessReport } from './SubjectAccessReport';

// Not `email`: the erasure form on the same page has that field (and its id).
const schema = z.object({
  subjectEmail: z.string().trim().min(1, 'Enter the person’s email address').email('Enter an email address in the right format, like name@example.org'),
});
type Values = z.infer<typeof schema>;

/** Subject access: everything held about a person, found by their email. */
export function SubjectAccessSection() {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { subjectEmail: '' } });
  const problems = useFormProblems(form, { subjectEmail: 'Email address' });
  const report = useSubjectAccess();
  const onSubmit = form.handleSubmit(async ({ subjectEmail }) => {
    problems.clear();
    await report.mutateAsync(subjectEmail).catch(problems.show);
  });
  return (
    <section aria-labelledby="subject-access-title">
      <h2 id="subject-access-title">Subject access</h2>
      <div className="narrow">
        <p>Find everything the CRM holds about a person: contact records, signatures, consents, meetings, mail and history.</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Subject access">
          <TextField
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
            error={form.formState.errors.subjectEmail?.message ?? problems.formProblem ?? undefined}
            {...form.register('subjectEmail')}
          />
          <div className="button-row">
            <Button type="submit" variant="secondary" busy={form.formState.isSubmitting} busyLabel="Finding…">
              Find what is held
            </Button>
          </div>
        </form>
      </div>
      {report.data && <SubjectAccessReport report={report.data} />}
    </section>
  );
}
