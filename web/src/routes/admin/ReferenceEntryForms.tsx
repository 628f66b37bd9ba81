import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ReferenceCategory } from '../../api/queries';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { codeFromLabel, useAddReferenceEntry, useUpdateReferenceEntry, type ReferenceEntry } from './reference-data.queries';

const label = z.string().trim().min(1, 'Enter the name people will see').max(300, 'The name must be 300 characters or fewer');
const addSchema = z.object({
  label,
  code: z
    .string()
    .trim()
    .min(1, 'Enter a code')
    .max(80, 'The code must be 80 characters or fewer')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters and numbers, with hyphens between words (like wirral-waters)'),
});
type AddValues = z.infer<typeof addSchema>;

/** A new entry at the end of the list: its name, and a code that imports and the API use (it never changes). */
export function AddReferenceEntry({ category, listLabel, onAdded }: { category: ReferenceCategory; listLabel: string; onAdded: (message: string) => void }) {
  const form = useForm<AddValues>({ resolver: zodResolver(addSchema), defaultValues: { label: '', code: '' } });
  const problems = useFormProblems(form, { label: 'Name', code: 'Code' });
  const add = useAddReferenceEntry(category);
  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      const entry = await add.mutateAsync(values);
      form.reset();
      onAdded(`${entry.label} added to ${listLabel}.`);
    } catch (error) {
      problems.show(error);
    }
  });
  const labelField = form.register('label');
  return (
    <section aria-labelledby="add-entry-title" className="narrow">
      <h2 id="add-entry-title">Add an entry to {listLabel}</h2>
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Add an entry to ${listLabel}`}>
        <TextField
          label="Name"
          autoComplete="off"
          error={form.formState.errors.label?.message}
          {...labelField}
          onChange={(event) => {
            void labelField.onChange(event);
            if (!form.getFieldState('code').isDirty) form.setValue('code', codeFromLabel(event.target.value));
          }}
        />
        <TextField label="Code" hint="Used by imports and the API; it cannot be changed later." autoComplete="off" spellCheck={false} error={form.formState.errors.code?.message} {...form.register('code')} />
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting} busyLabel="Adding…">
            Add entry
          </Button>
        </div>
      </form>
    </section>
  );
}

const renameSchema = z.object({ label });
type RenameValues = z.infer<typeof renameSchema>;

export function RenameReferenceEntry({
  category,
  entry,
  onRenamed,
  onCancel,
}: {
  category: ReferenceCategory;
  entry: ReferenceEntry;
  onRenamed: (label: string) => void;
  onCancel: () => void;
}) {
  const form = useForm<RenameValues>({ resolver: zodResolver(renameSchema), defaultValues: { label: entry.label } });
  const problems = useFormProblems(form, { label: `New name for ${entry.label}` });
  const update = useUpdateReferenceEntry(category);
  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      const renamed = await update.mutateAsync({ code: entry.code, label: values.label });
      onRenamed(renamed.label);
    } catch (error) {
      problems.show(error);
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Rename ${entry.label}`}>
      {problems.formProblem && (
        <p className="field__error" role="alert">
          {problems.formProblem}
        </p>
      )}
      <TextField label={`New name for ${entry.label}`} autoComplete="off" autoFocus error={form.formState.errors.label?.message} {...form.register('label')} />
      <div className="button-row button-row--tight">
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting} busyLabel="Saving…">
          Save name
        </Button>
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
