import { useId, useState, type KeyboardEvent } from 'react';

export interface TypeaheadOption {
  id: string;
  label: string;
  detail?: string;
}

interface TypeaheadProps {
  label: string;
  hint?: string;
  error?: string;
  /** The input's id (error summaries link to it). */
  inputId: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: TypeaheadOption[];
  loading: boolean;
  onChoose: (option: TypeaheadOption) => void;
}

/**
 * An ARIA 1.2 combobox with a listbox popup: type, move with the arrow keys, Enter chooses, Escape
 * closes. Options come from the caller (typically a query on what was typed).
 */
export function Typeahead({ label, hint, error, inputId, query, onQueryChange, options, loading, onChoose }: TypeaheadProps) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const shown = open && query.trim().length >= 2;
  const choose = (option: TypeaheadOption | undefined) => {
    if (!option) return;
    onChoose(option);
    onQueryChange('');
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={`field typeahead${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        id={inputId}
        className="input"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && options[active] ? `${listId}-${options[active].id}` : undefined}
        aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} className="typeahead__list" hidden={!shown}>
        {shown && loading && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" id={`${listId}-loading`}>
            Searching…
          </li>
        )}
        {shown && !loading && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" id={`${listId}-none`}>
            No match for “{query.trim()}”
          </li>
        )}
        {shown &&
          options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${option.id}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.detail && <span className="meta"> · {option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
