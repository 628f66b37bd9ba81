import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { problemSentence } from '../../api/problem-messages';
import type { components } from '../../api/schema';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { LoadFailed, Loading, Notice } from '../../ui/states';

type Preferences = components['schemas']['ReminderPreferencesResponse'];
type Frequency = Preferences['frequency'];

const FREQUENCIES: { value: Frequency; label: string }[] = [
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'Once a week' },
  { value: 'paused', label: 'Paused: send me no digests' },
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label, index) => ({ value: String(index + 1), label }));
const key = ['me', 'reminder-preferences'] as const;

function said(preferences: Preferences): string {
  if (preferences.frequency === 'paused') return 'Your reminder digests are paused.';
  if (preferences.frequency === 'weekly') return `You get your reminder digest once a week, on ${WEEKDAYS[preferences.weeklyDay - 1]?.label ?? 'Monday'}s.`;
  return 'You get your reminder digest every day.';
}

/** How often the signed-in person gets the digest of overdue partners and actions: daily, weekly on a day, or paused. */
export function ReminderPreferencesForm() {
  const preferences = useQuery({ queryKey: key, queryFn: () => call(api.GET('/api/v1/me/reminder-preferences')) });
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminder digests</h2>
      {preferences.isPending ? (
        <Loading label="Loading your reminder settings…" />
      ) : preferences.isError ? (
        <LoadFailed error={preferences.error} retry={() => void preferences.refetch()} />
      ) : (
        <PreferencesForm current={preferences.data} />
      )}
    </section>
  );
}

function PreferencesForm({ current }: { current: Preferences }) {
  const client = useQueryClient();
  const [frequency, setFrequency] = useState<Frequency>(current.frequency);
  const [weeklyDay, setWeeklyDay] = useState(current.weeklyDay);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: components['schemas']['UpdateReminderPreferencesDto']) => call(api.PUT('/api/v1/me/reminder-preferences', { body })),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  return (
    <form
      aria-label="Reminder digests"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void save.mutateAsync({ frequency, weeklyDay }).then(() => setSaved(true), () => undefined);
      }}
    >
      <p>The digest lists your partners whose dialogue is overdue or due, and your open actions. The daily run’s time is the same for everyone.</p>
      {saved && <Notice tone="success">Saved. {said(current)}</Notice>}
      {!saved && <p>{said(current)}</p>}
      {save.isError && (
        <p className="field__error" role="alert">
          {problemSentence(save.error)}
        </p>
      )}
      <fieldset className="fieldset">
        <legend>How often do you want a digest?</legend>
        {FREQUENCIES.map((choice) => (
          <div className="checkbox" key={choice.value}>
            <input type="radio" id={`frequency-${choice.value}`} name="frequency" value={choice.value} checked={frequency === choice.value} onChange={() => setFrequency(choice.value)} />
            <label htmlFor={`frequency-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
      {frequency === 'weekly' && (
        <SelectField name="weeklyDay" label="On which day?" choices={WEEKDAYS} value={String(weeklyDay)} onChange={(event) => setWeeklyDay(Number(event.target.value))} />
      )}
      <div className="button-row">
        <Button type="submit" variant="secondary" busy={save.isPending} busyLabel="Saving…">
          Save reminder settings
        </Button>
      </div>
    </form>
  );
}
