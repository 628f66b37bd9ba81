import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { ScrollArea } from '../../ui/ScrollArea';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { commitImport, downloadProblemRows, getImport, problemRowsOf, type ImportRow, type PartnerImport, type RowDecision } from './imports.queries';

const RUNNING = new Set(['validating', 'committing']);
const DECISIONS = [
  { value: 'skip', label: 'Skip this row' },
  { value: 'create', label: 'Create a new partner anyway' },
  { value: 'update', label: 'Update the matched partner' },
  { value: 'fill', label: 'Fill only its empty fields' },
];
const OUTCOME_LABELS: Record<string, string> = { error: 'Refused', duplicate: 'Looks like a partner', merged: 'Merged into an earlier row' };
const MATCHED_ON: Record<string, string> = { name: 'name', website: 'website', companyNumber: 'company number', charityNumber: 'charity number' };

/** Step 4: the dry run with its progress, the rows to look at (errors in their cells, duplicates with a decision each), then the import. */
export function ImportReport({
  partnerImport: started,
  onError,
  onRemap,
  onAnother,
}: {
  partnerImport: PartnerImport;
  onError: (error: unknown) => void;
  onRemap: (partnerImport: PartnerImport) => void;
  onAnother: () => void;
}) {
  const client = useQueryClient();
  const current = useQuery({
    queryKey: ['partner-imports', started.id],
    queryFn: () => getImport(started.id),
    initialData: started,
    refetchInterval: (query) => (RUNNING.has(query.state.data?.status ?? '') ? 400 : false),
  });
  const partnerImport = current.data;
  const rows = useQuery({
    queryKey: ['partner-imports', started.id, 'problem-rows', partnerImport.status],
    queryFn: () => problemRowsOf(started.id),
    enabled: !RUNNING.has(partnerImport.status),
  });
  const [decisions, setDecisions] = useState<Record<number, RowDecision['action']>>({});
  const [committing, setCommitting] = useState(false);

  const commit = async () => {
    setCommitting(true);
    try {
      const chosen = Object.entries(decisions).map(([rowNumber, action]) => ({ rowNumber: Number(rowNumber), action }));
      client.setQueryData(['partner-imports', started.id], await commitImport(partnerImport, chosen));
    } catch (error) {
      onError(error);
    } finally {
      setCommitting(false);
    }
  };
  const download = () => void downloadProblemRows(partnerImport).catch(onError);

  if (partnerImport.status === 'failed') return <Notice tone="warning">The import stopped: {partnerImport.failure ?? 'unknown reason'}. Upload the file again.</Notice>;
  if (RUNNING.has(partnerImport.status)) {
    const label = partnerImport.status === 'validating' ? 'Checking rows' : 'Importing rows';
    return (
      <section aria-labelledby="import-progress">
        <h2 id="import-progress">{label}</h2>
        <label htmlFor="import-progress-bar">
          {label}: {partnerImport.progress.processed} of {partnerImport.progress.total}
        </label>{' '}
        <progress id="import-progress-bar" max={Math.max(1, partnerImport.progress.total)} value={partnerImport.progress.processed} />
      </section>
    );
  }
  const { outcomes, results } = partnerImport;
  const committed = partnerImport.status === 'committed';
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{committed ? 'Imported' : 'Check and import'}</h2>
      {committed ? (
        <Notice tone="success">
          {results.created} created, {results.updated} updated, {results.unchanged} unchanged, {results.merged} merged, {results.skipped} skipped.
        </Notice>
      ) : (
        <p role="status">
          {outcomes.create} to create, {outcomes.update} to update, {outcomes.unchanged} unchanged, {outcomes.duplicate} that look like existing partners or earlier rows,{' '}
          {outcomes.merged} merged into an earlier row, {outcomes.error} refused.
        </p>
      )}
      <div className="button-row">
        <Button variant="secondary" onClick={download}>
          Download the problem rows (CSV)
        </Button>
        {!committed && (
          <Button variant="secondary" onClick={() => onRemap(partnerImport)}>
            Change the mapping
          </Button>
        )}
        {committed && <Button onClick={onAnother}>Import another file</Button>}
      </div>
      {rows.isPending ? (
        <Loading label="Loading the rows to check…" />
      ) : rows.isError ? (
        <LoadFailed error={rows.error} retry={() => void rows.refetch()} />
      ) : (
        <ProblemRows
          rows={rows.data}
          columns={partnerImport.columns}
          decisions={decisions}
          committed={committed}
          onDecide={(rowNumber, action) => setDecisions({ ...decisions, [rowNumber]: action })}
          onDecideAll={(action) => setDecisions(Object.fromEntries(rows.data.filter((r) => r.outcome === 'duplicate').map((r) => [r.rowNumber, action])))}
        />
      )}
      {!committed && (
        <Button onClick={() => void commit()} busy={committing} busyLabel="Starting the import…">
          Import the file
        </Button>
      )}
    </section>
  );
}

