import { inviteUserRoute } from '../users/InviteUserPage';
import { userRoute } from '../users/UserPage';
import { usersRoute } from '../users/UsersPage';
import { adminOnlyRoute } from './AdminOnly';
import { adminRoute } from './AdminPage';
import { dataProtectionRoute } from './DataProtectionPage';
import { outboxRoute } from './OutboxPage';
import { queuesRoute } from './QueuesPage';
import { referenceDataRoute } from './ReferenceDataPage';
import { reminderRunsRoute } from './ReminderRunsPage';
import { publishingRoute } from '../publishing/PublishingPage';

/** Every administrators' screen, under the layout that checks the role afresh on each navigation. */
export const adminRoutes = adminOnlyRoute.addChildren([
  usersRoute, inviteUserRoute, userRoute, adminRoute, queuesRoute, outboxRoute, dataProtectionRoute, referenceDataRoute, reminderRunsRoute, publishingRoute,
]);
