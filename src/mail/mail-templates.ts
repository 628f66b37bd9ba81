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
  testMessage: (p: { requestedAt: string }): RenderedMail =>
    render('test-message', 'Test message from the partnerships CRM', [
      `This is a test message requested at ${p.requestedAt}.`,
      'If you can read it, outgoing mail works.',
    ]),
};
