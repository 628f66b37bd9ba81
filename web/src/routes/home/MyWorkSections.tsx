import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { days, useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { EmptyState, LoadFailed } from '../../ui/states';
import { useCloseAction, type MyWork, type WorkAction, type WorkAgreement } from './home.queries';

const more = (shown: number, total: number): string => (total > shown ? ` (showing ${shown})` : '');

export function MyDialogue({ work }: { work: MyWork }) {
  const { overdue, dueSoon, overdueCount, dueSoonCount } = work.dialogue;
  return (
    <section className="card" aria-labelledby="home-dialogue">
      <h2 id="home-dialogue">Partners to talk to</h2>
      {overdueCount + dueSoonCount === 0 ? (
        <EmptyState>
          <p>None of your partners is overdue for dialogue or due in the next {days(work.dueWithinDays)}.</p>
        </EmptyState>
      ) : (
        <>
          <h3>
            Overdue: {overdueCount}
            {more(overdue.length, overdueCount)}
          </h3>
          {overdue.length === 0 ? (
            <p>None overdue.</p>
          ) : (
            <ul className="item-list" aria-label="Overdue for dialogue">
              {overdue.map((item) => (
                <li key={item.partnerId}>
                  <Link to="/partners/$partnerId" params={{ partnerId: item.partnerId }}>
                    {item.partnerName}
                  </Link>
                  <span className="tag tag--overdue">{days(item.overdueDays)} overdue</span>
                </li>
              ))}
            </ul>
          )}
          <h3>
            Due in the next {days(work.dueWithinDays)}: {dueSoonCount}
            {more(dueSoon.length, dueSoonCount)}
          </h3>
          {dueSoon.length === 0 ? (
            <p>None due soon.</p>
          ) : (
            <ul className="item-list" aria-label="Due soon for dialogue">
              {dueSoon.map((item) => (
                <li key={item.partnerId}>
                  <Link to="/partners/$partnerId" params={{ partnerId: item.partnerId }}>
                    {item.partnerName}
                  </Link>
                  <span className="meta">due {item.overdueDays === 0 ? 'today' : `in ${days(-item.overdueDays)}`}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function MyActions({ work }: { work: MyWork }) {
  const close = useCloseAction();
  const [closed, setClosed] = useState('');
  const { items, openCount, overdueCount } = work.actions;
  const finish = (action: WorkAction, status: 'done' | 'dropped') =>
    close.mutate({ id: action.id, status }, { onSuccess: () => setClosed(`“${action.description}” ${status === 'done' ? 'marked done' : 'dropped'}.`) });
  return (
    <section className="card" aria-labelledby="home-actions">
      <h2 id="home-actions">My open actions</h2>
      <p className="meta" role="status">
        {closed}
      </p>
      {close.isError && <LoadFailed error={close.error} />}
      {openCount === 0 ? (
        <EmptyState>
          <p>You have no open actions.</p>
        </EmptyState>
      ) : (
        <>
          <p>
            {openCount} open, {overdueCount} overdue{more(items.length, openCount)}.
          </p>
          <ul className="item-list" aria-label="Open actions">
            {items.map((action) => (
              <ActionItem key={action.id} action={action} busy={close.isPending} onClose={(status) => finish(action, status)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ActionItem({ action, busy, onClose }: { action: WorkAction; busy: boolean; onClose: (status: 'done' | 'dropped') => void }) {
  const format = useFormatters();
  return (
    <li>
      <span>
        {action.description}
        <br />
        <span className="meta">
          {action.overdueDays > 0 && <strong className="tag tag--overdue">{days(action.overdueDays)} overdue</strong>}{' '}
          {action.dueDate ? `Due ${format.date(action.dueDate)}` : 'No due date'}
          {action.partners.map((p) => (
            <span key={p.id}>
              {' · '}
              <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                {p.name}
              </Link>
            </span>
          ))}
        </span>
      </span>
      <span className="button-row" style={{ marginTop: 0 }}>
        <Button variant="secondary" aria-label={`Mark “${action.description}” done`} disabled={busy} onClick={() => onClose('done')}>
          Done
        </Button>
        <Button variant="secondary" aria-label={`Drop “${action.description}”`} disabled={busy} onClick={() => onClose('dropped')}>
          Drop
        </Button>
      </span>
    </li>
  );
}

export function MyAgreements({ work }: { work: MyWork }) {
  return (
    <section className="card" aria-labelledby="home-agreements">
      <h2 id="home-agreements">My agreements coming up</h2>
      {work.agreements.length === 0 ? (
        <EmptyState>
          <p>No review or renewal notice is coming up in the next {days(work.agreementsWithinDays)} for your agreements.</p>
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Agreements coming up">
          {work.agreements.map((a) => (
            <AgreementItem key={a.id} agreement={a} today={work.today} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AgreementItem({ agreement, today }: { agreement: WorkAgreement; today: string }) {
  const format = useFormatters();
  const what = agreement.reason === 'review' ? 'Review' : 'Renewal notice';
  const passed = agreement.date < today;
  return (
    <li>
      <Link to="/agreements/$agreementId" params={{ agreementId: agreement.id }}>
        {agreement.title}
      </Link>
      <span className="meta">
        {passed && <strong className="tag tag--overdue">Overdue</strong>} {what} {passed ? 'was due' : 'due'} {format.date(agreement.date)}
        {agreement.parties.length > 0 && ` · ${agreement.parties.map((p) => p.name).join(', ')}`}
      </span>
    </li>
  );
}

export function SignaturesWaiting({ count }: { count: number }) {
  return (
    <section className="card" aria-labelledby="home-signatures">
      <h2 id="home-signatures">Signatures waiting for review</h2>
      <p>
        <span className="count">{count}</span> {count === 1 ? 'signature is' : 'signatures are'} confirmed by email and waiting for review.
      </p>
      <p>
        <Link to="/signatures">Review signatures</Link>
      </p>
    </section>
  );
}
