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
const plural = (n: number) => `${n.toLocaleString('en-GB')} partner${n === 1 ? '' : 's'}`;
/** The most partners one bulk change takes (the API's BULK_MAX_PARTNERS, the document's maxItems): more is refused whole. */
export const BULK_MAX_PARTNERS = 200;

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
  const tooMany = selected.length > BULK_MAX_PARTNERS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Said beside the button already; sending would only be refused.
    if (tooMany) return;
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
          {tooMany && (
            <div className="notice notice--warning" role="alert" id="bulk-too-many">
              <p>
                A change can be made to at most {plural(BULK_MAX_PARTNERS)} at a time, and {plural(selected.length)} are selected. Clear some of the selection, or
                narrow the list with a filter, then apply the change.
              </p>
            </div>
          )}
          <div className="button-row">
            <Button type="submit" busy={bulk.isPending} busyLabel="Applying…" aria-describedby={tooMany ? 'bulk-too-many' : undefined}>
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
