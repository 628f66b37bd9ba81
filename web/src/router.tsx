import { createRouter } from '@tanstack/react-router';
import { queryClient } from './api/queries';
import { accountRoute } from './routes/account/AccountPage';
import { adminRoutes } from './routes/admin/admin-routes';
import { actionsRoute } from './routes/actions/ActionsPage';
import { agreementRoute, agreementsRoute } from './routes/agreements/AgreementsPages';
import { homeRoute } from './routes/home/HomePage';
import { importsRoute } from './routes/imports/ImportsPage';
import { editMeetingRoute } from './routes/meetings/EditMeetingPage';
import { activityRoute } from './routes/plan/ActivityPage';
import { planRoute } from './routes/plan/PlanPage';
import { caseStudiesRoute, caseStudyRoute, newCaseStudyRoute } from './routes/plan/CaseStudiesPages';
import { figuresRoute } from './routes/figures/figures-route';
import { quartersRoute } from './routes/quarters/QuartersPage';
import { newMeetingRoute } from './routes/meetings/MeetingFormPage';
import { mergePartnerRoute } from './routes/partners/MergePartnerPage';
import { newPartnerRoute } from './routes/partners/NewPartnerPage';
import { partnerRoute } from './routes/partners/PartnerPage';
import { partnersRoute } from './routes/partners/PartnersPage';
import { rootRoute, signedInRoute } from './routes/root';
import { forgotPasswordRoute } from './routes/forgot-password/ForgotPasswordPage';
import { resetPasswordRoute, setPasswordRoute } from './routes/set-password/SetPasswordPage';
import { signInRoute } from './routes/sign-in/SignInPage';
import { pledgeRoute, pledgesRoute } from './routes/pledges/PledgesPage';
import { signatureRoute } from './routes/signatures/SignaturePage';
import { signaturesRoute } from './routes/signatures/SignaturesPage';
import { portalModerationRoute } from './routes/portal-moderation/PortalModerationPage';

const routeTree = rootRoute.addChildren([
  signInRoute,
  setPasswordRoute,
  resetPasswordRoute,
  forgotPasswordRoute,
  signedInRoute.addChildren([
    homeRoute, accountRoute, partnersRoute, newPartnerRoute, partnerRoute, mergePartnerRoute, actionsRoute, agreementsRoute, agreementRoute, newMeetingRoute, editMeetingRoute,
    adminRoutes,
    signaturesRoute, signatureRoute, pledgesRoute, pledgeRoute, portalModerationRoute,
    planRoute, activityRoute, quartersRoute, figuresRoute, caseStudiesRoute, newCaseStudyRoute, caseStudyRoute,
    importsRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  basepath: '/app',
  context: { queryClient },
  defaultPreload: 'intent',
  // Move focus to the page's main landmark after navigating, so screen readers start at the new page.
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
