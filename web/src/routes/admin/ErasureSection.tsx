import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { ScrollArea } from '../../ui/ScrollArea';
import { Notice } from '../../ui/states';
import { erasureTableLabel, orderedCounts, useErasure, useErasurePreview, type ErasureResult } from './data-protection.queries';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter the person’s email address').email('Enter an email address in the right format, like name@example.org'),
  reason: z.string().trim().min(3, 'Say why, in a few words (for example, how the request reached you)').max(500, 'The reason must be 500 characters or fewer'),
});
type Values = z.infer<typeof schema>;

interface Previewed extends Values {
  counts: Record<string, number>;
}

/** Erasure: a preview of what will change, a typed confirmation, then the erasure and what it changed. */
export function ErasureSection() {
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [result, setResult] = useState<ErasureResult | null>(null);
  const restart = () => {
    setPreviewed(null);
    setResult(null);
  };
  return (
    <section aria-labelledby="erasure-title" className="narrow">
      <h2 id="erasure-title">Erasure</h2>
      <p>
        Erasing a person replaces their name and contact details everywhere with a marker, cuts mentions of them out of notes and history, and puts
        them on the suppression list. It cannot be undone.
      </p>
      {result && previewed ? (
        <ErasureDone email={previewed.email} result={result} onAnother={restart} />
      ) : previewed ? (
        <ConfirmErasure previewed={previewed} onErased={setResult} onCancel={restart} />
      ) : (
        <ErasureRequest onPreviewed={setPreviewed} />
      )}
    </section>
  );
}

function ErasureRequest({ onPreviewed }: { onPreviewed: (previewed: Previewed) => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', reason: '' } });
  const problems = useFormProblems(form, { email: 'Email address', reason: 'Reason' });
  const preview = useErasurePreview();
  const onSubmit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      const { counts } = await preview.mutateAsync(values.email);
      onPreviewed({ ...values, email: values.email.trim().toLowerCase(), counts });
    } catch (error) {
      problems.show(error);
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Erase a person">
      {problems.formProblem && (
        <p className="field__error" role="alert">
          {problems.formProblem}
        </p>
      )}
      <TextField label="Email address of the person to erase" type="email" autoComplete="off" spellCheck={false} error={form.formState.errors.email?.message} {...form.register('email')} />
      <TextAreaField label="Reason" hint="Kept in the audit trail, without any mention of the person." rows={3} error={form.formState.errors.reason?.message} {...form.register('reason')} />
      <div className="button-row">
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting} busyLabel="Counting…">
          Preview the erasure
        </Button>
      </div>
    </form>
  );
}

function CountsTable({ title, counts }: { title: string; counts: Record<string, number> }) {
  return (
    <ScrollArea label={`${title} table`}>
      <table className="table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {orderedCounts(counts).map(([table, count]) => (
            <tr key={table}>
              <th scope="row">{erasureTableLabel(table)}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function ConfirmErasure({ previewed, onErased, onCancel }: { previewed: Previewed; onErased: (result: ErasureResult) => void; onCancel: () => void }) {
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const erase = useErasure();
  const nothing = Object.values(previewed.counts).every((n) => n === 0);
  return (
    <>
      <CountsTable title={`What erasing ${previewed.email} will change`} counts={previewed.counts} />
      {nothing && <Notice>Nothing is held about {previewed.email}, and they are already on the suppression list: there is nothing to erase.</Notice>}
      <form
        aria-label="Confirm the erasure"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const matches = typed.trim().toLowerCase() === previewed.email;
          setMismatch(!matches);
          if (matches) void erase.mutateAsync({ email: previewed.email, reason: previewed.reason }).then(onErased, () => undefined);
        }}
      >
        <TextField
          name="confirmation"
          label={`To confirm, type the email address: ${previewed.email}`}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={mismatch ? `Type ${previewed.email} exactly to confirm the erasure` : undefined}
        />
        {erase.isError && (
          <p className="field__error" role="alert">
            {problemSentence(erase.error)}
          </p>
        )}
        <div className="button-row">
          <Button type="submit" variant="danger" busy={erase.isPending} busyLabel="Erasing…">
            Erase this person
          </Button>
          <Button variant="link" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}

function ErasureDone({ email, result, onAnother }: { email: string; result: ErasureResult; onAnother: () => void }) {
  return (
    <>
      <Notice tone="success">{email} has been erased and is on the suppression list.</Notice>
      <CountsTable title="What the erasure changed" counts={result.counts} />
      {result.remainingMentions.length > 0 && (
        <Notice tone="warning">
          {result.remainingMentions.length === 1 ? 'One record still mentions' : `${result.remainingMentions.length} records still mention`} them (for
          example, an organisation named after them): review{' '}
          {result.remainingMentions.map((m) => `${m.table} (${m.columns.join(', ')})`).join('; ')}.
        </Notice>
      )}
      <div className="button-row">
        <Button variant="secondary" onClick={onAnother}>
          Erase someone else
        </Button>
      </div>
    </>
  );
}
