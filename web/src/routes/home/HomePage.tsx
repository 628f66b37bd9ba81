import { createRoute } from '@tanstack/react-router';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { signedInRoute } from '../root';
import { MyActions, MyAgreements, MyDialogue, SignaturesWaiting } from './MyWorkSections';
import { TeamWork } from './TeamWork';
import { useMyWork } from './home.queries';

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomePage,
});

/** What needs me today, each item one click from its record; for admins (the team lead) the team's figures too. */
function HomePage() {
  const me = useMe();
  const work = useMyWork();
  usePageTitle('My work');
  return (
    <>
      <h1>My work</h1>
      {work.isPending ? (
        <Loading label="Loading your work…" />
      ) : work.isError ? (
        <LoadFailed error={work.error} retry={() => void work.refetch()} />
      ) : (
        <div className="grid">
          <MyDialogue work={work.data} />
          <MyActions work={work.data} />
          <MyAgreements work={work.data} />
          {work.data.signaturesAwaitingReview !== null && <SignaturesWaiting count={work.data.signaturesAwaitingReview} />}
        </div>
      )}
      {me.role === 'admin' && <TeamWork />}
    </>
  );
}
