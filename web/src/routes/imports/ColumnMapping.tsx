import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { ScrollArea } from '../../ui/ScrollArea';
import { LoadFailed, Loading } from '../../ui/states';
import { FIELD_LABELS, NOT_IMPORTED } from './fields';
import { getMapping, type MappingView, type PartnerField, type PartnerImport } from './imports.queries';
import type { ChosenColumns } from './ValueMapping';

const ENCODING_LABELS: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };
const DELIMITER_LABELS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' };

/** Step 2: each file column with samples and the field it most likely holds; "Don't import" for the rest. */
export function ColumnMapping({ partnerImport, onNext }: { partnerImport: PartnerImport; onNext: (columns: ChosenColumns) => void; onError: (error: unknown) => void }) {
  const mapping = useQuery({ queryKey: ['partner-imports', partnerImport.id, 'mapping'], queryFn: () => getMapping(partnerImport.id), staleTime: 0 });
  if (mapping.isPending) return <Loading label="Reading the file’s columns…" />;
  if (mapping.isError) return <LoadFailed error={mapping.error} retry={() => void mapping.refetch()} />;
  return <ColumnTable view={mapping.data} partnerImport={partnerImport} onNext={onNext} />;
}

function ColumnTable({ view, partnerImport, onNext }: { view: MappingView; partnerImport: PartnerImport; onNext: (columns: ChosenColumns) => void }) {
  const initial: Record<string, PartnerField | ''> = Object.fromEntries(view.columns.map((c) => [c.column, c.mapped ?? c.suggested ?? NOT_IMPORTED]));
  const [chosen, setChosen] = useState<Record<string, PartnerField | ''>>(initial);
  const [savedId, setSavedId] = useState('');
  const [values, setValues] = useState<Record<string, Record<string, string>>>(view.values);
  const choices = [{ value: NOT_IMPORTED, label: 'Don’t import' }, ...view.fields.map((f) => ({ value: f.field, label: `${FIELD_LABELS[f.field]}${f.required ? ' (required)' : ''}` }))];
  const targets = Object.values(chosen).filter((t) => t !== NOT_IMPORTED);
  const repeated = [...new Set(targets.filter((t, i) => targets.indexOf(t) !== i))];
  const missing = view.fields.filter((f) => f.required && !targets.includes(f.field)).map((f) => FIELD_LABELS[f.field]);
  const useSaved = () => {
    const saved = view.saved.find((s) => s.id === savedId);
    if (!saved) return;
    setChosen(Object.fromEntries(view.columns.map((c) => [c.column, (saved.columns[c.column] ?? NOT_IMPORTED) as PartnerField | ''])));
    setValues(saved.values);
  };

  return (
    <section aria-labelledby="import-columns">
      <h2 id="import-columns">Match the columns</h2>
      <p>
        {partnerImport.fileName ?? 'The file'}: {partnerImport.totalRows} rows, read as {ENCODING_LABELS[view.encoding] ?? view.encoding}, separated by{' '}
        {DELIMITER_LABELS[view.delimiter] ?? view.delimiter}.
      </p>
      {view.saved.length > 0 && (
        <div className="inline-form">
          <SelectField
            name="saved-mapping"
            label="Use a saved mapping"
            placeholder="Choose a saved mapping"
            choices={view.saved.map((s) => ({ value: s.id, label: s.name }))}
            value={savedId}
            onChange={(e) => setSavedId(e.target.value)}
          />
          <Button variant="secondary" onClick={useSaved} disabled={savedId === ''}>
            Use this mapping
          </Button>
        </div>
      )}
      <ScrollArea label="Columns of the file">
        <table className="table">
          <caption className="visually-hidden">Columns of the file</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Sample values</th>
              <th scope="col">Partner field</th>
            </tr>
          </thead>
          <tbody>
            {view.columns.map((c) => (
              <tr key={c.column}>
                <th scope="row">{c.column}</th>
                <td>{c.samples.length > 0 ? c.samples.join(' · ') : <span className="meta">(empty)</span>}</td>
                <td>
                  <SelectField
                    name={`field-${c.column}`}
                    label={`Field for ${c.column}`}
                    hint={c.suggested ? `Suggested: ${FIELD_LABELS[c.suggested]}` : undefined}
                    choices={choices}
                    value={chosen[c.column] ?? NOT_IMPORTED}
                    onChange={(e) => setChosen({ ...chosen, [c.column]: e.target.value as PartnerField | '' })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {(repeated.length > 0 || missing.length > 0) && (
        <div className="notice notice--warning" role="status">
          {missing.length > 0 && <p>Choose a column for: {missing.join(', ')}.</p>}
          {repeated.length > 0 && <p>Each field can come from one column only: {repeated.map((r) => FIELD_LABELS[r]).join(', ')}.</p>}
        </div>
      )}
      <Button onClick={() => onNext({ columns: chosen, values })} disabled={repeated.length > 0 || missing.length > 0}>
        Next: match the values
      </Button>
    </section>
  );
}
