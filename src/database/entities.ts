import { AgreementDocumentContent } from '../agreements/documents/agreement-document-content.entity.js';
import { AgreementDocument } from '../agreements/documents/agreement-document.entity.js';
import { Agreement } from '../agreements/agreement.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { UserSession } from '../auth/user-session.entity.js';
import { CalendarFeedToken } from '../calendar/calendar-feed-token.entity.js';
import { ConsentEvent } from '../data-protection/consent-event.entity.js';
import { SuppressionEntry } from '../data-protection/suppression-entry.entity.js';
import { ContactAffiliation } from '../contacts/contact-affiliation.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { MeetingAction } from '../meetings/meeting-action.entity.js';
import { MeetingLog } from '../meetings/meeting-log.entity.js';
import { PartnerList } from '../partners/partner-list.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { PartnerImportRow } from '../partner-imports/partner-import-row.entity.js';
import { PartnerImport } from '../partner-imports/partner-import.entity.js';
import { PortalLink } from '../portal/portal-link.entity.js';
import { PortalProposal } from '../portal/portal-proposal.entity.js';
import { PortalSession } from '../portal/portal-session.entity.js';
import { PortalUser } from '../portal/portal-user.entity.js';
import { SavedImportMapping } from '../partner-imports/mapping/saved-mapping.entity.js';
import { RateLimitBucket } from '../rate-limit/rate-limit-bucket.entity.js';
import { CaseStudy } from '../plan/case-study.entity.js';
import { PlanActivity } from '../plan/plan-activity.entity.js';
import { ProgressUpdate } from '../plan/progress-update.entity.js';
import { QuarterlyUpdate } from '../plan/quarterly-update.entity.js';
import { PublicationEntry } from '../publishing/publication-entry.entity.js';
import { PublicationPage } from '../publishing/publication-page.entity.js';
import { Publication } from '../publishing/publication.entity.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { ReminderDigest } from '../reminders/reminder-digest.entity.js';
import { ReminderHistoryEntry } from '../reminders/reminder-history.entity.js';
import { ReminderPreference } from '../reminders/reminder-preference.entity.js';
import { ReminderRun } from '../reminders/reminder-run.entity.js';
import { User } from '../users/user.entity.js';
import { PledgeText } from '../pledges/pledge-text.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { SignatureToken } from '../pledges/signature-token.entity.js';
import { Signature } from '../pledges/signature.entity.js';
import { PasswordToken } from '../accounts/password-token.entity.js';
import { SavedView } from '../saved-views/saved-view.entity.js';

/** Every entity, listed explicitly (no globs: works the same from src under jest and from dist). */
export const ENTITIES = [
  User,
  UserSession,
  RefreshToken,
  OutboxMessage,
  RateLimitBucket,
  ReferenceEntry,
  PartnerList,
  Partner,
  Contact,
  ContactAffiliation,
  AuditEntry,
  MeetingLog,
  MeetingAction,
  CalendarFeedToken,
  ReminderPreference,
  ReminderRun,
  ReminderDigest,
  ReminderHistoryEntry,
  Publication,
  PublicationEntry,
  PublicationPage,
  Agreement,
  AgreementDocument,
  AgreementDocumentContent,
  Pledge,
  PledgeText,
  Signature,
  SignatureToken,
  PlanActivity,
  ProgressUpdate,
  CaseStudy,
  QuarterlyUpdate,
  ConsentEvent,
  SuppressionEntry,
  PartnerImport,
  PartnerImportRow,
  SavedImportMapping,
  PasswordToken,
  SavedView,
  PortalUser,
  PortalLink,
  PortalSession,
  PortalProposal,
];
