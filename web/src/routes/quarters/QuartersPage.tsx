import { createRoute } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { todayIn, useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { signedInRoute } from '../root';
import { QuarterPreviewSection } from './QuarterPreview';
import { openStaffReport, usePublishQuarter, useQuarters, type QuarterSummary } from './quarters.queries';

export const quartersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'quarters',
  component: QuartersPage,
});

const QUARTER = /^(19|20|21)\d{2}-Q[1-4]$/;

/** The quarter before the one `today` falls in: usually the one to freeze next. */
function previousQuarter(today: string): string {
  const [year, month] = today.split('-').map(Number);
  const q = Math.floor((month - 1) / 3);
  return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
}

function QuartersPage() {
  const me = useMe();
  usePageTitle('Quarterly updates');
  return (
    <>
      <h1>Quarterly updates</h1>
      <p>A frozen quarter records every activity as it stood at the quarter’s end, and the quarter’s figures. It never changes afterwards.</p>
      {me.role === 'admin' && <FreezeSection />}
      <FrozenQuarters />
    </>
  );
}

function FreezeSection() {
  const format = useFormatters();
  const [typed, setTyped] = useState(() => previousQuarter(todayIn(format.timeZone)));
  const [error, setError] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string | null>(null);
  const preview = (event: FormEvent) => {
    event.preventDefault();
    const quarter = typed.trim().toUpperCase().replace(/^(\d{4})-q/i, '$1-Q');
    if (!QUARTER.test(quarter)) return setError('Enter a quarter like 2026-Q3.');
    setError(undefined);
    setChosen(quarter);
  };
  return (
    <section aria-labelledby="freeze-heading">
      <h2 id="freeze-heading">Freeze a quarter</h2>
      <form noValidate aria-label="Choose a quarter to freeze" className="narrow" onSubmit={preview}>
        <TextField name="quarter" label="Quarter" hint="The year and quarter, like 2026-Q3 (July to September)" value={typed} error={error} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        <div className="button-row">
          <Button type="submit">Preview</Button>
        </div>
      </form>
      {chosen && <QuarterPreviewSection key={chosen} quarter={chosen} onDone={() => setChosen(null)} />}
    </section>
  );
}

function FrozenQuarters() {
  const me = useMe();
  const format = useFormatters();
  const quarters = useQuarters();
  const publish = usePublishQuarter();
  const [reportError, setReportError] = useState<string | null>(null);
  const open = (quarter: string) => {
    setReportError(null);
    openStaffReport(quarter).catch((error: unknown) => setReportError(problemSentence(error)));
  };
  return (
    <section aria-labelledby="frozen-heading">
      <h2 id="frozen-heading">Frozen quarters</h2>
      {publish.isError && <LoadFailed error={publish.error} />}
      {reportError && <Notice tone="warning">{reportError}</Notice>}
      {publish.data && <Notice tone="success">{publish.data.quarter} is published on the public website.</Notice>}
      {quarters.isPending && <Loading label="Loading frozen quarters…" />}
      {quarters.isError && <LoadFailed error={quarters.error} retry={() => void quarters.refetch()} />}
      {quarters.data?.items.length === 0 && (
        <EmptyState>
          <p>No quarter has been frozen yet.</p>
        </EmptyState>
      )}
      {quarters.data && quarters.data.items.length > 0 && (
        <ScrollArea label="Frozen quarters table">
          <table className="table">
            <caption className="visually-hidden">Frozen quarters</caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Period</th>
                <th scope="col">Frozen</th>
                <th scope="col">Published</th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {quarters.data.items.map((q: QuarterSummary) => (
                <tr key={q.quarter}>
                  <th scope="row">{q.quarter}</th>
                  <td>
                    {format.date(q.periodStart)} to {format.date(q.periodEnd)}
                  </td>
                  <td>
                    {format.date(q.frozenAt)}
                    {q.earlyReason && <span className="meta"> · early: {q.earlyReason}</span>}
                  </td>
                  <td>
                    {q.publishedAt ? (
                      <>
                        {format.date(q.publishedAt)} · <a href={`/public/quarterly-updates/${q.quarter}/report`}>Public report<span className="visually-hidden"> of {q.quarter}</span></a>
                      </>
                    ) : me.role === 'admin' ? (
                      <Button variant="secondary" busy={publish.isPending && publish.variables === q.quarter} busyLabel="Publishing…" onClick={() => publish.mutate(q.quarter)}>
                        Publish {q.quarter}
                      </Button>
                    ) : (
                      'Not published'
                    )}
                  </td>
                  <td>
                    <Button variant="link" onClick={() => open(q.quarter)}>
                      Open the printable report<span className="visually-hidden"> of {q.quarter}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
