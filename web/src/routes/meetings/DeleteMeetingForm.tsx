import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { LoadFailed } from '../../ui/states';
import { useDeleteMeeting, type Meeting } from './meetings.queries';

interface Props {
  meeting: Pick<Meeting, 'id' | 'title' | 'version'>;
  onCancel: () => void;
  onDeleted: () => void;
  /** Loads the meetings again (after a colleague changed this one). */
  onReload: () => Promise<unknown>;
}

/** Asks before deleting a meeting, with an optional reason kept in its history. */
export function DeleteMeetingForm({ meeting, onCancel, onDeleted, onReload }: Props) {
  const [reason, setReason] = useState('');
  const remove = useDeleteMeeting();
  const conflict = remove.error instanceof ApiProblem && remove.error.status === 412;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess: the refreshed list no longer holds the meeting, so this form is gone by then.
    remove.mutateAsync({ id: meeting.id, version: meeting.version, reason: reason.trim() || undefined }).then(onDeleted, () => undefined);
  };
  const reload = async () => {
    await onReload();
    remove.reset();
  };
  return (
    <form className="card" aria-label={`Delete ${meeting.title}`} noValidate onSubmit={submit}>
      {conflict ? (
        <div className="notice notice--warning" role="alert">
          <p>{problemSentence(remove.error)} It was not deleted. Reload the meetings to see the change, then decide again.</p>
          <Button variant="secondary" onClick={() => void reload()}>
            Reload the meetings
          </Button>
        </div>
      ) : (
        remove.isError && <LoadFailed error={remove.error} />
      )}
      <p>
        Deleting “{meeting.title}” removes it and its follow-up actions for good. The partners’ last-contact dates are worked out again from the
        meetings that remain.
      </p>
      <TextField name="delete-meeting-reason" label="Reason (optional)" hint="Kept in the history of changes" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={remove.isPending} busyLabel="Deleting…" disabled={conflict}>
          Delete meeting
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
