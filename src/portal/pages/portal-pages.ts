import type { FieldProblem } from '../../common/errors/app-error.js';
import { esc, page } from '../../pledges/pages/html.js';
import type { ListingFields } from '../portal-proposal.entity.js';
import type { ListingView, ProposalForm } from '../portal-listing.service.js';
import { PROPOSABLE_PUBLIC_FIELDS } from '../portal-listing.service.js';
import type { PortalPrincipal } from '../portal-sessions.js';
import type { ContactResponse } from '../../contacts/dto/contact.response.js';
import { PREFERENCE_CHANNELS, type Commitments, type ContactForm } from '../portal-organisation.service.js';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name', description: 'Description', website: 'Website', area: 'Area', kind: 'Kind of organisation', publicFields: 'Shown publicly',
};

/** The portal's header navigation: where you are, and signing out (a form post carrying the CSRF value). */
function nav(principal?: PortalPrincipal): string {
  if (!principal) return `<nav aria-label="Partner portal"><ul><li><a href="/portal/sign-in">Partner portal</a></li></ul></nav>`;
  return `<nav aria-label="Partner portal"><ul><li><a href="/portal">${esc(principal.organisation)}</a></li>` +
    `<li><a href="/portal/contacts">Contacts</a></li><li><a href="/portal/commitments">Commitments</a></li>` +
    `<li><form method="post" action="/portal/sign-out">${csrfField(principal)}<button type="submit">Sign out</button></form></li></ul></nav>`;
}

const csrfField = (principal: PortalPrincipal): string => `<input type="hidden" name="csrf" value="${esc(principal.csrf)}">`;

export function portalPage(title: string, main: string, principal?: PortalPrincipal, errorCode?: string): string {
  return page(`${title} – Partner portal`, main, errorCode, nav(principal));
}

function errorSummary(problems: FieldProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems.map((p) => `<li><a href="#${esc(p.field)}">${esc(p.messages.join(' '))}</a></li>`).join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">There is a problem</h2><ul>${items}</ul></div>`;
}

function fieldError(problems: FieldProblem[], field: string): string {
  const problem = problems.find((p) => p.field === field);
  return problem ? `<p class="error-message" id="${esc(field)}-error"><span class="visually-hidden">Error:</span> ${esc(problem.messages.join(' '))}</p>` : '';
}

export function signInPage(email: string, problems: FieldProblem[] = []): string {
  const error = fieldError(problems, 'email');
  return portalPage('Sign in', [
    errorSummary(problems),
    `<h1>Sign in to the partner portal</h1>`,
    `<p>The partner portal is for organisations that work with the partnerships team: you can see how your organisation is listed, propose changes, and keep its contacts up to date.</p>`,
    `<p>There is no password: enter your email address and we will email you a link to sign in. The link works once, within 15 minutes.</p>`,
    `<form method="post" action="/portal/sign-in" novalidate><div class="field${error ? ' error' : ''}">`,
    `<label for="email">Email address</label><p class="hint" id="email-hint">The address the partnerships team has for you at your organisation.</p>${error}`,
    `<input type="email" id="email" name="email" autocomplete="email" spellcheck="false" value="${esc(email)}" aria-describedby="email-hint${error ? ' email-error' : ''}"></div>`,
    `<button type="submit">Email me a sign-in link</button></form>`,
    `<h2>Your organisation is listed, but nobody from it uses the portal yet?</h2>`,
    `<p><a href="/portal/claim">Claim your organisation's listing</a></p>`,
  ].join(''), undefined, problems.length > 0 ? 'REQUEST.VALIDATION_FAILED' : undefined);
}

export const linkSentPage = (): string =>
  portalPage('Check your email', [
    `<div class="panel"><h1>Check your email</h1></div>`,
    `<p>If this address belongs to someone at an organisation that works with the partnerships team, we have emailed a sign-in link to it. Open the link within 15 minutes; it works once.</p>`,
    `<p>If no email arrives within a few minutes, check your spam or junk folder, or ask the partnerships team which address they have for you.</p>`,
  ].join(''));

export const confirmSignInPage = (organisation: string, action: string): string =>
  portalPage('Sign in', [
    `<h1>Sign in to the partner portal</h1>`,
    `<p>You are signing in for <strong>${esc(organisation)}</strong>.</p>`,
    `<form method="post" action="${esc(action)}"><button type="submit">Sign in</button></form>`,
  ].join(''));

export const signedOutPage = (): string =>
  portalPage('Signed out', `<h1>You have signed out</h1><p><a href="/portal/sign-in">Sign in again</a></p>`);

