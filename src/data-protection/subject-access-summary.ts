import { escapeHtml } from '../mail/mail-templates.js';
import type { SubjectAccessResponse } from './dto/subject-access.response.js';

interface Section<T> {
  title: string;
  rows: T[];
  columns: [label: string, value: (row: T) => string | number | boolean | null][];
}

const date = (value: string | null): string => (value ? value.slice(0, 10) : '');

function table<T>({ title, rows, columns }: Section<T>): string {
  const heading = `<h2>${escapeHtml(title)} (${rows.length})</h2>`;
  if (rows.length === 0) return `${heading}<p>Nothing held.</p>`;
  const head = columns.map(([label]) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map(([, value]) => `<td>${escapeHtml(String(value(row) ?? ''))}</td>`).join('')}</tr>`)
    .join('\n');
  return `${heading}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The subject access report as a page a person can read (and print): one table per kind of record. */
export function subjectAccessSummary(report: SubjectAccessResponse): string {
  const { items } = report;
  const sections = [
    table({ title: 'Staff accounts', rows: items.staffAccounts, columns: [['Name', (u) => u.displayName], ['Email', (u) => u.email], ['Role', (u) => u.role], ['Created', (u) => date(u.createdAt)]] }),
    table({
      title: 'Contact records',
      rows: items.contacts,
      columns: [['Name', (c) => c.fullName], ['Job title', (c) => c.jobTitle], ['Email', (c) => c.email], ['Phone', (c) => c.phone], ['Lawful basis', (c) => c.lawfulBasis], ['Id', (c) => c.id]],
    }),
    table({ title: 'Organisations', rows: items.contactAffiliations, columns: [['Organisation', (a) => a.partnerName], ['Job title', (a) => a.jobTitle], ['From', (a) => date(a.startedAt)], ['Until', (a) => date(a.endedAt)]] }),
    table({
      title: 'Pledge signatures',
      rows: items.signatures,
      columns: [['Pledge', (s) => s.pledge], ['Status', (s) => s.status], ['Signed as', (s) => s.signerName], ['Organisation', (s) => s.organisationName], ['Lawful basis', (s) => s.lawfulBasis], ['Submitted', (s) => date(s.submittedAt)], ['Id', (s) => s.id]],
    }),
    table({ title: 'Consents', rows: items.consentEvents, columns: [['Purpose', (e) => e.purpose], ['Event', (e) => e.action], ['Source', (e) => e.source], ['Wording', (e) => e.wordingVersion], ['When', (e) => e.occurredAt]] }),
    table({ title: 'Meetings attended', rows: items.meetingAttendance, columns: [['Meeting', (m) => m.title], ['Kind', (m) => m.kind], ['When', (m) => date(m.occurredAt)], ['Id', (m) => m.meetingId]] }),
    table({ title: 'Mail sent to you', rows: items.mailOutbox, columns: [['Subject', (m) => m.subject], ['Status', (m) => m.status], ['Written', (m) => date(m.createdAt)], ['Sent', (m) => date(m.sentAt)]] }),
    table({ title: 'Record history (audit trail)', rows: items.auditEntries, columns: [['Record', (e) => `${e.entityType} ${e.entityId}`], ['Action', (e) => e.action], ['When', (e) => e.occurredAt], ['Fields', (e) => Object.keys(e.changes).join(', ')]] }),
    table({ title: 'Other records that mention you', rows: items.otherMentions, columns: [['Table', (m) => m.table], ['Id', (m) => m.id], ['Where', (m) => m.columns.join(', ')]] }),
  ];
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Data held about ${escapeHtml(report.email)}</title>` +
    `<style>body{font-family:Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}` +
    `table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}` +
    `th{background:#f3f2f1}</style></head><body><main>` +
    `<h1>Data held about ${escapeHtml(report.email)}</h1>` +
    `<p>Generated ${escapeHtml(report.generatedAt)}.${report.suppressed ? ' This person was erased and is on the suppression list.' : ''}</p>` +
    (report.knownAs.length > 0 ? `<p>Recorded as: ${report.knownAs.map(escapeHtml).join('; ')}</p>` : '') +
    sections.join('\n') +
    `</main></body></html>`
  );
}
