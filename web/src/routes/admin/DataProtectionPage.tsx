import { createRoute, Link } from '@tanstack/react-router';
import { usePageTitle } from '../../ui/PageTitle';
import { LoadFailed, Loading } from '../../ui/states';
import { adminOnlyRoute } from './AdminOnly';
import { useSuppressionList } from './data-protection.queries';
import { ErasureSection } from './ErasureSection';
import { SubjectAccessSection } from './SubjectAccessSection';

export const dataProtectionRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin/data-protection',
  component: DataProtectionPage,
});

/** Administrators: what the CRM holds about a person (subject access), erasing it, and the suppression list. */
function DataProtectionPage() {
  usePageTitle('Data protection');
  return (
    <>
      <p>
        <Link to="/admin">Back to administration</Link>
      </p>
      <h1>Data protection</h1>
      <SuppressionListSize />
      <SubjectAccessSection />
      <ErasureSection />
    </>
  );
}

function SuppressionListSize() {
  const list = useSuppressionList();
  return (
    <section aria-labelledby="suppression-title" className="narrow">
      <h2 id="suppression-title">Suppression list</h2>
      {list.isPending ? (
        <Loading label="Loading the suppression list…" />
      ) : list.isError ? (
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <p>
          {list.data.size === 1 ? '1 erased person is' : `${list.data.size} erased people are`} on the suppression list. The CRM keeps only a keyed
          hash of each address, so that they are never added or contacted again.
        </p>
      )}
    </section>
  );
}
