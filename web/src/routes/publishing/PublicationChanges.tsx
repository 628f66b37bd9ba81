import { ScrollArea } from '../../ui/ScrollArea';
import type { PublicationDiff } from './publishing.queries';

type Field = PublicationDiff['changed'][number]['fields'][number]['field'];

const FIELD_LABELS: Record<Field, string> = {
  name: 'Name',
  website: 'Website',
  description: 'Description',
  area: 'Area',
  kind: 'Kind',
  pactPartner: 'PACT partner',
};

/** A published value as people read it: yes/no for the PACT flag, "Not shown" for an absent field. */
function shown(field: Field, value: string | null): string {
  if (value === null) return 'Not shown';
  if (field === 'pactPartner') return value === 'true' ? 'Yes' : 'No';
  return value;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence of what a version changes: how many partners added, changed and removed, and signatory moves. */
export function changeSummary(diff: PublicationDiff): string {
  const moved = diff.signatories.filter((s) => s.added.length > 0 || s.removed.length > 0 || s.countBefore !== s.countAfter).length;
  return (
    `${plural(diff.added.length, 'partner', 'partners')} added, ${plural(diff.changed.length, 'partner', 'partners')} changed, ` +
    `${plural(diff.removed.length, 'partner', 'partners')} removed` +
    (moved > 0 ? `; signatories change on ${plural(moved, 'pledge', 'pledges')}.` : '.')
  );
}

/** Entries added, changed (field by field) and removed, and the signatories listed by name per pledge. */
export function PublicationChanges({ diff, headingLevel, idPrefix }: { diff: PublicationDiff; headingLevel: 3 | 4; idPrefix: string }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {diff.added.length > 0 && (
        <section aria-labelledby={`${idPrefix}-added`}>
          <H id={`${idPrefix}-added`}>Added ({diff.added.length})</H>
          <ScrollArea label={`Partners added, ${idPrefix}`}>
            <table className="table">
              <caption className="visually-hidden">Partners added</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Website</th>
                  <th scope="col">Area</th>
                  <th scope="col">Kind</th>
                  <th scope="col">PACT partner</th>
                </tr>
              </thead>
              <tbody>
                {diff.added.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.name}</th>
                    <td>{e.website ?? 'Not shown'}</td>
                    <td>{e.area ?? 'Not shown'}</td>
                    <td>{e.kind ?? 'Not shown'}</td>
                    <td>{e.pactPartner ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section aria-labelledby={`${idPrefix}-changed`}>
          <H id={`${idPrefix}-changed`}>Changed ({diff.changed.length})</H>
          {diff.changed.map((e) => (
            <ScrollArea key={e.id} label={`Changes to ${e.name}`}>
              <table className="table comparison">
                <caption>{e.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Now public</th>
                    <th scope="col">Next</th>
                  </tr>
                </thead>
                <tbody>
                  {e.fields.map((f) => (
                    <tr key={f.field}>
                      <th scope="row">{FIELD_LABELS[f.field]}</th>
                      <td>{shown(f.field, f.before)}</td>
                      <td>{shown(f.field, f.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          ))}
        </section>
      )}
      {diff.removed.length > 0 && (
        <section aria-labelledby={`${idPrefix}-removed`}>
          <H id={`${idPrefix}-removed`}>Removed ({diff.removed.length})</H>
          <ul>
            {diff.removed.map((e) => (
              <li key={e.id}>{e.name}</li>
            ))}
          </ul>
        </section>
      )}
      {diff.signatories.length > 0 && (
        <section aria-labelledby={`${idPrefix}-signatories`}>
          <H id={`${idPrefix}-signatories`}>Signatories</H>
          <ul>
            {diff.signatories.map((s) => (
              <li key={s.pledge}>
                <strong>{s.title}</strong>: {s.countBefore} to {s.countAfter} approved
                {s.added.length > 0 && <>; newly listed: {s.added.join(', ')}</>}
                {s.removed.length > 0 && <>; no longer listed: {s.removed.join(', ')}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
