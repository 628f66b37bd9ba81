import { useEffect, useMemo, type ReactNode } from 'react';
import { useFormatters } from '../../app/format';
import { ScrollArea } from '../../ui/ScrollArea';
import { roleLabel } from '../users/users.queries';
import { mailKindLabel, outboxStatusLabel } from './operations.queries';
import type { SubjectAccessReport as Report } from './data-protection.queries';

const LAWFUL_BASES: Record<string, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
};
const SIGNATURE_STATUSES: Record<string, string> = {
  submitted: 'Not yet confirmed by email',
  verified: 'Confirmed, awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
};
const said = (labels: Record<string, string>, code: string): string => labels[code] ?? code;

type Cell = string | number | null;

interface SectionProps<T> {
  title: string;
  rows: T[];
  columns: [label: string, value: (row: T) => Cell][];
}

function ReportSection<T>({ title, rows, columns }: SectionProps<T>) {
  return (
    <section aria-label={title}>
      <h4>
        {title} ({rows.length})
      </h4>
      {rows.length === 0 ? (
        <p>Nothing held.</p>
      ) : (
        <ScrollArea label={`${title} table`}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map(([label]) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {columns.map(([label, value]) => (
                    <td key={label}>{value(row) ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}

/** A link that downloads the report as the API gave it (JSON), made in the browser: nothing is sent again. */
function JsonDownload({ report, children }: { report: Report; children: ReactNode }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })), [report]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <a className="button button--secondary" href={href} download={`subject-access-${report.generatedAt.slice(0, 10)}.json`}>
      {children}
    </a>
  );
}

/** The subject access report as a person reads it: one table per kind of record, and the JSON to send them. */
export function SubjectAccessReport({ report }: { report: Report }) {
  const format = useFormatters();
  const when = (value: string | null): string => (value ? format.date(value) : '');
  const { items } = report;
  return (
    <div aria-labelledby="report-title" role="region">
      <h3 id="report-title">Data held about {report.email}</h3>
      <p>
        Found {format.dateTime(report.generatedAt)}.{report.suppressed && ' This person was erased and is on the suppression list.'}
        {report.knownAs.length > 0 && ` Recorded as: ${report.knownAs.join('; ')}.`}
      </p>
      <p>
        <JsonDownload report={report}>Download the report as JSON</JsonDownload>
      </p>
      <ReportSection title="Staff accounts" rows={items.staffAccounts} columns={[['Name', (u) => u.displayName], ['Email', (u) => u.email], ['Role', (u) => roleLabel(u.role)], ['Created', (u) => when(u.createdAt)]]} />
      <ReportSection
        title="Contact records"
        rows={items.contacts}
        columns={[['Name', (c) => c.fullName], ['Job title', (c) => c.jobTitle], ['Email', (c) => c.email], ['Phone', (c) => c.phone], ['Lawful basis', (c) => said(LAWFUL_BASES, c.lawfulBasis)]]}
      />
      <ReportSection title="Organisations" rows={items.contactAffiliations} columns={[['Organisation', (a) => a.partnerName], ['Job title', (a) => a.jobTitle], ['From', (a) => when(a.startedAt)], ['Until', (a) => when(a.endedAt)]]} />
      <ReportSection
        title="Pledge signatures"
        rows={items.signatures}
        columns={[['Pledge', (s) => s.pledge], ['Status', (s) => said(SIGNATURE_STATUSES, s.status)], ['Signed as', (s) => s.signerName], ['Organisation', (s) => s.organisationName], ['Submitted', (s) => when(s.submittedAt)]]}
      />
      <ReportSection title="Consents" rows={items.consentEvents} columns={[['Purpose', (e) => e.purpose], ['Event', (e) => (e.action === 'given' ? 'Given' : 'Withdrawn')], ['When', (e) => format.dateTime(e.occurredAt)]]} />
      <ReportSection title="Meetings attended" rows={items.meetingAttendance} columns={[['Meeting', (m) => m.title], ['When', (m) => when(m.occurredAt)]]} />
      <ReportSection title="Mail sent to them" rows={items.mailOutbox} columns={[['Kind', (m) => mailKindLabel(m.kind)], ['Subject', (m) => m.subject], ['Status', (m) => outboxStatusLabel(m.status)], ['Written', (m) => when(m.createdAt)]]} />
      <ReportSection title="Record history (audit trail)" rows={items.auditEntries} columns={[['Record', (e) => e.entityType], ['Action', (e) => e.action], ['When', (e) => format.dateTime(e.occurredAt)]]} />
      <ReportSection title="Other records that mention them" rows={items.otherMentions} columns={[['Table', (m) => m.table], ['Where', (m) => m.columns.join(', ')]]} />
    </div>
  );
}
