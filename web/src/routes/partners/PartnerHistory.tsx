import { useFormatters } from '../../app/format';
import { useMe } from '../../app/use-session';
import { EmptyState, LoadFailed, Loading } from '../../ui/states';
import { PARTNER_STATUS_LABELS } from './PartnersPage';
import { auditActionLabel, CONSENT_SOURCE_LABELS, consentPurposeLabel, fieldLabel } from './partner-labels';
import { usePartnerAudit, usePartnerConsents, type AuditEntry } from './partner-page.queries';

/** Consents the organisation has given or withdrawn, now and over time (the ledger's record). */
export function PartnerConsents({ partnerId }: { partnerId: string }) {
  const consents = usePartnerConsents(partnerId);
  const format = useFormatters();
  return (
    <section aria-labelledby="partner-consents">
      <h2 id="partner-consents">Consents</h2>
      {consents.isPending ? (
        <Loading label="Loading consents…" />
      ) : consents.isError ? (
        <LoadFailed error={consents.error} retry={() => void consents.refetch()} />
      ) : consents.data.current.length === 0 ? (
        <EmptyState>
          <p>No consent has been recorded for this partner.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="item-list" aria-label="Consents now">
            {consents.data.current.map((c) => (
              <li key={c.purpose}>
                <span>{consentPurposeLabel(c.purpose)}</span>
                <span>
                  <span className={c.given ? 'tag' : 'tag tag--overdue'}>{c.given ? 'Given' : 'Withdrawn'}</span>{' '}
                  <span className="meta">
                    since {format.date(c.since)}, {CONSENT_SOURCE_LABELS[c.source]}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <details>
            <summary>Every consent event ({consents.data.events.length})</summary>
            <ul className="item-list" aria-label="Consent events">
              {consents.data.events.map((e) => (
                <li key={e.id}>
                  <span>
                    {consentPurposeLabel(e.purpose)}: {e.action === 'given' ? 'given' : 'withdrawn'} {CONSENT_SOURCE_LABELS[e.source]}
                  </span>
                  <time className="meta" dateTime={e.occurredAt}>
                    {format.dateTime(e.occurredAt)}
                  </time>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}

/** A recorded value in words: labels over codes, lists joined, nothing as "(empty)". */
function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'status' && typeof value === 'string' && value in PARTNER_STATUS_LABELS) return PARTNER_STATUS_LABELS[value as keyof typeof PARTNER_STATUS_LABELS];
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => valueText('', v)).join(', ');
  if (typeof value === 'object') {
    const named = value as { label?: unknown; displayName?: unknown; name?: unknown; consent?: unknown };
    for (const key of ['label', 'displayName', 'name'] as const) if (typeof named[key] === 'string') return named[key];
    if (typeof named.consent === 'boolean') return named.consent ? 'Listed' : 'Not listed';
    return 'changed';
  }
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function AuditChanges({ entry }: { entry: AuditEntry }) {
  const fields = Object.entries(entry.changes);
  if (entry.action === 'created' || fields.length === 0) return null;
  return (
    <ul className="changes">
      {fields.map(([field, change]) => (
        <li key={field}>
          {fieldLabel(field)}: {valueText(field, change.before)} → {valueText(field, change.after)}
        </li>
      ))}
    </ul>
  );
}

/** The partner record's audit trail, newest first: what changed, when, by whom and why. */
export function PartnerAudit({ partnerId }: { partnerId: string }) {
  const audit = usePartnerAudit(partnerId);
  const me = useMe();
  const format = useFormatters();
  const actor = (e: AuditEntry) => (e.actorId === null ? 'the system' : e.actorId === me.id ? 'you' : (e.actorName ?? 'a former colleague'));
  return (
    <section aria-labelledby="partner-audit">
      <h2 id="partner-audit">History of changes</h2>
      {audit.isPending ? (
        <Loading label="Loading the history…" />
      ) : audit.isError ? (
        <LoadFailed error={audit.error} retry={() => void audit.refetch()} />
      ) : audit.data.length === 0 ? (
        <EmptyState>
          <p>No changes recorded.</p>
        </EmptyState>
      ) : (
        <details>
          <summary>{audit.data.length === 1 ? '1 recorded change' : `${audit.data.length} recorded changes`}</summary>
          <ol className="item-list" aria-label="Recorded changes">
            {audit.data.map((e) => (
              <li key={e.id}>
                <div>
                  <strong>{auditActionLabel(e.action)}</strong> by {actor(e)}
                  {e.reason && <span className="meta"> · “{e.reason}”</span>}
                  <AuditChanges entry={e} />
                </div>
                <time className="meta" dateTime={e.occurredAt}>
                  {format.dateTime(e.occurredAt)}
                </time>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
