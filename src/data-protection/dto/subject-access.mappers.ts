import { toAuditEntryResponse } from '../../audit/dto/audit-entry.response.js';
import type { AuditEntry } from '../../audit/audit-entry.entity.js';
import type { OutboxMessage } from '../../mail/outbox-message.entity.js';
import type { Signature } from '../../pledges/signature.entity.js';
import type { User } from '../../users/user.entity.js';
import type { ConsentEvent } from '../consent-event.entity.js';
import type { AffiliationRow, AttendanceRow } from '../personal-data.repository.js';
import { toConsentEventResponse } from './consent.response.js';
import type { SarAffiliation, SarAttendance, SarAuditEntry, SarConsentEvent, SarMail, SarSignature, SarStaffAccount } from './subject-access.response.js';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export const toSarStaffAccount = (u: User): SarStaffAccount => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  isActive: u.isActive,
  createdAt: u.createdAt.toISOString(),
});

export const toSarAffiliation = (a: AffiliationRow): SarAffiliation => ({
  ...a,
  startedAt: new Date(a.startedAt).toISOString(),
  endedAt: a.endedAt ? new Date(a.endedAt).toISOString() : null,
});

/** Needs `pledge` loaded. */
export const toSarSignature = (s: Signature): SarSignature => ({
  id: s.id,
  pledge: s.pledge.slug,
  kind: s.pledge.kind,
  status: s.status,
  textVersion: s.textVersion,
  textSha256: s.textSha256,
  organisationName: s.organisationName,
  signerName: s.signerName,
  signerJobTitle: s.signerJobTitle,
  email: s.email,
  lawfulBasis: s.lawfulBasis,
  listingConsent: s.listingConsent,
  listingConsentAt: iso(s.listingConsentAt),
  partnerId: s.partnerId,
  submittedIp: s.submittedIp,
  submittedUserAgent: s.submittedUserAgent,
  verifiedIp: s.verifiedIp,
  verifiedUserAgent: s.verifiedUserAgent,
  submittedAt: s.submittedAt.toISOString(),
  verifiedAt: iso(s.verifiedAt),
  approvedAt: iso(s.approvedAt),
  withdrawnAt: iso(s.withdrawnAt),
});

export const toSarAttendance = (a: AttendanceRow): SarAttendance => ({ ...a, occurredAt: new Date(a.occurredAt).toISOString() });

export const toSarMail = (m: OutboxMessage): SarMail => ({
  id: m.id,
  kind: m.kind,
  subject: m.subject,
  status: m.status,
  textBody: m.textBody,
  createdAt: m.createdAt.toISOString(),
  sentAt: iso(m.sentAt),
});

export const toSarAuditEntry = (e: AuditEntry): SarAuditEntry => ({ ...toAuditEntryResponse(e), entityType: e.entityType, entityId: e.entityId });

export const toSarConsentEvent = (e: ConsentEvent): SarConsentEvent => ({
  ...toConsentEventResponse(e),
  subjectType: e.subjectType,
  subjectId: e.subjectId,
});
