import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { adminOnlyRoute } from './AdminOnly';
import { jobLabel, queueLabel, useDiscardJob, useFailedJobs, useQueues, useRetryJob, type QueueJob, type QueueOverview } from './operations.queries';

export const queuesRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin/queues',
  component: QueuesPage,
});

/** Administrators: how many jobs each queue holds, and the failed ones with their error, to retry or discard. */
function QueuesPage() {
  usePageTitle('Queues');
  const queues = useQueues();
  return (
    <>
      <p>
        <Link to="/admin">Back to administration</Link>
      </p>
      <h1>Queues</h1>
      <p>Background work (sending mail, reminders, publishing, imports) waits in these queues. A failed job stays here until it is retried or discarded.</p>
      {queues.isPending ? (
        <Loading label="Loading queues…" />
      ) : queues.isError ? (
        <LoadFailed error={queues.error} retry={() => void queues.refetch()} />
      ) : (
        <>
          <QueueCounts queues={queues.data} />
          {queues.data.map((queue) => (
            <FailedJobs key={queue.name} queue={queue} />
          ))}
        </>
      )}
    </>
  );
}

function QueueCounts({ queues }: { queues: QueueOverview[] }) {
  return (
    <ScrollArea label="Queue counts table">
      <table className="table">
        <caption className="visually-hidden">Jobs in each queue</caption>
        <thead>
          <tr>
            <th scope="col">Queue</th>
            <th scope="col">Waiting</th>
            <th scope="col">Running</th>
            <th scope="col">Scheduled for later</th>
            <th scope="col">Completed (kept)</th>
            <th scope="col">Failed</th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <tr key={queue.name}>
              <th scope="row">
                {queueLabel(queue.name)}
                {queue.paused && ' (paused)'}
              </th>
              <td>{queue.counts.waiting + queue.counts.prioritized}</td>
              <td>{queue.counts.active}</td>
              <td>{queue.counts.delayed}</td>
              <td>{queue.counts.completed}</td>
              <td>{queue.counts.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function FailedJobs({ queue }: { queue: QueueOverview }) {
  const jobs = useFailedJobs(queue.name);
  const [done, setDone] = useState<string | null>(null);
  const title = `Failed jobs: ${queueLabel(queue.name)}`;
  const headingId = `failed-${queue.name}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {jobs.isPending ? (
        <Loading label="Loading failed jobs…" />
      ) : jobs.isError ? (
        <LoadFailed error={jobs.error} retry={() => void jobs.refetch()} />
      ) : jobs.data.items.length === 0 ? (
        <EmptyState>No failed jobs.</EmptyState>
      ) : (
        <ul className="job-list">
          {jobs.data.items.map((job) => (
            <FailedJob key={job.id} queue={queue.name} job={job} onDone={setDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FailedJob({ queue, job, onDone }: { queue: string; job: QueueJob; onDone: (message: string) => void }) {
  const format = useFormatters();
  const retry = useRetryJob(queue);
  const discard = useDiscardJob(queue);
  const error = retry.error ?? discard.error;
  const label = jobLabel(job.name);
  return (
    <li className="job-list__item">
      <h3>{label}</h3>
      <dl>
        <dt>Failed</dt>
        <dd>{job.finishedAt ? format.dateTime(job.finishedAt) : 'Not recorded'}</dd>
        <dt>Attempts</dt>
        <dd>
          {job.attemptsMade} of {job.maxAttempts}
        </dd>
        <dt>Error</dt>
        <dd>{job.failedReason ?? 'No error recorded'}</dd>
        <dt>Job</dt>
        <dd>
          <code>{job.id}</code>
        </dd>
      </dl>
      {error && (
        <p className="field__error" role="alert">
          {problemSentence(error)}
        </p>
      )}
      <div className="button-row">
        <Button variant="secondary" busy={retry.isPending} busyLabel="Retrying…" onClick={() => void retry.mutateAsync(job.id).then(() => onDone(`${label}: retried.`), () => undefined)}>
          Retry<span className="visually-hidden"> {label} ({job.id})</span>
        </Button>
        <Button variant="danger" busy={discard.isPending} busyLabel="Discarding…" onClick={() => void discard.mutateAsync(job.id).then(() => onDone(`${label}: discarded.`), () => undefined)}>
          Discard<span className="visually-hidden"> {label} ({job.id})</span>
        </Button>
      </div>
    </li>
  );
}
