import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { days, useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextAreaField, TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { LoadFailed, Loading } from '../../ui/states';
import { partnerKeys } from './partners.queries';

export type DialogueStatus = components['schemas']['DialogueStatusResponse'];

export function usePartnerDialogue(partnerId: string) {
  return useQuery({
    queryKey: [...partnerKeys.detail(partnerId), 'dialogue'],
    queryFn: () => call(api.GET('/api/v1/partners/{id}/dialogue', { params: { path: { id: partnerId } } })),
  });
}

/** "Overdue by 12 days" / "Due in 3 days" / "Snoozed until 3 Feb 2027", and days since the last contact. */
export function DialogueSummary({ status }: { status: DialogueStatus }) {
  const format = useFormatters();
  const since = status.lastDialogueAt ? Math.floor((Date.now() - new Date(status.lastDialogueAt).getTime()) / 86_400_000) : null;
  let state: string;
  if (status.snoozedUntil) state = `Snoozed until ${format.date(status.snoozedUntil)}`;
  else if (!status.dueAt) state = 'No dialogue due';
  else if (status.overdueDays > 0) state = `Overdue by ${days(status.overdueDays)}`;
  else {
    // overdueDays is 0 until the due date passes: count the days left from dueAt.
    const left = Math.ceil((new Date(status.dueAt).getTime() - Date.now()) / 86_400_000);
    state = left <= 0 ? 'Due today' : `Due in ${days(left)}`;
  }
  return (
    <span>
      <span className={status.overdueDays > 0 && !status.snoozedUntil ? 'tag tag--overdue' : 'tag'}>{state}</span>{' '}
      <span className="meta">{since === null ? 'No contact recorded yet' : `Last contact ${days(since)}${since === 0 ? '' : ' ago'}`}</span>
    </span>
  );
}

const snoozeSchema = z.object({
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date reminders should resume after'),
  reason: z.string().trim().min(3, 'Say why, in at least 3 characters').max(500, 'The reason must be 500 characters or fewer'),
});
type SnoozeForm = z.infer<typeof snoozeSchema>;

/** Cadence, due date, and snooze (with a reason) or wake up. */
export function PartnerDialogue({ partnerId, canEdit }: { partnerId: string; canEdit: boolean }) {
  const dialogue = usePartnerDialogue(partnerId);
  const format = useFormatters();
  const client = useQueryClient();
  const [snoozing, setSnoozing] = useState(false);
  const form = useForm<SnoozeForm>({ resolver: zodResolver(snoozeSchema), defaultValues: { until: '', reason: '' } });
  const problems = useFormProblems(form, { until: 'Snooze until', reason: 'Reason' });
  const refresh = () => client.invalidateQueries({ queryKey: partnerKeys.detail(partnerId) });
  const snooze = useMutation({
    mutationFn: (body: SnoozeForm) => call(api.POST('/api/v1/partners/{id}/dialogue/snooze', { params: { path: { id: partnerId } }, body })),
    onSuccess: async () => {
      setSnoozing(false);
      form.reset();
      await refresh();
    },
    onError: (error) => problems.show(error),
  });
  const wake = useMutation({
    mutationFn: () => call(api.POST('/api/v1/partners/{id}/dialogue/unsnooze', { params: { path: { id: partnerId } } })),
    onSuccess: refresh,
  });

  return (
    <section aria-labelledby="partner-dialogue">
      <h2 id="partner-dialogue">Dialogue</h2>
      {dialogue.isPending ? (
        <Loading label="Loading dialogue…" />
      ) : dialogue.isError ? (
        <LoadFailed error={dialogue.error} retry={() => void dialogue.refetch()} />
      ) : (
        <>
          <p>
            <DialogueSummary status={dialogue.data} />
          </p>
          <p className="meta">
            Every {days(dialogue.data.cadenceDays)}
            {dialogue.data.dueAt && ` · next due ${format.date(dialogue.data.dueAt)}`}
            {dialogue.data.snoozeReason && ` · snoozed because: ${dialogue.data.snoozeReason}`}
          </p>
          {wake.isError && <LoadFailed error={wake.error} />}
          {canEdit && !snoozing && (
            <div className="button-row">
              {dialogue.data.snoozedUntil ? (
                <Button variant="secondary" busy={wake.isPending} busyLabel="Resuming…" onClick={() => wake.mutate()}>
                  Resume reminders now
                </Button>
              ) : (
                <Button variant="secondary" onClick={() => setSnoozing(true)}>
                  Snooze reminders
                </Button>
              )}
            </div>
          )}
          {snoozing && (
            <form aria-label="Snooze reminders" noValidate onSubmit={(e) => void form.handleSubmit((v) => snooze.mutate(v))(e)}>
              <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
              <TextField label="Snooze until" type="date" hint="Reminders resume the day after" error={form.formState.errors.until?.message} {...form.register('until')} />
              <TextAreaField label="Reason" error={form.formState.errors.reason?.message} {...form.register('reason')} />
              <div className="button-row">
                <Button type="submit" busy={snooze.isPending} busyLabel="Snoozing…">
                  Snooze
                </Button>
                <Button variant="secondary" onClick={() => setSnoozing(false)}>
                  Cancel
                </Button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
