import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { ScrollArea } from '../../ui/ScrollArea';
import { LoadFailed, Loading } from '../../ui/states';
import { FIELD_LABELS, NOT_IMPORTED } from './fields';
import { getValues, mapImport, type ColumnValues, type PartnerField, type PartnerImport } from './imports.queries';

export interface ChosenColumns {
  columns: Record<string, PartnerField | ''>;
  /** The values chosen before (a saved mapping, or an earlier pass). */
  values: Record<string, Record<string, string>>;
}

const CODED: ReadonlySet<string> = new Set(['kind', 'area', 'status', 'lists', 'priority_areas', 'themes']);

/** Step 3: the coded columns' values, matched to codes where the label or a synonym says so, the rest chosen; then the dry run. */
export function ValueMapping({
  partnerImport,
  columns,
  onBack,
  onMapped,
  onError,
}: {
  partnerImport: PartnerImport;
  columns: ChosenColumns;
  onBack: () => void;
  onMapped: (partnerImport: PartnerImport) => void;
  onError: (error: unknown) => void;
}) {
  const coded = Object.entries(columns.columns).filter((entry): entry is [string, ColumnValues['field']] => CODED.has(entry[1]));
  const queries = useQueries({
    queries: coded.map(([column, field]) => ({
      queryKey: ['partner-imports', partnerImport.id, 'values', column, field],
      queryFn: () => getValues(partnerImport.id, column, field),
      staleTime: 0,
    })),
  });
  const [chosen, setChosen] = useState<Record<string, Record<string, string>>>({});
  const [saveAs, setSaveAs] = useState('');
  const [busy, setBusy] = useState(false);

  const codeOf = (values: ColumnValues, value: string, suggested: string | null): string =>
    chosen[values.field]?.[value] ?? columns.values[values.field]?.[value] ?? suggested ?? '';
  const check = async (loaded: ColumnValues[]) => {
    const values = Object.fromEntries(
      loaded.map((v) => [v.field, Object.fromEntries(v.values.map((x) => [x.value, codeOf(v, x.value, x.suggested)]).filter(([, code]) => code !== ''))]),
    );
    const mapped = Object.fromEntries(Object.entries(columns.columns).map(([column, field]) => [column, field === NOT_IMPORTED ? null : field]));
    setBusy(true);
    try {
      onMapped(await mapImport(partnerImport.id, { columns: mapped, values, ...(saveAs.trim() ? { saveAs: saveAs.trim() } : {}) }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  if (queries.some((q) => q.isPending)) return <Loading label="Reading the file’s values…" />;
  const failed = queries.find((q) => q.isError);
  if (failed) return <LoadFailed error={failed.error} retry={() => void failed.refetch()} />;
  const loaded = queries.map((q) => q.data as ColumnValues);

  return (
    <section aria-labelledby="import-values">
      <h2 id="import-values">Match the values</h2>
      <p>Values that name a code, a label or a common synonym are matched already. Choose the rest, or leave them as written to see them reported.</p>
      {loaded.map((values) => (
        <ScrollArea key={values.column} label={`Values of ${values.column}`}>
          <table className="table">
            <caption>
              {values.column} → {FIELD_LABELS[values.field as PartnerField]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Value in the file</th>
                <th scope="col">Rows</th>
                <th scope="col">Means</th>
              </tr>
            </thead>
            <tbody>
              {values.values.map((v) => (
                <tr key={v.value}>
                  <th scope="row">{v.value}</th>
                  <td>{v.rows}</td>
                  <td>
                    <SelectField
                      name={`value-${values.field}-${v.value}`}
                      label={`${FIELD_LABELS[values.field as PartnerField]} for ${v.value}`}
                      placeholder="Leave as written"
                      choices={values.options.map((o) => ({ value: o.code, label: o.label }))}
                      value={codeOf(values, v.value, v.suggested)}
                      onChange={(e) => setChosen({ ...chosen, [values.field]: { ...(chosen[values.field] ?? {}), [v.value]: e.target.value } })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ))}
      <TextField name="save-as" label="Save this mapping as (optional)" hint="Offered again for a file with the same columns." value={saveAs} maxLength={100} onChange={(e) => setSaveAs(e.target.value)} />
      <div className="button-row">
        <Button variant="secondary" onClick={onBack}>
          Back to the columns
        </Button>
        <Button onClick={() => void check(loaded)} busy={busy} busyLabel="Starting the check…">
          Check the file
        </Button>
      </div>
    </section>
  );
}
