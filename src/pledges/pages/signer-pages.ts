import type { CertificateView } from '../signature-certificate.service.js';
import type { LinkTarget, WithdrawTarget } from '../signer-links.service.js';
import { esc, page, pledgeTextHtml } from './html.js';

export const checkEmailPage = (title: string): string =>
  page('Check your email', [
    `<div class="panel"><h1>Check your email</h1></div>`,
    `<p>Thank you: we have your signature for the pledge <strong>“${esc(title)}”</strong>.</p>`,
    `<p>We have sent an email to the address you gave. Open the link in it within 48 hours to confirm your signature. Your signature counts only once it is confirmed.</p>`,
    `<p>If no email arrives within a few minutes, check your spam or junk folder.</p>`,
  ].join(''));

/** A page whose only action is one button posting back to the same link. */
const confirmPage = (title: string, intro: string, action: string, button: string, warning = false): string =>
  page(title, `<h1>${esc(title)}</h1>${intro}<form method="post" action="${esc(action)}">` +
    `<button type="submit"${warning ? ' class="warning"' : ''}>${esc(button)}</button></form>`);

export const verifyPage = (target: LinkTarget, action: string): string =>
  confirmPage('Confirm your signature', `<p>You are confirming your signature of <strong>${esc(target.pledgeTitle)}</strong>.</p>`,
    action, 'Confirm my signature');

export const verifiedPage = (target: LinkTarget, certificateUrl: string): string =>
  page('Signature confirmed', [
    `<div class="panel"><h1>Signature confirmed</h1></div>`,
    `<p>Thank you: your signature of <strong>${esc(target.pledgeTitle)}</strong> is confirmed.</p>`,
    target.organisational
      ? `<p>The partnerships team will now review it. We have emailed you a link to your certificate and a link to withdraw if you ever need to.</p>`
      : `<p>We have emailed you a link to your certificate and a link to withdraw if you ever change your mind.</p>`,
    `<p><a href="${esc(certificateUrl)}">View and print your signature certificate</a></p>`,
  ].join(''));

const postButton = (action: string, button: string, warning = false): string =>
  `<form method="post" action="${esc(action)}"><button type="submit"${warning ? ' class="warning"' : ''}>${esc(button)}</button></form>`;

const WHEN_LIST_CHANGES = 'The public list is published every hour, on the hour; your name leaves it at the next publication.';

export const withdrawPage = (target: WithdrawTarget, action: string): string => {
  if (target.organisational) {
    return confirmPage('Withdraw your signature', [
      `<p>You are about to withdraw your signature of <strong>${esc(target.pledgeTitle)}</strong>.</p>`,
      `<p>Your organisation will no longer be shown as a signatory from the next publication of the list.</p>`,
    ].join(''), action, 'Withdraw my signature', true);
  }
  const erase = `<p>Your endorsement will no longer count, and your name and email address will be erased. We keep only an anonymous record so that the number of endorsements stays accurate.</p>`;
  if (!target.nameShown) {
    return confirmPage('Withdraw your endorsement', [
      `<p>You are about to withdraw your endorsement of <strong>${esc(target.pledgeTitle)}</strong>.</p>`,
      `<p>Your name is not shown publicly.</p>`,
      erase,
    ].join(''), action, 'Withdraw my endorsement', true);
  }
  return page('Withdraw your name or your endorsement', [
    `<h1>Withdraw your name or your endorsement</h1>`,
    `<p>You endorse <strong>${esc(target.pledgeTitle)}</strong>, and your name is shown publicly. You can stop showing your name and keep your endorsement, or withdraw the endorsement altogether.</p>`,
    `<h2>Stop showing my name</h2>`,
    `<p>Your endorsement still counts, but your name will no longer appear in the public list of people who endorse the plan. ${WHEN_LIST_CHANGES}</p>`,
    postButton(`${action}/name`, 'Stop showing my name'),
    `<h2>Withdraw my endorsement</h2>`,
    erase,
    postButton(action, 'Withdraw my endorsement', true),
  ].join(''));
};

export const nameWithdrawnPage = (target: LinkTarget, withdrawLink: string): string =>
  page('Your name will no longer be shown', [
    `<div class="panel"><h1>Your name will no longer be shown</h1></div>`,
    `<p>Your endorsement of <strong>${esc(target.pledgeTitle)}</strong> still counts, without your name.</p>`,
    `<p>${WHEN_LIST_CHANGES}</p>`,
    `<p>If you also want to withdraw your endorsement, you can do so at any time with the link in your email, or <a href="${esc(withdrawLink)}">withdraw your endorsement now</a>.</p>`,
  ].join(''));

export const withdrawnPage = (target: LinkTarget): string =>
  page('Signature withdrawn', `<div class="panel"><h1>Signature withdrawn</h1></div>` +
    `<p>Your signature of <strong>${esc(target.pledgeTitle)}</strong> has been withdrawn.</p>`);

export const errorPage = (status: number, code: string, message: string): string => {
  const title = status === 404 ? 'Page not found' : status === 410 ? 'This link no longer works' : status === 429 ? 'Too many attempts' : 'Sorry, there is a problem';
  return page(title, `<h1>${esc(title)}</h1><p>${esc(message)}</p>`, code);
};

const row = (term: string, value: string | null): string => (value ? `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>` : '');

/** An individual who withdrew: their details are erased; the link says so plainly instead of failing. */
export const withdrawnCertificatePage = (c: CertificateView, time: (d: Date) => string): string =>
  page('Signature withdrawn', [
    `<div class="panel"><h1>Signature withdrawn</h1></div>`,
    `<p>Your signature for the pledge <strong>“${esc(c.pledgeTitle)}”</strong> was withdrawn on ${esc(time(c.withdrawnAt ?? c.submittedAt))}.</p>`,
    `<p>As you asked, your name and email address have been erased. We keep only an anonymous record, so that the number of endorsements stays accurate. There is no certificate to show.</p>`,
  ].join(''));

export function certificatePage(c: CertificateView, time: (d: Date) => string): string {
  if (!c.organisational && c.status === 'withdrawn') return withdrawnCertificatePage(c, time);
  const signedBy = c.organisation ? `${c.organisation}, signed by ${c.signerName}${c.signerJobTitle ? ` (${c.signerJobTitle})` : ''}` : c.signerName;
  const details = [
    row('Pledge', c.pledgeTitle),
    row(c.organisational ? 'Signed for' : 'Endorsed by', signedBy),
    row('Area', c.area),
    row('Commitments chosen', c.commitments.join('; ') || null),
    row('Text version', String(c.textVersion)),
    row('Text SHA-256', c.textSha256),
    row('Status', c.status),
    row('Submitted', time(c.submittedAt)),
    row('Confirmed by email', c.verifiedAt ? time(c.verifiedAt) : null),
    row('Approved', c.approvedAt ? time(c.approvedAt) : null),
    row('Withdrawn', c.withdrawnAt ? time(c.withdrawnAt) : null),
    row('Signature reference', c.signatureId),
  ].join('');
  return page('Signature certificate', [
    `<h1>Signature certificate</h1>`,
    `<p class="no-print">Print this page, or save it as a PDF from your browser's print dialogue.</p>`,
    `<dl>${details}</dl>`,
    `<h2>The text signed (version ${c.textVersion})</h2><div class="pledge-text">${pledgeTextHtml(c.textBody)}</div>`,
    `<p class="meta">The SHA-256 above is computed over this text exactly as published (UTF-8), and identifies it.</p>`,
  ].join(''));
}
