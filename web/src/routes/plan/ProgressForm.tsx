import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { todayIn, useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { STATUS_LABELS, STATUSES, type ActivityStatus, type ProgressInput } from './plan.queries';

const progressSchema = z.object({
  reportedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the day the progress refers to'),
  status: z.enum(STATUSES as [ActivityStatus, ...ActivityStatus[]]),
  summary: z.string().trim().min(1, 'Say what happened').max(5000, 'The summary must be 5,000 characters or fewer'),
  reason: z.string(),
});
type ProgressValues = z.infer<typeof progressSchema>;

interface ProgressFormProps {
  label: string;
  submitLabel: string;
  /** A correction says why the original was wrong. */
  withReason: boolean;
  initial?: Partial<ProgressValues>;
  onSubmit: (values: ProgressInput & { reason: string }) => Promise<unknown>;
  onCancel?: () => void;
}

/** A progress update: the day, the RAG rating, what happened (and, correcting one, why the original was wrong). */
export function ProgressForm({ label, submitLabel, withReason, initial, onSubmit, onCancel }: ProgressFormProps) {
  const format = useFormatters();
  const today = todayIn(format.timeZone);
  const schema = withReason ? progressSchema.refine((v) => v.reason.trim().length > 0, { path: ['reason'], message: 'Say why the original update was wrong' }) : progressSchema;
  const form = useForm<ProgressValues>({
    resolver: zodResolver(schema),
    defaultValues: { reportedOn: today, status: 'on-track', summary: '', reason: '', ...initial },
  });
  const problems = useFormProblems(form, { reportedOn: 'Date', status: 'Status', summary: 'What happened', reason: 'Why the original was wrong' });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await onSubmit({ reportedOn: values.reportedOn, status: values.status, summary: values.summary, reason: values.reason.trim() });
      form.reset({ reportedOn: today, status: values.status, summary: '', reason: '' });
    } catch (error) {
      // A date after today is the date field's problem: say so beside it.
      if (error instanceof ApiProblem && error.code === 'PLAN.PROGRESS_IN_FUTURE') form.setError('reportedOn', { type: 'server', message: problemSentence(error) });
      else problems.show(error);
    }
  });
  return (
    <form noValidate aria-label={label} onSubmit={(e) => void submit(e)} className="narrow">
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <TextField label="Date" hint="The day the progress refers to: today or earlier" type="date" max={today} error={errors.reportedOn?.message} {...form.register('reportedOn')} />
      <SelectField label="Status" choices={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} error={errors.status?.message} {...form.register('status')} />
      <TextAreaField label="What happened" error={errors.summary?.message} {...form.register('summary')} />
      {withReason && <TextField label="Why the original was wrong" error={errors.reason?.message} {...form.register('reason')} />}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
