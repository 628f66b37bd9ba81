import { useState, type FormEvent } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { Button } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/fields';
import { matchesView, type PartnerSearch } from './partner-list-search';
import { useDeleteView, useSaveView, useSavedViews, type SavedView, type SavedViewBody } from './partners.queries';

interface Props {
  search: PartnerSearch;
  /** The view's body as the list is now: filters, sort, columns. */
  current: Omit<SavedViewBody, 'name' | 'shared'>;
  onOpen: (view: SavedView) => void;
  onSaved: (view: SavedView) => void;
  onDeleted: () => void;
}

/** Pick a saved view (mine, or one a colleague shares), save the list as a view, update or delete mine. */
export function SavedViews({ search, current, onOpen, onSaved, onDeleted }: Props) {
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [message, setMessage] = useState('');
  const all = views.data ?? [];
  const open = all.find((v) => v.id === search.view);
  const changed = open ? !matchesView(search, open) : false;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { body: { ...current, name, shared } },
      {
        onSuccess: (view) => {
          setNaming(false);
          setName('');
          setMessage(`View “${view.name}” saved.`);
          onSaved(view);
        },
      },
    );
  };
  const update = (view: SavedView) =>
    save.mutate({ id: view.id, body: { ...current, name: view.name, shared: view.shared } }, { onSuccess: (v) => (setMessage(`View “${v.name}” updated.`), onSaved(v)) });
  const discard = (view: SavedView) =>
    remove.mutate(view.id, { onSuccess: () => (setMessage(`View “${view.name}” deleted.`), onDeleted()) });

  return (
    <section className="saved-views" aria-label="Saved views">
      <div className="field saved-views__pick">
        <label className="field__label" htmlFor="saved-view">
          Saved view
        </label>
        <select
          id="saved-view"
          className="select"
          value={open?.id ?? ''}
          onChange={(e) => {
            const view = all.find((v) => v.id === e.target.value);
            if (view) onOpen(view);
          }}
        >
          <option value="">{open ? 'Back to all partners' : 'Choose a saved view'}</option>
          <optgroup label="My views">
            {all.filter((v) => v.mine).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
                {v.shared ? ' (shared)' : ''}
              </option>
            ))}
          </optgroup>
          <optgroup label="Shared by colleagues">
            {all.filter((v) => !v.mine).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name} ({v.owner.displayName})
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="button-row">
        {open?.mine && changed && (
          <Button variant="secondary" busy={save.isPending} onClick={() => update(open)}>
            Update “{open.name}”
          </Button>
        )}
        {open?.mine && (
          <Button variant="secondary" busy={remove.isPending} onClick={() => discard(open)}>
            Delete “{open.name}”
          </Button>
        )}
        {!naming && (
          <Button variant="secondary" onClick={() => setNaming(true)}>
            Save as a new view
          </Button>
        )}
      </div>
      {naming && (
        <form className="card saved-views__form" aria-label="Save this view" onSubmit={submit}>
          <TextField name="view-name" label="Name of the view" value={name} onChange={(e) => setName(e.target.value)} error={save.isError ? problemSentence(save.error) : undefined} required maxLength={100} />
          <CheckboxField label="Share with the team" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <div className="button-row">
            <Button type="submit" busy={save.isPending} busyLabel="Saving…">
              Save view
            </Button>
            <Button variant="secondary" onClick={() => setNaming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <p role="status" className="meta">
        {message}
        {remove.isError && problemSentence(remove.error)}
      </p>
    </section>
  );
}
