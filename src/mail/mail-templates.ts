/** A rendered mail: subject plus plain-text and HTML parts. */
export interface RenderedMail {
  kind: string;
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function layout(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40em">${body}</body></html>`;
}

function render(kind: string, subject: string, paragraphs: string[]): RenderedMail {
  return { kind, subject, text: paragraphs.join('\n\n') + '\n', html: layout(subject, paragraphs) };
}

export const mailTemplates = {
  accountCreated: (p: { displayName: string; loginUrl: string }): RenderedMail =>
    render('account-created', 'Your partnerships CRM account', [
      `Hello ${p.displayName},`,
      'An account has been created for you on the partnerships CRM. Your administrator will tell you your first password separately.',
      `Sign in at ${p.loginUrl}`,
    ]),
  invitation: (p: { displayName: string; invitedBy: string; link: string; expiresIn: string }): RenderedMail =>
    render('invitation', 'You are invited to the partnerships CRM', [
      `Hello ${p.displayName},`,
      `${p.invitedBy} has invited you to the partnerships CRM. To start, choose your password at this link:`,
      p.link,
      `The link works once and expires in ${p.expiresIn}. If it has expired, ask your administrator to send a new invitation.`,
    ]),
  passwordReset: (p: { displayName: string; link: string; expiresIn: string }): RenderedMail =>
    render('password-reset', 'Reset your partnerships CRM password', [
      `Hello ${p.displayName},`,
      'Someone (we hope you) asked to reset the password of your partnerships CRM account. To choose a new password, open this link:',
      p.link,
      `The link works once and expires in ${p.expiresIn}. Choosing a new password signs you out everywhere else.`,
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
    ]),
  passwordChanged: (p: { displayName: string; forgotUrl: string }): RenderedMail =>
    render('password-changed', 'Your partnerships CRM password was changed', [
      `Hello ${p.displayName},`,
      'The password of your partnerships CRM account has just been changed, and you have been signed out everywhere else.',
      `If this was not you, choose a new password at ${p.forgotUrl} at once and tell your administrator.`,
    ]),
  testMessage: (p: { requestedAt: string }): RenderedMail =>
    render('test-message', 'Test message from the partnerships CRM', [
      `This is a test message requested at ${p.requestedAt}.`,
      'If you can read it, outgoing mail works.',
    ]),
};

/** A paragraph, or a link shown as its own paragraph (the URL is also written out in the text part). */
export type MailPart = string | { link: string; label: string };

/** A plain mail to a person: paragraphs and links, as text and as minimal HTML. */
export function renderParagraphs(kind: string, subject: string, parts: MailPart[]): RenderedMail {
  const text = parts.map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.link}`)).join('\n\n') + '\n';
  const body = parts
    .map((p) => (typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a></p>`))
    .join('\n');
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40em;color:#0b0c0c">${body}</body></html>`;
  return { kind, subject, text, html };
}
