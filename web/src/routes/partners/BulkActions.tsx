import { useState, type FormEvent } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { useOwnerChoices, usePartnerListChoices } from './PartnerListFilters';
import { useBulkChange, type BulkChange } from './partners.queries';

type Kind = BulkChange['kind'];
const KINDS: { value: Kind; label: string; done: string }[] = [
  { value: 'assign-owner', label: 'Assign an owner', done: 'Owner assigned' },
  { value: 'add-to-list', label: 'Add to a list', done: 'Added to the list' },
  { value: 'remove-from-list', label: 'Remove from a list', done: 'Removed from the list' },
  { value: 'add-tag', label: 'Add a tag', done: 'Tag added' },
];
const plural = (n: number) => `${n} partner${n === 1 ? '' : 's'}`;

interface Props {
  selected: { id: string; name: string }[];
  onClear: () => void;
  /** After a change: what it did, in a sentence (the bar closes with the selection). */
  onDone: (result: string) => void;
}

/** The action bar for the selected rows: one change to all of them, all or nothing. Plain form controls: keyboard first. */
export function BulkActions({ selected, onClear, onDone }: Props) {
  const bulk = useBulkChange();
  const owners = useOwnerChoices();
  const lists = usePartnerListChoices();
  const [kind, setKind] = useState<Kind>('assign-owner');
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState('');

  const change = (): BulkChange | null => {
    if (kind === 'assign-owner') return value ? { kind, ownerId: value === 'none' ? null : value } : null;
    if (kind === 'add-tag') return value.trim() ? { kind, tag: value.trim() } : null;
    return value ? { kind, list: value } : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = change();
    setMissing(wanted ? '' : kind === 'assign-owner' ? 'Choose who will own the partners' : kind === 'add-tag' ? 'Enter the tag to add' : 'Choose which list');
    if (!wanted) return;
    const ids = selected.map((p) => p.id);
    bulk.mutate(
      { partnerIds: ids, change: wanted },
      {
        onSuccess: (res) => {
          const done = KINDS.find((k) => k.value === kind)?.done ?? 'Done';
          setValue('');
          onDone(`${done}: ${plural(res.changed.length)} changed${res.unchanged.length > 0 ? `, ${res.unchanged.length} already so` : ''}.`);
        },
      },
    );
  };
  const valueField =
    kind === 'add-tag' ? (
      <TextField name="bulk-tag" label="Tag" value={value} error={missing || undefined} onChange={(e) => setValue(e.target.value)} autoComplete="off" maxLength={50} />
    ) : (
      <SelectField
        name="bulk-value"
        label={kind === 'assign-owner' ? 'New owner' : 'List'}
        placeholder={kind === 'assign-owner' ? 'Choose the owner' : 'Choose the list'}
        choices={kind === 'assign-owner' ? owners.map((o) => (o.value === 'none' ? { ...o, label: 'Nobody (no owner)' } : o)) : lists}
        value={value}
        error={missing || undefined}
        onChange={(e) => setValue(e.target.value)}
      />
    );

  return (
    <section className="bulk-bar" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="bulk-bar__title">
        {plural(selected.length)} selected
      </h2>
      {selected.length > 0 && (
        <form className="bulk-bar__form" aria-label="Change the selected partners" onSubmit={submit} noValidate>
          <SelectField
            name="bulk-kind"
            label="Change"
            choices={KINDS}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setValue('');
              setMissing('');
            }}
          />
          {valueField}
          <div className="button-row">
            <Button type="submit" busy={bulk.isPending} busyLabel="Applying…">
              Apply to {plural(selected.length)}
            </Button>
            <Button variant="secondary" onClick={onClear}>
              Clear selection
            </Button>
          </div>
        </form>
      )}
      {bulk.isError && (
        <div className="notice notice--warning" role="alert">
          <p>{problemSentence(bulk.error)}</p>
        </div>
      )}
    </section>
  );
}
