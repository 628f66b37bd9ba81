import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, call } from '../../api/client';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { ErrorSummary, type SummaryEntry } from '../../ui/ErrorSummary';
import { fieldId, TextField } from '../../ui/fields';
import { Typeahead } from '../../ui/Typeahead';
import { usePartnerSuggestions } from '../meetings/meetings.queries';
import type { Contact } from './partner-page.queries';

interface Props {
  contact: Contact;
  fromPartnerId: string;
  fromPartnerName: string;
  onCancel: () => void;
  onMoved: (contact: Contact, to: { id: string; name: string }) => void;
}

/** The person now works elsewhere: choose the organisation by typeahead; their history here is kept. */
export function ContactMoveForm({ contact, fromPartnerId, fromPartnerName, onCancel, onMoved }: Props) {
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [jobTitle, setJobTitle] = useState('');
  const [reason, setReason] = useState('');
  const [entries, setEntries] = useState<SummaryEntry[]>([]);
  const [attempts, setAttempts] = useState(0);
  const suggestions = usePartnerSuggestions(query);
  const move = useMutation({
    mutationFn: (to: { id: string; name: string }) =>
      call(
        api.POST('/api/v1/contacts/{id}/move', {
          params: { path: { id: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
          body: { partnerId: to.id, jobTitle: jobTitle.trim() || undefined, reason: reason.trim() || undefined },
        }),
      ),
    onSuccess: (moved, to) => onMoved(moved, to),
    onError: (error) => setEntries([{ message: problemSentence(error) }]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (!target) {
      setEntries([{ field: 'move-partner', message: 'Choose the organisation the person has moved to' }]);
      return;
    }
    setEntries([]);
    move.mutate(target);
  };
  const targetError = entries.find((e) => e.field === 'move-partner')?.message;
  const title = `Move ${contact.fullName} to another organisation`;
  return (
    <form className="card" aria-label={title} noValidate onSubmit={submit}>
      <h3>{title}</h3>
      <p className="meta">Their time at {fromPartnerName} stays in their history.</p>
      <ErrorSummary entries={entries} focusKey={attempts} />
      {target ? (
        <p>
          Moving to <strong>{target.name}</strong>{' '}
          <Button variant="link" onClick={() => setTarget(null)}>
            Choose another organisation
          </Button>
        </p>
      ) : (
        <Typeahead
          label="New organisation"
          hint="Type at least 2 letters of its name, then choose with the arrow keys and Enter"
          inputId={fieldId('move-partner')}
          error={targetError}
          query={query}
          onQueryChange={setQuery}
          loading={suggestions.isFetching}
          options={(suggestions.data?.items ?? []).filter((p) => p.id !== fromPartnerId).map((p) => ({ id: p.id, label: p.name, detail: p.area.label }))}
          onChoose={(option) => {
            setTarget({ id: option.id, name: option.label });
            setEntries([]);
          }}
        />
      )}
      <TextField name="move-job-title" label="Job title there (optional)" autoComplete="off" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
      <TextField name="move-reason" label="Reason (optional)" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button type="submit" busy={move.isPending} busyLabel="Moving…">
          Record the move
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