export function portalErrorPage(status: number, code: string, message: string, principal?: PortalPrincipal): string {
  const title = status === 401 ? 'Sign in to the partner portal' : status === 410 ? 'This link does not work' : status === 404 ? 'Page not found'
    : status === 429 ? 'Too many attempts' : 'Sorry, there is a problem';
  const next = status === 401 || status === 410 ? `<p><a href="/portal/sign-in">Ask for a new sign-in link</a></p>` : '';
  return portalPage(title, `<h1>${esc(title)}</h1><p>${esc(message)}</p>${next}`, principal, code);
}

const listingRow = (term: string, value: string | undefined | null): string => (value ? `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>` : '');

/** The organisation's page: its public entry as published, and the form to propose changes. */
export function organisationPage(principal: PortalPrincipal, view: ListingView, form: ProposalForm, problems: FieldProblem[] = [], sent = false): string {
  const p = view.published;
  const published = p
    ? `<div class="listing"><dl>${listingRow('Name', p.name)}${listingRow('Website', p.website)}${listingRow('Description', p.description)}${listingRow('Area', p.area)}${listingRow('Kind of organisation', p.kind)}${listingRow('PACT partner', p.pactPartner ? 'Yes' : null)}</dl></div>`
    : `<p>Your organisation is not in the published list at the moment${view.current.listingConsent ? '' : ': it has not agreed to be listed publicly'}.</p>`;
  const field = (name: keyof ProposalForm, label: string, input: string, hint?: string): string => {
    const error = fieldError(problems, name);
    const hintHtml = hint ? `<p class="hint" id="${name}-hint">${esc(hint)}</p>` : '';
    return `<div class="field${error ? ' error' : ''}"><label for="${name}">${esc(label)}</label>${hintHtml}${error}${input}</div>`;
  };
  const described = (name: string, hint: boolean): string => {
    const ids = [hint ? `${name}-hint` : '', problems.some((x) => x.field === name) ? `${name}-error` : ''].filter(Boolean).join(' ');
    return ids ? ` aria-describedby="${ids}"` : '';
  };
  const areas = view.areas.map((a) => `<option value="${esc(a.code)}"${a.code === form.area ? ' selected' : ''}>${esc(a.label)}</option>`).join('');
  const shown = new Set(form.publicFields);
  const checks = PROPOSABLE_PUBLIC_FIELDS.map((f) =>
    `<div class="check"><input type="checkbox" id="show-${f}" name="publicFields" value="${f}"${shown.has(f) ? ' checked' : ''}><label for="show-${f}">Show the ${esc(FIELD_LABELS[f].toLowerCase())}</label></div>`,
  ).join('');
  const publicError = fieldError(problems, 'publicFields');
  return portalPage(principal.organisation, [
    sent ? `<div class="panel" role="status"><h2>Thank you: your proposal was sent</h2><p>The partnerships team will review it. Once approved, it appears in the public list at its next publication.</p></div>` : '',
    errorSummary(problems),
    `<h1>${esc(principal.organisation)}</h1>`,
    `<p>Signed in as ${esc(principal.displayName ?? principal.email)}.</p>`,
    `<h2>Your public listing</h2>`,
    `<p>This is your organisation's entry in the published partner list${view.publishedVersion ? ` (publication ${view.publishedVersion})` : ''}, exactly as the public sees it.</p>`,
    published,
    view.pending > 0 ? `<p><strong>${view.pending === 1 ? 'One proposed change is' : `${view.pending} proposed changes are`} waiting for the partnerships team.</strong></p>` : '',
    `<h2>Propose a change</h2>`,
    `<p>The partnerships team reviews every proposal before it is published.</p>`,
    `<form method="post" action="/portal/proposals" novalidate>${csrfField(principal)}`,
    field('name', 'Name', `<input type="text" id="name" name="name" value="${esc(form.name)}"${described('name', false)}>`),
    field('description', 'Description', `<textarea id="description" name="description"${described('description', true)}>${esc(form.description)}</textarea>`, 'What your organisation does, in a few sentences.'),
    field('website', 'Website', `<input type="url" id="website" name="website" value="${esc(form.website)}"${described('website', true)}>`, 'The full address, starting https://'),
    field('area', 'Area', `<select id="area" name="area"${described('area', false)}>${areas}</select>`),
    `<fieldset id="publicFields"${publicError ? ' class="field error"' : ''}><legend>Shown publicly</legend><p class="hint">Your name is always shown. Choose what else the public list shows.</p>${publicError}${checks}</fieldset>`,
    `<button type="submit">Send proposal</button></form>`,
  ].join(''), principal, problems.length > 0 ? 'REQUEST.VALIDATION_FAILED' : undefined);
}

