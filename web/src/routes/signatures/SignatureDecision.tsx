import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/problem';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { CheckboxField, TextAreaField } from '../../ui/fields';
import { LoadFailed, Notice } from '../../ui/states';
import { useApproveSignature, useDecideSignature, type Signature } from './signatures.queries';

type Candidate = NonNullable<Signature['partnerCandidates']>[number];

const MATCH_LABELS: Record<string, string> = {
  name: 'same name',
  website: 'same website domain',
  companyNumber: 'same company number',
  charityNumber: 'same charity number',
};

const NEW_PARTNER = 'new';

/**
 * Approve (linking a partner or creating one), reject with a reason, suspend an approved signature with a
 * reason, or withdraw it for a signer who asked, with a reason.
 */
export function SignatureDecision({ signature }: { signature: Signature }) {
  const [done, setDone] = useState<string | null>(null);
  const decidable = signature.status === 'verified' || signature.status === 'suspended';
  return (
    <section aria-labelledby="signature-decision">
      <h2 id="signature-decision">Decision</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {decidable && <ApproveForm signature={signature} onDone={setDone} />}
      {decidable && <ReasonForm signature={signature} action="reject" onDone={setDone} />}
      {signature.status === 'approved' && <ReasonForm signature={signature} action="suspend" onDone={setDone} />}
      {(decidable || signature.status === 'approved') && <ReasonForm signature={signature} action="withdraw" onDone={setDone} />}
      {!decidable && signature.status !== 'approved' && <p>No decision is open on a signature with this status.</p>}
    </section>
  );
}

function candidateFacts(c: Candidate): string {
  const facts = [
    c.websiteDomain && `website ${c.websiteDomain}`,
    c.companyNumber && `company number ${c.companyNumber}`,
    c.charityNumber && `charity number ${c.charityNumber}`,
  ].filter(Boolean);
  return `${facts.length > 0 ? facts.join(', ') : 'no website or number recorded'}; matched on ${c.matchedOn.map((m) => MATCH_LABELS[m] ?? m).join(', ')}`;
}

function ApproveForm({ signature, onDone }: { signature: Signature; onDone: (message: string) => void }) {
  const candidates = signature.partnerCandidates ?? [];
  const needsPartner = signature.kind === 'organisational' && !signature.partnerId;
  const [choice, setChoice] = useState(candidates[0]?.id ?? NEW_PARTNER);
  const [confirmNew, setConfirmNew] = useState(false);
  const approve = useApproveSignature(signature.id);
  const duplicate = approve.error instanceof ApiProblem && approve.error.code === 'PARTNER.POSSIBLE_DUPLICATE';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = !needsPartner ? {} : choice === NEW_PARTNER ? { createPartner: true, confirmNotDuplicate: confirmNew || undefined } : { partnerId: choice };
    approve.mutate(body, { onSuccess: () => onDone(`The signature is approved. It will be public from the next publication${signature.listingConsent ? '' : ', counted but not listed by name'}.`) });
  };
  return (
    <form className="card decision-form" aria-label="Approve the signature" noValidate onSubmit={submit}>
      <h3>Approve</h3>
      {needsPartner && (
        <fieldset className="fieldset">
          <legend>Which partner is this organisation?</legend>
          {candidates.length === 0 && <p>No existing partner looks like this organisation.</p>}
          {candidates.map((c) => (
            <div className="checkbox" key={c.id}>
              <input type="radio" id={`candidate-${c.id}`} name="partner" value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} aria-describedby={`candidate-${c.id}-facts`} />
              <label htmlFor={`candidate-${c.id}`}>
                {c.name} <span className="meta" id={`candidate-${c.id}-facts`}>({candidateFacts(c)})</span>
              </label>
            </div>
          ))}
          <div className="checkbox">
            <input type="radio" id="candidate-new" name="partner" value={NEW_PARTNER} checked={choice === NEW_PARTNER} onChange={() => setChoice(NEW_PARTNER)} />
            <label htmlFor="candidate-new">A new partner, created from this signature</label>
          </div>
        </fieldset>
      )}
      {signature.status === 'suspended' && signature.partnerId && <p>Approving again keeps the partner it was linked to.</p>}
      {approve.isError && (
        <div className="notice notice--warning" role="alert">
          <p>{problemSentence(approve.error)}</p>
          {duplicate && choice === NEW_PARTNER && (
            <CheckboxField label="It is a different organisation: create a new partner anyway" checked={confirmNew} onChange={(e) => setConfirmNew(e.target.checked)} />
          )}
        </div>
      )}
      <div className="button-row">
        <Button type="submit" busy={approve.isPending} busyLabel="Approving…">
          {needsPartner ? (choice === NEW_PARTNER ? 'Approve as a new partner' : 'Approve and link to this partner') : 'Approve'}
        </Button>
      </div>
    </form>
  );
}

const REASON_COPY = {
  reject: { title: 'Reject', label: 'Why is it rejected?', button: 'Reject the signature', busy: 'Rejecting…', done: 'The signature is rejected.' },
  suspend: {
    title: 'Suspend',
    label: 'Why is it suspended?',
    button: 'Suspend the signature',
    busy: 'Suspending…',
    done: 'The signature is suspended: it leaves the public list at the next publication.',
  },
  withdraw: {
    title: 'Withdraw for the signer',
    label: 'Why is it withdrawn? For example, who asked, when and how',
    button: 'Withdraw the signature',
    busy: 'Withdrawing…',
    done: 'The signature is withdrawn, as if the signer had used their own link: it leaves the public list at the next publication.',
  },
} as const;

function ReasonForm({ signature, action, onDone }: { signature: Signature; action: keyof typeof REASON_COPY; onDone: (message: string) => void }) {
  const copy = REASON_COPY[action];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const decide = useDecideSignature(signature.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Give the reason: it is kept with the signature and in the audit trail.');
      return;
    }
    setError(undefined);
    decide.mutate({ action, reason: reason.trim() }, { onSuccess: () => onDone(copy.done) });
  };
  return (
    <form className="card decision-form" aria-label={copy.button} noValidate onSubmit={submit}>
      <h3>{copy.title}</h3>
      {decide.isError && <LoadFailed error={decide.error} />}
      <TextAreaField name={`${action}-reason`} label={copy.label} hint="Kept with the signature and in the audit trail." maxLength={500} rows={3} error={error} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={decide.isPending} busyLabel={copy.busy}>
          {copy.button}
        </Button>
      </div>
    </form>
  );
}
