import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { PortalPagesController } from './pages/portal-pages.controller.js';
import { PortalAccess } from './portal-access.js';
import { PortalClaimsService } from './portal-claims.service.js';
import { PortalOrganisationService } from './portal-organisation.service.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { PortalListingService } from './portal-listing.service.js';
import { PortalSessions } from './portal-sessions.js';
import { PortalSignInService } from './portal-sign-in.service.js';
import { PortalStaffController } from './portal-staff.controller.js';

/** The partner portal: passwordless sign-in, the organisation's listing and proposals, and staff moderation. */
@Module({
  imports: [MailModule, PartnersModule, ContactsModule, RateLimitModule],
  controllers: [PortalPagesController, PortalStaffController],
  providers: [PortalAccess, PortalSessions, PortalSignInService, PortalListingService, PortalClaimsService, PortalOrganisationService],
})
export class PortalModule {}
