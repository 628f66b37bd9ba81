import { createRoute, Link } from '@tanstack/react-router';
import { days, useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { ScrollArea } from '../../ui/ScrollArea';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { useCloseAction, useMyAgreementsComingUp, useMyDialogue, useMyOpenActions, useSignaturesAwaitingReview, useTeamDialogue } from './home.queries';

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomePage,
});

function HomePage() {
  const me = useMe();
  usePageTitle('My work');
  return (
    <>
      <h1>My work</h1>
      <div className="grid">
        <MyDialogue />
        <MyActions />
        <MyAgreements />
        {me.role === 'admin' && <SignaturesWaiting />}
      </div>
      {me.role === 'admin' && <TeamDialogue />}
    </>
  );
}

function MyDialogue() {
  const dialogue = useMyDialogue();
  const overdue = dialogue.data?.items.filter((i) => i.overdueDays > 0) ?? [];
  const dueSoon = dialogue.data?.items.filter((i) => i.overdueDays <= 0) ?? [];
  return (
    <section className="card" aria-labelledby="home-dialogue">
      <h2 id="home-dialogue">Partners to talk to</h2>
      {dialogue.isPending ? (
        <Loading label="Loading your partners…" />
      ) : dialogue.isError ? (
        <LoadFailed error={dialogue.error} retry={() => void dialogue.refetch()} />
      ) : overdue.length + dueSoon.length === 0 ? (
        <EmptyState>
          <p>None of your partners is overdue for dialogue or due in the next 14 days.</p>
        </EmptyState>
      ) : (
        <>
          <h3>Overdue ({overdue.length})</h3>
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
          <h3>Due in the next 14 days ({dueSoon.length})</h3>
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

function MyActions() {
  const actions = useMyOpenActions();
  const close = useCloseAction();
  const format = useFormatters();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="card" aria-labelledby="home-actions">
      <h2 id="home-actions">My open actions</h2>
      {close.isError && <LoadFailed error={close.error} />}
      {actions.isPending ? (
        <Loading label="Loading your actions…" />
      ) : actions.isError ? (
        <LoadFailed error={actions.error} retry={() => void actions.refetch()} />
      ) : actions.data.length === 0 ? (
        <EmptyState>
          <p>You have no open actions.</p>
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Open actions">
          {actions.data.map((action) => (
            <li key={action.id}>
              <span>
                {action.description}
                <br />
                <span className="meta">
                  {action.dueDate ? (
                    <>
                      {action.dueDate < today && <strong className="tag tag--overdue">Overdue</strong>} Due {format.date(action.dueDate)}
                    </>
                  ) : (
                    'No due date'
                  )}
                </span>
              </span>
              <span className="button-row" style={{ marginTop: 0 }}>
                <Button variant="secondary" aria-label={`Mark “${action.description}” done`} disabled={close.isPending} onClick={() => close.mutate({ id: action.id, status: 'done' })}>
                  Done
                </Button>
                <Button variant="secondary" aria-label={`Drop “${action.description}”`} disabled={close.isPending} onClick={() => close.mutate({ id: action.id, status: 'dropped' })}>
                  Drop
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyAgreements() {
  const agreements = useMyAgreementsComingUp();
  const format = useFormatters();
  return (
    <section className="card" aria-labelledby="home-agreements">
      <h2 id="home-agreements">My agreements coming up</h2>
      {agreements.isPending ? (
        <Loading label="Loading your agreements…" />
      ) : agreements.isError ? (
        <LoadFailed error={agreements.error} retry={() => void agreements.refetch()} />
      ) : agreements.data.length === 0 ? (
        <EmptyState>
          <p>No review or renewal notice is coming up in the next 30 days for your agreements.</p>
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Agreements coming up">
          {agreements.data.map((a) => (
            <li key={a.id}>
              <Link to="/agreements/$agreementId" params={{ agreementId: a.id }}>
                {a.title}
              </Link>
              <span className="meta">
                {a.reviewDate && `Review ${format.date(a.reviewDate)}`}
                {a.reviewDate && a.nextRenewalNoticeDate && ' · '}
                {a.nextRenewalNoticeDate && `Renewal notice ${format.date(a.nextRenewalNoticeDate)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SignaturesWaiting() {
  const signatures = useSignaturesAwaitingReview(true);
  const count = signatures.data ? `${signatures.data.items.length}${signatures.data.nextCursor ? '+' : ''}` : '';
  return (
    <section className="card" aria-labelledby="home-signatures">
      <h2 id="home-signatures">Signatures waiting for review</h2>
      {signatures.isPending ? (
        <Loading label="Counting signatures…" />
      ) : signatures.isError ? (
        <p>{problemSentence(signatures.error)}</p>
      ) : (
        <p>
          <span className="count">{count}</span> {signatures.data.items.length === 1 ? 'signature is' : 'signatures are'} confirmed by email and waiting for
          review.
        </p>
      )}
    </section>
  );
}

function TeamDialogue() {
  const team = useTeamDialogue(true);
  return (
    <section aria-labelledby="home-team">
      <h2 id="home-team">The team's dialogue</h2>
      {team.isPending ? (
        <Loading label="Loading the team's figures…" />
      ) : team.isError ? (
        <LoadFailed error={team.error} retry={() => void team.refetch()} />
      ) : team.data.length === 0 ? (
        <EmptyState>
          <p>No partner is overdue or due soon.</p>
        </EmptyState>
      ) : (
        <ScrollArea label="The team's dialogue table">
          <table className="table">
            <caption className="visually-hidden">Partners overdue and due in the next 14 days, by owner</caption>
            <thead>
              <tr>
                <th scope="col">Owner</th>
                <th scope="col">Overdue</th>
                <th scope="col">Due in 14 days</th>
              </tr>
            </thead>
            <tbody>
              {team.data.map((row) => (
                <tr key={row.ownerId ?? 'nobody'}>
                  <th scope="row">{row.ownerName ?? 'Nobody'}</th>
                  <td className="count">{row.overdue}</td>
                  <td className="count">{row.dueSoon}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
