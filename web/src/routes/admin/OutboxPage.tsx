import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { adminOnlyRoute } from './AdminOnly';
import { mailKindLabel, OUTBOX_STATUS_CHOICES, outboxStatusLabel, useOutbox, useResendMail, type OutboxMail, type OutboxStatus } from './operations.queries';

export const outboxRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin/outbox',
  component: OutboxPage,
});

/** Administrators: outgoing mail by state, with its attempts and last error; a failed one can be sent again. */
function OutboxPage() {
  usePageTitle('Outgoing mail');
  const [state, setState] = useState<OutboxStatus>('failed');
  const [sent, setSent] = useState<string | null>(null);
  const outbox = useOutbox(state);
  return (
    <>
      <p>
        <Link to="/admin">Back to administration</Link>
      </p>
      <h1>Outgoing mail</h1>
      <p>Every mail the CRM sends waits here until the mail server takes it. A mail the server refused, or could not take for too long, fails.</p>
      <div className="narrow">
        <SelectField
          name="state"
          label="Show mail that is"
          choices={OUTBOX_STATUS_CHOICES}
          value={state}
          onChange={(event) => {
            setSent(null);
            setState(event.target.value as OutboxStatus);
          }}
        />
      </div>
      {sent && <Notice tone="success">{sent}</Notice>}
      {outbox.isPending ? (
        <Loading label="Loading mail…" />
      ) : outbox.isError ? (
        <LoadFailed error={outbox.error} retry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState>No mail is {outboxStatusLabel(state).toLowerCase()}.</EmptyState>
      ) : (
        <>
          <p>
            {outbox.data.total} {outbox.data.total === 1 ? 'mail' : 'mails'}
            {outbox.data.total > outbox.data.items.length ? `; the newest ${outbox.data.items.length} are shown.` : '.'}
          </p>
          <ScrollArea label="Outgoing mail table">
            <table className="table">
              <caption className="visually-hidden">Outgoing mail: {outboxStatusLabel(state)}</caption>
              <thead>
                <tr>
                  <th scope="col">Written</th>
                  <th scope="col">Kind</th>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  {state === 'failed' && <th scope="col">Action</th>}
                </tr>
              </thead>
              <tbody>
                {outbox.data.items.map((mail) => (
                  <OutboxRow key={mail.id} mail={mail} onSent={setSent} />
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </>
      )}
    </>
  );
}

function OutboxRow({ mail, onSent }: { mail: OutboxMail; onSent: (message: string) => void }) {
  const format = useFormatters();
  const resend = useResendMail();
  return (
    <tr>
      <td>{format.dateTime(mail.createdAt)}</td>
      <td>{mailKindLabel(mail.kind)}</td>
      <td>{mail.recipient}</td>
      <td>{mail.subject}</td>
      <td>{outboxStatusLabel(mail.state)}</td>
      <td>{mail.attempts}</td>
      <td>{mail.lastError ?? 'None'}</td>
      {mail.state === 'failed' && (
        <td>
          <Button
            variant="secondary"
            busy={resend.isPending}
            busyLabel="Sending…"
            onClick={() => void resend.mutateAsync(mail.id).then(() => onSent(`The mail to ${mail.recipient} is on its way again.`), () => undefined)}
          >
            Send again<span className="visually-hidden"> to {mail.recipient}: {mail.subject}</span>
          </Button>
          {resend.isError && (
            <p className="field__error" role="alert">
              {problemSentence(resend.error)}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}
