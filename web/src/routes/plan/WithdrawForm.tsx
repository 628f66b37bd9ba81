import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { useWithdrawProgress, type ProgressUpdate } from './plan.queries';

/** Withdraws a wrong update with a reason: it stays on the timeline, struck through. */
export function WithdrawForm({ activityId, update, onClose }: { activityId: string; update: ProgressUpdate; onClose: (message: string | null) => void }) {
  const withdraw = useWithdrawProgress(activityId, update.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Say why the update is wrong.');
    setError(undefined);
    try {
      await withdraw.mutateAsync(reason.trim());
      onClose('The update was withdrawn.');
    } catch (problem) {
      setError(problem instanceof ApiProblem && problem.fieldErrors.reason ? 'Say why the update is wrong, in 1,000 characters or fewer.' : problemSentence(problem));
    }
  };
  return (
    <form noValidate aria-label="Withdraw the update" className="narrow" onSubmit={(e) => void submit(e)}>
      <TextField name="reason" label="Why it is wrong" value={reason} error={error} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={withdraw.isPending} busyLabel="Withdrawing…">
          Withdraw the update
        </Button>
        <Button variant="secondary" onClick={() => onClose(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