export function describeFields(fields: ListingFields): string[] {
  return Object.entries(fields).map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${Array.isArray(v) ? v.join(', ') : (v ?? '(empty)')}`);
}

export interface ClaimForm {
  name: string;
  email: string;
  evidence: string;
}

export function claimSearchPage(query: string, results: { id: string; name: string; website: string | null }[] | null): string {
  const list = results === null ? ''
    : results.length === 0 ? `<p>No organisation in the published list that nobody uses the portal for yet matches “${esc(query)}”.</p>`
      : `<h2>Organisations found</h2><ul>${results.map((r) => `<li><a href="/portal/claim/${esc(r.id)}">Claim ${esc(r.name)}</a>${r.website ? ` <span class="meta">(${esc(r.website)})</span>` : ''}</li>`).join('')}</ul>`;
  return portalPage('Claim your organisation', [
    `<h1>Claim your organisation's listing</h1>`,
    `<p>If your organisation is in the published partner list and nobody from it uses the partner portal yet, you can claim it. If your email address is on the organisation's website domain, or is one the partnerships team has for it, you can sign in straight away; otherwise the team checks your claim first.</p>`,
    `<form method="get" action="/portal/claim" role="search" aria-label="Find your organisation"><div class="field"><label for="q">Organisation name</label>`,
    `<input type="text" id="q" name="q" value="${esc(query)}"></div><button type="submit">Find</button></form>`,
    list,
  ].join(''));
}

export function claimFormPage(organisation: string, action: string, form: ClaimForm, problems: FieldProblem[] = []): string {
  const field = (name: keyof ClaimForm, label: string, input: (describedBy: string) => string, hint?: string): string => {
    const error = fieldError(problems, name);
    const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return `<div class="field${error ? ' error' : ''}"><label for="${name}">${esc(label)}</label>${hint ? `<p class="hint" id="${name}-hint">${esc(hint)}</p>` : ''}${error}${input(ids ? ` aria-describedby="${ids}"` : '')}</div>`;
  };
  return portalPage('Claim your organisation', [
    errorSummary(problems),
    `<h1>Claim ${esc(organisation)}</h1>`,
    `<form method="post" action="${esc(action)}" novalidate>`,
    field('name', 'Your full name', (d) => `<input type="text" id="name" name="name" autocomplete="name" value="${esc(form.name)}"${d}>`),
    field('email', 'Your work email address', (d) => `<input type="email" id="email" name="email" autocomplete="email" spellcheck="false" value="${esc(form.email)}"${d}>`, 'An address on your organisation\'s website domain is granted at once.'),
    field('evidence', 'Your role at the organisation (optional)', (d) => `<textarea id="evidence" name="evidence"${d}>${esc(form.evidence)}</textarea>`, 'If your address is not on the organisation\'s domain, tell the partnerships team how you are connected to it.'),
    `<button type="submit">Send my claim</button></form>`,
  ].join(''), undefined, problems.length > 0 ? 'REQUEST.VALIDATION_FAILED' : undefined);
}

export const claimSentPage = (organisation: string): string =>
  portalPage('Check your email', [
    `<div class="panel"><h1>Check your email</h1></div>`,
    `<p>Thank you for claiming <strong>${esc(organisation)}</strong>. We have emailed you: either a link to sign in now, or to say that the partnerships team will check your claim and tell you the outcome.</p>`,
  ].join(''));

const CHANNEL_LABELS: Record<string, string> = { email: 'Email', phone: 'Phone', post: 'Post', newsletter: 'The newsletter', events: 'Invitations to events' };

/** One contact's fields and communication preferences; `prefix` keeps ids unique on a page of several forms. */
function contactFields(prefix: string, form: ContactForm, problems: FieldProblem[]): string {
  const input = (name: keyof ContactForm, label: string, type: string, autocomplete: string): string => {
    const error = fieldError(problems, name).replace(`id="${name}-error"`, `id="${prefix}${name}-error"`);
    return `<div class="field${error ? ' error' : ''}"><label for="${prefix}${name}">${esc(label)}</label>${error}` +
      `<input type="${type}" id="${prefix}${name}" name="${name}" autocomplete="${autocomplete}" value="${esc(String(form[name]))}"${error ? ` aria-describedby="${prefix}${name}-error"` : ''}></div>`;
  };
  const chosen = new Set(form.preferences);
  const checks = PREFERENCE_CHANNELS.map((c) =>
    `<div class="check"><input type="checkbox" id="${prefix}pref-${c}" name="preferences" value="${c}"${chosen.has(c) ? ' checked' : ''}><label for="${prefix}pref-${c}">${esc(CHANNEL_LABELS[c])}</label></div>`,
  ).join('');
  return input('fullName', 'Full name', 'text', 'off') + input('jobTitle', 'Job title', 'text', 'off') + input('email', 'Email address', 'email', 'off') +
    input('phone', 'Phone number', 'tel', 'off') +
    `<fieldset><legend>How the partnerships team may contact them</legend>${checks}</fieldset>`;
}

