import { useState } from 'react';
import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiProblem } from '../api/problem';
import { fieldSentence, problemSentence } from '../api/problem-messages';
import type { SummaryEntry } from './ErrorSummary';

/** Each form field's label, by the name the API gives it: field errors are said with the label. */
export type FieldLabels<T> = { [K in keyof T]?: string };

/**
 * Wires a react-hook-form form to the API's problems: field errors go beside their fields (in the
 * person's words), anything else becomes the summary's first entry; `entries` feeds ErrorSummary.
 */
export function useFormProblems<T extends FieldValues>(form: UseFormReturn<T>, labels: FieldLabels<T>) {
  const [formProblem, setFormProblem] = useState<string | null>(null);

  const show = (error: unknown): void => {
    const unplaced: string[] = [];
    if (error instanceof ApiProblem) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        const label = labels[field as keyof T];
        if (label) form.setError(field as Path<T>, { type: 'server', message: fieldSentence(message, field, label) });
        else unplaced.push(fieldSentence(message, field, field));
      }
      if (Object.keys(error.fieldErrors).length > 0 && unplaced.length === 0) {
        setFormProblem(null);
        return;
      }
    }
    setFormProblem([problemSentence(error), ...unplaced].join(' '));
  };

  const entries = summaryEntries(form.formState.errors, formProblem);
  return { show, clear: () => setFormProblem(null), entries, formProblem };
}

function summaryEntries<T extends FieldValues>(errors: FieldErrors<T>, formProblem: string | null): SummaryEntry[] {
  const entries: SummaryEntry[] = formProblem ? [{ message: formProblem }] : [];
  for (const [field, error] of Object.entries(errors)) {
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message) entries.push({ field, message });
  }
  return entries;
}