function ProblemRows({
  rows,
  columns,
  decisions,
  committed,
  onDecide,
  onDecideAll,
}: {
  rows: ImportRow[];
  columns: string[];
  decisions: Record<number, RowDecision['action']>;
  committed: boolean;
  onDecide: (rowNumber: number, action: RowDecision['action']) => void;
  onDecideAll: (action: RowDecision['action']) => void;
}) {
  const [all, setAll] = useState('');
  if (rows.length === 0) return <p>Every row can be imported as it is.</p>;
  const duplicates = rows.filter((r) => r.outcome === 'duplicate').length;
  return (
    <>
      {!committed && duplicates > 0 && (
        <div className="inline-form">
          <SelectField name="decide-all" label="Decision for every duplicate" placeholder="Choose a decision" choices={DECISIONS} value={all} onChange={(e) => setAll(e.target.value)} />
          <Button variant="secondary" disabled={all === ''} onClick={() => onDecideAll(all as RowDecision['action'])}>
            Apply to all {duplicates} duplicates
          </Button>
        </div>
      )}
      <ScrollArea label="Rows to check">
        <table className="table">
          <caption>Rows to check</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Found</th>
              <th scope="col">Decision</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ProblemRow key={row.rowNumber} row={row} columns={columns} decision={decisions[row.rowNumber]} committed={committed} onDecide={onDecide} />
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}

function ProblemRow({
  row,
  columns,
  decision,
  committed,
  onDecide,
}: {
  row: ImportRow;
  columns: string[];
  decision: RowDecision['action'] | undefined;
  committed: boolean;
  onDecide: (rowNumber: number, action: RowDecision['action']) => void;
}) {
  const problems = (column: string | null) => row.errors.filter((e) => e.column === column).flatMap((e) => e.messages);
  const matched = [
    ...row.duplicates.partners.map((p) => `${p.name} (same ${p.matchedOn.map((m) => MATCHED_ON[m] ?? m).join(', ')})`),
    ...row.duplicates.rows.map((n) => `row ${n} of this file`),
  ];
  const rowProblems = problems(null);
  return (
    <tr>
      <th scope="row">{row.rowNumber}</th>
      <td>
        {OUTCOME_LABELS[row.outcome] ?? row.outcome}
        {row.result && <span className="meta"> — {row.result}</span>}
        {matched.length > 0 && <p className="meta">Looks like {matched.join('; ')}</p>}
        {row.warnings.flatMap((w) => w.messages).map((m) => (
          <p key={m} className="meta">
            {m}
          </p>
        ))}
        {rowProblems.length > 0 && <p className="cell-problem">{rowProblems.join(' ')}</p>}
      </td>
      <td>
        {row.outcome === 'duplicate' && !committed ? (
          <SelectField
            name={`decision-${row.rowNumber}`}
            label={`Decision for row ${row.rowNumber}`}
            choices={DECISIONS.filter((d) => row.duplicates.partners.length > 0 || d.value === 'skip' || d.value === 'create')}
            value={decision ?? 'skip'}
            onChange={(e) => onDecide(row.rowNumber, e.target.value as RowDecision['action'])}
          />
        ) : (
          <span className="meta">—</span>
        )}
      </td>
      {columns.map((c) => {
        const messages = problems(c);
        return (
          <td key={c} className={messages.length > 0 ? 'cell--error' : undefined}>
            {row.cells[c] ?? ''}
            {messages.length > 0 && <span className="cell-problem"> Problem: {messages.join(' ')}</span>}
          </td>
        );
      })}
    </tr>
  );
}
