import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** The id a field's input carries: error summaries link to it. */
export const fieldId = (name: string): string => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

interface FieldFrameProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined, id: string) => ReactNode;
}

/** Label, hint and error above the control, GOV.UK-style; the control is described by both. */
function FieldFrame({ name, label, hint, error, children }: FieldFrameProps) {
  const id = fieldId(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
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
      {children(describedBy, id)}
    </div>
  );
}

interface CommonProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({ name, label, hint, error, ref, ...input }: CommonProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy, id) => <input ref={ref} id={id} name={name} className="input" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />}
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, hint, error, ref, ...input }: CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy, id) => <textarea ref={ref} id={id} name={name} className="textarea" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />}
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  hint,
  error,
  choices,
  placeholder,
  ref,
  ...select
}: CommonProps & SelectHTMLAttributes<HTMLSelectElement> & { choices: Choice[]; placeholder?: string; ref?: Ref<HTMLSelectElement> }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy, id) => (
        <select ref={ref} id={id} name={name} className="select" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ label, ref, ...input }: { label: string; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="checkbox">
      <input ref={ref} id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
