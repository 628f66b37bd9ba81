import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { ErrorSummary, type SummaryEntry } from '../../ui/ErrorSummary';
import { fieldId, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { Typeahead } from '../../ui/Typeahead';
import { usePartnerSuggestions } from '../meetings/meetings.queries';
import type { CaseStudyInput } from './case-studies.queries';
import { useActivities } from './plan.queries';

interface Linked {
  id: string;
  name: string;
}

export interface CaseStudyDraft {
  title: string;
  story: string;
  activities: Linked[];
  partners: Linked[];
}

interface CaseStudyFormProps {
  heading: string;
  initial: CaseStudyDraft;
  submitLabel: string;
  /** Saves; a thrown problem is shown above the form. */
  onSave: (input: CaseStudyInput) => Promise<void>;
  onCancel?: () => void;
}

/** Title, story, and the activities and partners it is about: chosen from the plan's list, and by name. */
export function CaseStudyForm({ heading, initial, submitLabel, onSave, onCancel }: CaseStudyFormProps) {
  const [draft, setDraft] = useState(initial);
  const [query, setQuery] = useState('');
  const [problems, setProblems] = useState<SummaryEntry[]>([]);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  const activities = useActivities({});
  const suggestions = usePartnerSuggestions(query);
  const fieldError = (name: string) => problems.find((p) => p.field === name)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    const found: SummaryEntry[] = [];
    if (!draft.title.trim()) found.push({ field: 'title', message: 'Enter a title.' });
    if (!draft.story.trim()) found.push({ field: 'story', message: 'Tell the story.' });
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await onSave({ title: draft.title.trim(), story: draft.story, activities: draft.activities.map((a) => a.id), partners: draft.partners.map((p) => p.id) });
    } catch (error) {
      const fields = error instanceof ApiProblem ? Object.entries(error.fieldErrors) : [];
      setProblems(fields.length > 0 ? fields.map(([field, message]) => ({ field, message })) : [{ message: problemSentence(error) }]);
    } finally {
      setSaving(false);
    }
  };

  const remove = (list: 'activities' | 'partners', id: string) => setDraft({ ...draft, [list]: draft[list].filter((l) => l.id !== id) });
  const choosable = (activities.data?.items ?? []).filter((a) => !draft.activities.some((c) => c.id === a.id));
  return (
    <>
      <ErrorSummary entries={problems} focusKey={submits} />
      <form noValidate aria-label={heading} onSubmit={(e) => void submit(e)} className="narrow">
        <TextField name="title" label="Title" value={draft.title} error={fieldError('title')} maxLength={300} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <TextAreaField name="story" label="Story" hint="What happened, who took part, and what changed" rows={8} value={draft.story} error={fieldError('story')} onChange={(e) => setDraft({ ...draft, story: e.target.value })} />
        <fieldset className="fieldset">
          <legend>Activities it is about</legend>
          <ChosenList label="Chosen activities" items={draft.activities} onRemove={(id) => remove('activities', id)} />
          <SelectField
            name="activity"
            label="Add an activity"
            placeholder={activities.isPending ? 'Loading the plan…' : 'Choose an activity'}
            choices={choosable.map((a) => ({ value: a.id, label: a.title }))}
            value=""
            onChange={(e) => {
              const chosen = choosable.find((a) => a.id === e.target.value);
              if (chosen) setDraft({ ...draft, activities: [...draft.activities, { id: chosen.id, name: chosen.title }] });
            }}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>Partners it is about</legend>
          <ChosenList label="Chosen partners" items={draft.partners} onRemove={(id) => remove('partners', id)} />
          <Typeahead
            label="Add a partner"
            hint="Type at least 2 letters of the name, then choose with the arrow keys and Enter"
            inputId={fieldId('partner-search')}
            query={query}
            onQueryChange={setQuery}
            loading={suggestions.isFetching}
            options={(suggestions.data?.items ?? []).filter((p) => !draft.partners.some((c) => c.id === p.id)).map((p) => ({ id: p.id, label: p.name, detail: p.area.label }))}
            onChoose={(option) => setDraft((d) => ({ ...d, partners: [...d.partners, { id: option.id, name: option.label }] }))}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" busy={saving} busyLabel="Saving…">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </form>
    </>
  );
}

function ChosenList({ label, items, onRemove }: { label: string; items: Linked[]; onRemove: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          {item.name}
          <Button variant="link" onClick={() => onRemove(item.id)} aria-label={`Remove ${item.name}`}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
