import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { usePageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { ProgressForm } from './ProgressForm';
import { ProgressTimeline } from './ProgressTimeline';
import { PRIORITY_LABELS, STATUS_LABELS, useActivity, useAddProgress, useCorrectProgress, useProgress, type Activity, type Editing, type ProgressUpdate } from './plan.queries';
import { WithdrawForm } from './WithdrawForm';
import { LinkedCaseStudies } from './CaseStudiesPages';

export const activityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plan/activities/$activityId',
  component: ActivityPage,
});

function ActivityPage() {
  const { activityId } = activityRoute.useParams();
  const activity = useActivity(activityId);
  usePageTitle(activity.data?.title ?? 'Activity');
  if (activity.isPending) return <Loading label="Loading the activity…" />;
  if (activity.isError) return <LoadFailed error={activity.error} retry={() => void activity.refetch()} />;
  return <ActivityDetails activity={activity.data} />;
}

function ActivityDetails({ activity: a }: { activity: Activity }) {
  const format = useFormatters();
  const me = useMe();
  const progress = useProgress(a.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const canEdit = me.role !== 'viewer';
  return (
    <>
      <p>
        <Link to="/plan">The implementation plan</Link>
      </p>
      <h1>{a.title}</h1>
      <dl className="grid">
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[a.status]}</dd>
        </div>
        <div>
          <dt>Theme</dt>
          <dd>{a.theme.label}</dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>{PRIORITY_LABELS[a.priority]}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{a.owner?.displayName ?? 'Nobody'}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{a.targetDate ? format.date(a.targetDate) : 'None set'}</dd>
        </div>
        {a.outcomes.length > 0 && (
          <div>
            <dt>City outcomes</dt>
            <dd>{a.outcomes.map((o) => o.label).join('; ')}</dd>
          </div>
        )}
        {a.leadPartners.length > 0 && (
          <div>
            <dt>Led by</dt>
            <dd>{a.leadPartners.map((p) => p.name).join(', ')}</dd>
          </div>
        )}
      </dl>
      {a.description && <p>{a.description}</p>}
      <div aria-live="polite">{done && <Notice tone="success">{done}</Notice>}</div>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress updates</h2>
        {progress.isPending && <Loading label="Loading progress updates…" />}
        {progress.isError && <LoadFailed error={progress.error} retry={() => void progress.refetch()} />}
        {progress.data && progress.data.length === 0 && (
          <EmptyState>
            <p>No progress has been reported yet.</p>
          </EmptyState>
        )}
        {progress.data && progress.data.length > 0 && <ProgressTimeline updates={progress.data} canEdit={canEdit && editing === null} onEdit={setEditing} />}
      </section>
      {canEdit && editing === null && <AddProgress activityId={a.id} onDone={setDone} />}
      {canEdit && editing?.mode === 'correct' && <CorrectProgress activityId={a.id} update={editing.update} onClose={(message) => { setEditing(null); setDone(message); }} />}
      {canEdit && editing?.mode === 'withdraw' && (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">Withdraw the update of {format.date(editing.update.reportedOn)}</h2>
          <WithdrawForm activityId={a.id} update={editing.update} onClose={(message) => { setEditing(null); setDone(message); }} />
        </section>
      )}
      <LinkedCaseStudies filter={{ activity: a.id }} canWrite={canEdit} headingId="case-studies-heading" activityId={a.id} />
    </>
  );
}

function AddProgress({ activityId, onDone }: { activityId: string; onDone: (message: string) => void }) {
  const add = useAddProgress(activityId);
  return (
    <section aria-labelledby="add-progress-heading">
      <h2 id="add-progress-heading">Report progress</h2>
      <ProgressForm
        label="Report progress"
        submitLabel="Add the update"
        withReason={false}
        onSubmit={async (values) => {
          await add.mutateAsync({ reportedOn: values.reportedOn, status: values.status, summary: values.summary });
          onDone('The progress update was added.');
        }}
      />
    </section>
  );
}

function CorrectProgress({ activityId, update, onClose }: { activityId: string; update: ProgressUpdate; onClose: (message: string | null) => void }) {
  const format = useFormatters();
  const correct = useCorrectProgress(activityId, update.id);
  return (
    <section aria-labelledby="correct-heading">
      <h2 id="correct-heading">Correct the update of {format.date(update.reportedOn)}</h2>
      <p>The original stays on the timeline, marked as corrected, and this one takes its place.</p>
      <ProgressForm
        label="Correct the update"
        submitLabel="Save the correction"
        withReason
        initial={{ reportedOn: update.reportedOn, status: update.status, summary: update.summary }}
        onSubmit={async (values) => {
          await correct.mutateAsync(values);
          onClose('The update was corrected.');
        }}
        onCancel={() => onClose(null)}
      />
    </section>
  );
}
