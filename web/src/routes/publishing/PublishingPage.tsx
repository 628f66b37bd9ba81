import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { adminOnlyRoute } from '../admin/AdminOnly';
import { changeSummary, PublicationChanges } from './PublicationChanges';
import { usePublicationChanges, usePublicationHistory, usePublicationPreview, usePublishNow, type PublishResult } from './publishing.queries';

export const publishingRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'publishing',
  component: PublishingPage,
});

/** The public partner list and signatories: what the next version would change, publishing it, and every version so far. */
function PublishingPage() {
  usePageTitle('Publishing');
  return (
    <>
      <h1>Publishing</h1>
      <p>The public website reads the published partner list and signatories. A new version is made hourly, or now from here, only when something changed.</p>
      <NextVersion />
      <History />
    </>
  );
}

function resultSentence(result: PublishResult): string {
  return result.created
    ? `Version ${result.version} is published: ${result.partnerCount} partners and ${result.signatoryCount} signatories listed by name.`
    : `Nothing had changed, so no new version was made: the public still sees version ${result.version}.`;
}

function NextVersion() {
  const preview = usePublicationPreview();
  const publish = usePublishNow();
  const [result, setResult] = useState<PublishResult | null>(null);
  const publishNow = () => {
    setResult(null);
    publish.mutate(undefined, { onSuccess: setResult });
  };
  return (
    <section aria-labelledby="publishing-next">
      <h2 id="publishing-next">Next version</h2>
      {publish.isPending && (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          <span>Publishing: taking the snapshot and storing the new version…</span>
        </div>
      )}
      {result && <Notice tone="success">{resultSentence(result)}</Notice>}
      {publish.isError && <LoadFailed error={publish.error} />}
      {preview.isPending ? (
        <Loading label="Working out what would change…" />
      ) : preview.isError ? (
        <LoadFailed error={preview.error} retry={() => void preview.refetch()} />
      ) : !preview.data.wouldPublish ? (
        <p>
          <strong>Nothing would change.</strong> The public list is up to date{preview.data.liveVersion ? ` (version ${preview.data.liveVersion})` : ''}: publishing now
          would create no new version.
        </p>
      ) : (
        <>
          <p>
            Publishing now would make version {(preview.data.liveVersion ?? 0) + 1}, listing {preview.data.partnerCount} partners and {preview.data.signatoryCount}{' '}
            signatories by name: {changeSummary(preview.data)}
          </p>
          <PublicationChanges diff={preview.data} headingLevel={3} idPrefix="next" />
        </>
      )}
      <div className="button-row">
        <Button busy={publish.isPending} busyLabel="Publishing…" onClick={publishNow}>
          Publish now
        </Button>
      </div>
    </section>
  );
}

function History() {
  const format = useFormatters();
  const history = usePublicationHistory();
  if (history.isPending) return <Loading label="Loading the versions…" />;
  if (history.isError) return <LoadFailed error={history.error} retry={() => void history.refetch()} />;
  return (
    <section aria-labelledby="publishing-history">
      <h2 id="publishing-history">Versions published</h2>
      {history.data.length === 0 ? (
        <EmptyState>
          <p>Nothing has been published yet.</p>
        </EmptyState>
      ) : (
        <>
          <ScrollArea label="Versions published table">
            <table className="table">
              <caption className="visually-hidden">Versions published, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Published</th>
                  <th scope="col">By</th>
                  <th scope="col">Partners</th>
                  <th scope="col">Signatories</th>
                  <th scope="col">Public documents</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((v) => (
                  <tr key={v.version}>
                    <th scope="row">Version {v.version}</th>
                    <td>{format.dateTime(v.publishedAt)}</td>
                    <td>{v.publishedBy ? 'A member of staff' : 'The hourly job'}</td>
                    <td className="count">{v.partnerCount}</td>
                    <td className="count">{v.signatoryCount}</td>
                    <td>
                      <a href={`/public/partners/versions/${v.version}`}>JSON of version {v.version}</a>,{' '}
                      <a href={`/public/partners/versions/${v.version}?format=csv`}>CSV of version {v.version}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          {history.data.map((v) => (
            <VersionChanges key={v.version} version={v.version} />
          ))}
        </>
      )}
    </section>
  );
}

/** A version's changes against the one before, loaded when opened. */
function VersionChanges({ version }: { version: number }) {
  const [open, setOpen] = useState(false);
  const changes = usePublicationChanges(version, open);
  return (
    <details className="disclosure version-changes" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Changes in version {version}</summary>
      <div className="disclosure__body">
        {!open ? null : changes.isPending ? (
          <Loading label={`Loading the changes in version ${version}…`} />
        ) : changes.isError ? (
          <LoadFailed error={changes.error} retry={() => void changes.refetch()} />
        ) : (
          <>
            <p>
              Against {changes.data.since > 0 ? `version ${changes.data.since}` : 'nothing (the first version)'}: {changeSummary(changes.data)}
            </p>
            <PublicationChanges diff={changes.data} headingLevel={4} idPrefix={`v${version}`} />
          </>
        )}
      </div>
    </details>
  );
}
