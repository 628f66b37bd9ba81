import { renderParagraphs as render, type RenderedMail } from '../mail/mail-templates.js';

/** Signing mails carry secret links: once sent, the outbox keeps only their envelope (see the retention job). */
export const PLEDGE_MAIL_KINDS = ['pledge-verify', 'pledge-already-signed', 'pledge-confirmed'] as const;


export const pledgeMails = {
  verify: (p: { pledgeTitle: string; signerName: string; verifyUrl: string; validHours: number }): RenderedMail =>
    render('pledge-verify', `Confirm your signature: ${p.pledgeTitle}`, [
      `Hello ${p.signerName},`,
      `Thank you for signing "${p.pledgeTitle}". To confirm that this is your email address and that you meant to sign, open this link within ${p.validHours} hours:`,
      { link: p.verifyUrl, label: 'Confirm my signature' },
      'If you did not sign, ignore this email: nothing is recorded in your name unless the link is used.',
    ]),
  alreadySigned: (p: { pledgeTitle: string; signedOn: string; certificateUrl: string | null; withdrawUrl: string | null }): RenderedMail =>
    render('pledge-already-signed', `You have already signed: ${p.pledgeTitle}`, [
      `Someone, perhaps you, has just tried to sign "${p.pledgeTitle}" again with this email address. A signature from this address was confirmed on ${p.signedOn}, so nothing new was recorded and you need do nothing.`,
      ...(p.certificateUrl ? [{ link: p.certificateUrl, label: 'Your signature certificate' }] : []),
      ...(p.withdrawUrl ? [{ link: p.withdrawUrl, label: 'Withdraw your signature' }] : []),
    ]),
  confirmed: (p: { pledgeTitle: string; certificateUrl: string; withdrawUrl: string; organisational: boolean }): RenderedMail =>
    render('pledge-confirmed', `Signature confirmed: ${p.pledgeTitle}`, [
      `Your signature of "${p.pledgeTitle}" is confirmed.`,
      p.organisational
        ? 'The partnerships team will review it; once approved, your organisation becomes a PACT partner, and it is listed publicly only if you agreed to that.'
        : 'Thank you for your endorsement. Your name is shown publicly only if you agreed to that.',
      { link: p.certificateUrl, label: 'Download your signature certificate' },
      p.organisational
        ? 'Keep this email. If you ever want to withdraw your signature, use this link:'
        : 'Keep this email. If you ever want to stop showing your name (keeping your endorsement), or to withdraw your endorsement, use this link:',
      { link: p.withdrawUrl, label: 'Withdraw my signature' },
    ]),
};