export const contactFormOf = (c: ContactResponse): ContactForm => ({
  fullName: c.fullName, jobTitle: c.jobTitle ?? '', email: c.email ?? '', phone: c.phone ?? '',
  preferences: PREFERENCE_CHANNELS.filter((ch) => c.communicationPreferences[ch]),
});

export const EMPTY_CONTACT: ContactForm = { fullName: '', jobTitle: '', email: '', phone: '', preferences: ['email'] };

export function contactsPage(principal: PortalPrincipal, contacts: ContactResponse[], failed?: { id: string | null; form: ContactForm; problems: FieldProblem[] }, done?: string): string {
  const problemsFor = (id: string | null): FieldProblem[] => (failed && failed.id === id ? failed.problems : []);
  const list = contacts.map((c) => {
    const form = failed?.id === c.id ? failed.form : contactFormOf(c);
    return `<section aria-labelledby="c-${esc(c.id)}"><h2 id="c-${esc(c.id)}">${esc(c.fullName)}</h2>` +
      `<form method="post" action="/portal/contacts/${esc(c.id)}" novalidate aria-label="Update ${esc(c.fullName)}">${csrfField(principal)}<input type="hidden" name="version" value="${c.version}">` +
      `${contactFields(`c${c.id.slice(0, 8)}-`, form, problemsFor(c.id))}<button type="submit" class="secondary">Save ${esc(c.fullName)}</button></form></section>`;
  }).join('');
  const allProblems = failed?.problems ?? [];
  return portalPage('Contacts', [
    done ? `<div class="panel" role="status"><h2>${esc(done)}</h2></div>` : '',
    allProblems.length > 0 ? `<div class="error-summary" role="alert"><h2>There is a problem</h2><ul>${allProblems.map((p) => `<li>${esc(p.messages.join(' '))}</li>`).join('')}</ul></div>` : '',
    `<h1>Your organisation's contacts</h1>`,
    `<p>The people at ${esc(principal.organisation)} the partnerships team keeps in touch with, and how each of them may be contacted. Changes are recorded as made by you.</p>`,
    contacts.length === 0 ? '<p>No contacts are recorded yet.</p>' : list,
    `<section aria-labelledby="add-contact"><h2 id="add-contact">Add a contact</h2><form method="post" action="/portal/contacts" novalidate aria-label="Add a contact">${csrfField(principal)}`,
    `${contactFields('new-', failed?.id === null ? failed.form : EMPTY_CONTACT, problemsFor(null))}<button type="submit">Add the contact</button></form></section>`,
  ].join(''), principal, allProblems.length > 0 ? 'REQUEST.VALIDATION_FAILED' : undefined);
}

export function commitmentsPage(principal: PortalPrincipal, c: Commitments, date: (d: Date) => string): string {
  const pledges = c.pledges.length === 0 ? '<p>Your organisation has not signed a pledge.</p>'
    : `<table><caption class="visually-hidden">Pledges signed</caption><thead><tr><th scope="col">Pledge</th><th scope="col">Text version</th><th scope="col">Status</th><th scope="col">Signed</th></tr></thead><tbody>${c.pledges.map((p) =>
      `<tr><td>${esc(p.pledgeTitle)}</td><td>Version ${p.textVersion}<br><span class="meta">SHA-256 ${esc(p.textSha256)}</span></td><td>${esc(p.status)}</td><td>${esc(date(p.submittedAt))}</td></tr>`).join('')}</tbody></table>` +
      `<p>Your signature certificate is linked from the confirmation email the signer received.</p>`;
  const agreements = c.agreements.length === 0 ? '<p>Your organisation is not a party to any agreement recorded here.</p>'
    : `<table><caption class="visually-hidden">Agreements</caption><thead><tr><th scope="col">Agreement</th><th scope="col">Status</th><th scope="col">Starts</th><th scope="col">Ends</th></tr></thead><tbody>${c.agreements.map((a) =>
      `<tr><td>${esc(a.title)}</td><td>${esc(a.status)}</td><td>${esc(a.startDate ?? '—')}</td><td>${esc(a.endDate ?? '—')}</td></tr>`).join('')}</tbody></table>`;
  const upcoming = c.upcoming.length === 0 ? '<p>Nothing is due.</p>'
    : `<ul>${c.upcoming.map((u) => `<li>${esc(u.date)}: ${esc(u.what)} of ${esc(u.title)}</li>`).join('')}</ul>`;
  return portalPage('Commitments', [
    `<h1>Your organisation's commitments</h1>`,
    `<h2>Pledges signed</h2>${pledges}`,
    `<h2>Agreements</h2>${agreements}`,
    `<h2>Coming up</h2>${upcoming}`,
  ].join(''), principal);
}
