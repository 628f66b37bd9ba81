import { renderParagraphs as render, type RenderedMail } from '../mail/mail-templates.js';

/** Portal mails carry secret sign-in links (sign-in and invitation) or speak to the public (decisions). */
export const PORTAL_LINK_MAIL_KINDS = ['portal-sign-in', 'portal-invitation'] as const;


export interface OrganisationLink {
  organisation: string;
  url: string;
}

export const portalMails = {
  signIn: (p: { links: OrganisationLink[]; validMinutes: number }): RenderedMail =>
    render('portal-sign-in', 'Your sign-in link for the partner portal', [
      'Someone, we hope you, asked to sign in to the partner portal with this email address.',
      ...p.links.map((l) => ({ link: l.url, label: `Sign in for ${l.organisation}` })),
      `Each link works once, within ${p.validMinutes} minutes. If you did not ask for it, ignore this email: nobody can sign in without the link.`,
    ]),
  invitation: (p: { organisation: string; invitedBy: string; url: string; validDays: number; signInUrl: string }): RenderedMail =>
    render('portal-invitation', `You are invited to the partner portal for ${p.organisation}`, [
      `${p.invitedBy} of the partnerships team has invited you to the partner portal, where you can see and propose changes to how ${p.organisation} is listed, and keep its contacts up to date.`,
      { link: p.url, label: 'Open the partner portal' },
      `The link works once, within ${p.validDays} days. After that, ask for a new link at ${p.signInUrl} with this email address.`,
    ]),
  proposalRejected: (p: { organisation: string; reason: string; portalUrl: string }): RenderedMail =>
    render('portal-proposal-rejected', `Your proposed change to ${p.organisation}'s listing`, [
      `Thank you for proposing a change to how ${p.organisation} is listed. The partnerships team has not made this change, for this reason:`,
      p.reason,
      `You can propose another change in the partner portal: ${p.portalUrl}`,
    ]),
  proposalApproved: (p: { organisation: string; portalUrl: string }): RenderedMail =>
    render('portal-proposal-approved', `Your change to ${p.organisation}'s listing was approved`, [
      `Thank you: the partnerships team approved your change to how ${p.organisation} is listed. The public list shows it from its next publication.`,
      `Partner portal: ${p.portalUrl}`,
    ]),
  claimReceived: (p: { organisation: string }): RenderedMail =>
    render('portal-claim-received', `Your claim for ${p.organisation}`, [
      `Thank you for claiming ${p.organisation} in the partner portal. Your address is not on the organisation's website domain and not one we have for it, so the partnerships team will check your claim and email you the outcome.`,
    ]),
  claimGranted: (p: { organisation: string; signInUrl: string }): RenderedMail =>
    render('portal-claim-granted', `You can now use the partner portal for ${p.organisation}`, [
      `Your claim to manage ${p.organisation} in the partner portal was granted.`,
      `Sign in with this email address at ${p.signInUrl}`,
    ]),
  claimRejected: (p: { organisation: string; reason: string }): RenderedMail =>
    render('portal-claim-rejected', `Your claim for ${p.organisation}`, [
      `The partnerships team could not grant your claim to manage ${p.organisation} in the partner portal, for this reason:`,
      p.reason,
    ]),
};
