import { createRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import type { ReferenceCategory } from '../../api/queries';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { adminOnlyRoute } from './AdminOnly';
import { AddReferenceEntry, RenameReferenceEntry } from './ReferenceEntryForms';
import {
  CATEGORY_CHOICES,
  useReferenceEntries,
  useReferenceUsage,
  useReorderReferenceEntries,
  useUpdateReferenceEntry,
  type ReferenceEntry,
} from './reference-data.queries';

export const referenceDataRoute = createRoute({
  getParentRoute: () => adminOnlyRoute,
  path: 'admin/reference-data',
  component: ReferenceDataPage,
});

/** Administrators: the lists the CRM offers, entry by entry, with how many records use each. */
function ReferenceDataPage() {
  usePageTitle('Reference data');
  const [category, setCategory] = useState<ReferenceCategory>('area');
  const [done, setDone] = useState<string | null>(null);
  const label = CATEGORY_CHOICES.find((c) => c.value === category)?.label ?? '';
  return (
    <>
      <p>
        <Link to="/admin">Back to administration</Link>
      </p>
      <h1>Reference data</h1>
      <p className="narrow">
        These lists are what people choose from on partners, meetings, agreements and the plan. A retired entry stays on the records that have it but
        cannot be chosen again.
      </p>
      <div className="narrow">
        <SelectField
          name="category"
          label="List"
          choices={CATEGORY_CHOICES}
          value={category}
          onChange={(event) => {
            setDone(null);
            setCategory(event.target.value as ReferenceCategory);
          }}
        />
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      <ReferenceList key={category} category={category} title={label} onDone={setDone} />
      <AddReferenceEntry key={`add-${category}`} category={category} listLabel={label} onAdded={setDone} />
    </>
  );
}

function ReferenceList({ category, title, onDone }: { category: ReferenceCategory; title: string; onDone: (message: string) => void }) {
  const entries = useReferenceEntries(category);
  const usage = useReferenceUsage(category);
  const reorder = useReorderReferenceEntries(category);
  if (entries.isPending) return <Loading label="Loading the list…" />;
  if (entries.isError) return <LoadFailed error={entries.error} retry={() => void entries.refetch()} />;
  if (entries.data.length === 0) return <EmptyState>This list has no entries yet.</EmptyState>;
  const records = new Map((usage.data ?? []).map((u) => [u.code, u.records]));
  const codes = entries.data.map((e) => e.code);
  const move = (index: number, by: -1 | 1) => {
    const next = [...codes];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    const entry = entries.data[index];
    void reorder.mutateAsync(next).then(() => onDone(`${entry.label} moved ${by < 0 ? 'up' : 'down'}.`), () => undefined);
  };
  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">{title}</h2>
      {reorder.isError && (
        <p className="field__error" role="alert">
          {problemSentence(reorder.error)}
        </p>
      )}
      <ScrollArea label={`${title} table`}>
        <table className="table">
          <caption className="visually-hidden">Entries of the list: {title}</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Records using it</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {entries.data.map((entry, index) => (
              <EntryRow
                key={entry.code}
                category={category}
                entry={entry}
                position={index + 1}
                records={usage.isPending ? '…' : String(records.get(entry.code) ?? 0)}
                busy={reorder.isPending}
                onMoveUp={index > 0 ? () => move(index, -1) : undefined}
                onMoveDown={index < entries.data.length - 1 ? () => move(index, 1) : undefined}
                onDone={onDone}
              />
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}

interface EntryRowProps {
  category: ReferenceCategory;
  entry: ReferenceEntry;
  position: number;
  records: string;
  busy: boolean;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onDone: (message: string) => void;
}

function EntryRow({ category, entry, position, records, busy, onMoveUp, onMoveDown, onDone }: EntryRowProps) {
  const update = useUpdateReferenceEntry(category);
  const [renaming, setRenaming] = useState(false);
  const retire = () =>
    void update.mutateAsync({ code: entry.code, retired: !entry.retired }).then(() => onDone(`${entry.label} ${entry.retired ? 'restored' : 'retired'}.`), () => undefined);
  return (
    <tr>
      <td>{position}</td>
      <th scope="row">{entry.label}</th>
      <td>{entry.retired ? 'Retired' : 'In use'}</td>
      <td>{records}</td>
      <td>
        {renaming ? (
          <RenameReferenceEntry
            category={category}
            entry={entry}
            onCancel={() => setRenaming(false)}
            onRenamed={(label) => {
              setRenaming(false);
              onDone(`${entry.label} renamed to ${label}.`);
            }}
          />
        ) : (
          <div className="button-row button-row--tight">
            {onMoveUp && (
              <Button variant="secondary" disabled={busy} onClick={onMoveUp}>
                Move up<span className="visually-hidden"> {entry.label}</span>
              </Button>
            )}
            {onMoveDown && (
              <Button variant="secondary" disabled={busy} onClick={onMoveDown}>
                Move down<span className="visually-hidden"> {entry.label}</span>
              </Button>
            )}
            <Button variant="secondary" onClick={() => setRenaming(true)}>
              Rename<span className="visually-hidden"> {entry.label}</span>
            </Button>
            <Button variant={entry.retired ? 'secondary' : 'danger'} busy={update.isPending} busyLabel="Saving…" onClick={retire}>
              {entry.retired ? 'Restore' : 'Retire'}
              <span className="visually-hidden"> {entry.label}</span>
            </Button>
          </div>
        )}
        {update.isError && (
          <p className="field__error" role="alert">
            {problemSentence(update.error)}
          </p>
        )}
      </td>
    </tr>
  );
}
