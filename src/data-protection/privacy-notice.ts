import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { escapeHtml, type RenderedMail } from '../mail/mail-templates.js';
import { PRIVACY_PLACEHOLDER } from '../pledges/pages/html.js';

type Privacy = AppConfig['privacy'];

/** The notice every public and portal page ends with: the institution, how to reach it, the notice and its URL. */
export function privacyNoticeHtml(p: Privacy): string {
  return `<footer aria-labelledby="privacy-notice"><h2 id="privacy-notice">Your data and privacy</h2>` +
    `<p>${escapeHtml(p.institution)} is responsible for the information you give here. ${escapeHtml(p.text)}</p>` +
    `<p>Contact: ${escapeHtml(p.contact)}. <a href="${escapeHtml(p.url)}">Read the full privacy notice</a>.</p></footer>`;
}

/** Mails to the public (signers, portal users, claimants) carry the notice; staff mails do not. */
const PUBLIC_MAIL = /^(pledge|portal)-/;

export function withPrivacyNotice(mail: RenderedMail, p: Privacy): RenderedMail {
  if (!PUBLIC_MAIL.test(mail.kind)) return mail;
  const text = `${mail.text}\n--\nThis email is from ${p.institution}. ${p.text}\nContact: ${p.contact}. Privacy notice: ${p.url}\n`;
  const footer = `<hr><p style="font-size:0.9em">This email is from ${escapeHtml(p.institution)}. ${escapeHtml(p.text)}</p>` +
    `<p style="font-size:0.9em">Contact: ${escapeHtml(p.contact)}. <a href="${escapeHtml(p.url)}">Privacy notice</a></p>`;
  return { ...mail, text, html: mail.html.replace('</body>', `${footer}</body>`) };
}

/** Fills the placeholder every hosted page carries (signing pages, portal) with the configured notice. */
export function registerPrivacyNotice(fastify: FastifyInstance, p: Privacy): void {
  const notice = privacyNoticeHtml(p);
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (typeof payload === 'string' && payload.includes(PRIVACY_PLACEHOLDER) && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      done(null, payload.replace(PRIVACY_PLACEHOLDER, notice));
      return;
    }
    done(null, payload);
  });
}
