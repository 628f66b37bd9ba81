import { Foundation1795418663967 } from '../../migrations/1795418663967-Foundation.js';
import { PartnerRecords1795419896933 } from '../../migrations/1795419896933-PartnerRecords.js';
import { DialogueAndMeetings1795420979230 } from '../../migrations/1795420979230-DialogueAndMeetings.js';
import { CalendarFeeds1795421420046 } from '../../migrations/1795421420046-CalendarFeeds.js';
import { Agreements1795421600625 } from '../../migrations/1795421600625-Agreements.js';
import { Publications1795421608890 } from '../../migrations/1795421608890-Publications.js';
import { Pledges1795421800172 } from '../../migrations/1795421800172-Pledges.js';
import { Reminders1795422005857 } from '../../migrations/1795422005857-Reminders.js';
import { PublishedSignatories1795428628771 } from '../../migrations/1795428628771-PublishedSignatories.js';
import { ImplementationPlan1795428696994 } from '../../migrations/1795428696994-ImplementationPlan.js';
import { PartnerImports1795429075895 } from '../../migrations/1795429075895-PartnerImports.js';
import { DataProtection1795429225675 } from '../../migrations/1795429225675-DataProtection.js';
import { PublishedPages1795437115925 } from '../../migrations/1795437115925-PublishedPages.js';
import { ReminderHistoryWithoutUserKey1795440300000 } from '../../migrations/1795440300000-ReminderHistoryWithoutUserKey.js';
import { UserSessions1796292055803 } from '../../migrations/1796292055803-UserSessions.js';
import { ForeignKeyIndexes1796296396371 } from '../../migrations/1796296396371-ForeignKeyIndexes.js';
import { PartnerListIndexes1796296405808 } from '../../migrations/1796296405808-PartnerListIndexes.js';
import { PasswordTokens1796307054082 } from '../../migrations/1796307054082-PasswordTokens.js';
import { SavedViews1796307111577 } from '../../migrations/1796307111577-SavedViews.js';
import { MailRetryHorizon1796310000000 } from '../../migrations/1796310000000-MailRetryHorizon.js';
import { PlanCorrections1796320000000 } from '../../migrations/1796320000000-PlanCorrections.js';
import { PartnerSearch1796321122222 } from '../../migrations/1796321122222-PartnerSearch.js';
import { NormaliseIdentifiers1796324496107 } from '../../migrations/1796324496107-NormaliseIdentifiers.js';
import { FiguresIndexes1796330000000 } from '../../migrations/1796330000000-FiguresIndexes.js';
import { PartnerPortal1796350457451 } from '../../migrations/1796350457451-PartnerPortal.js';
import { ImportMapping1796350990732 } from '../../migrations/1796350990732-ImportMapping.js';
import { PartnerSearchWrites1796360000000 } from '../../migrations/1796360000000-PartnerSearchWrites.js';

/** Every migration in order. A test checks this list matches the files in migrations/. */
export const MIGRATIONS = [
  Foundation1795418663967,
  PartnerRecords1795419896933,
  DialogueAndMeetings1795420979230,
  CalendarFeeds1795421420046,
  Agreements1795421600625,
  Publications1795421608890,
  Pledges1795421800172,
  Reminders1795422005857,
  PublishedSignatories1795428628771,
  ImplementationPlan1795428696994,
  PartnerImports1795429075895,
  DataProtection1795429225675,
  PublishedPages1795437115925,
  ReminderHistoryWithoutUserKey1795440300000,
  UserSessions1796292055803,
  ForeignKeyIndexes1796296396371,
  PartnerListIndexes1796296405808,
  PasswordTokens1796307054082,
  SavedViews1796307111577,
  MailRetryHorizon1796310000000,
  PlanCorrections1796320000000,
  PartnerSearch1796321122222,
  NormaliseIdentifiers1796324496107,
  FiguresIndexes1796330000000,
  PartnerPortal1796350457451,
  ImportMapping1796350990732,
  PartnerSearchWrites1796360000000,
];
