import type { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import type { PublicPledgeResponse } from '../dto/pledge.response.js';
import type { SignForm } from './sign-form.js';
import { AUTHORITY_STATEMENT, LISTING_CONSENT_WORDING } from '../consent-wording.js';
import { esc, page, pledgeTextHtml } from './html.js';

/** A field's problem as the signer reads it. */
export interface FormError {
  field: string;
  message: string;
}

interface FieldSpec {
  name: keyof SignForm;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
}

const fieldId = (name: string): string => `f-${name}`;

function describedBy(spec: { name: string; hint?: string }, error: FormError | undefined): string {
  const ids = [spec.hint ? `${fieldId(spec.name)}-hint` : '', error ? `${fieldId(spec.name)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function fieldTop(spec: { name: string; label: string; hint?: string }, error: FormError | undefined): string {
  return (
    `<label for="${fieldId(spec.name)}">${esc(spec.label)}</label>` +
    (spec.hint ? `<p class="hint" id="${fieldId(spec.name)}-hint">${esc(spec.hint)}</p>` : '') +
    (error ? `<p class="error-message" id="${fieldId(spec.name)}-error"><span class="visually-hidden">Error:</span> ${esc(error.message)}</p>` : '')
  );
}

function input(spec: FieldSpec, form: SignForm, errors: FormError[]): string {
  const error = errors.find((e) => e.field === spec.name);
  const value = form[spec.name];
  const attrs = `${spec.autocomplete ? ` autocomplete="${spec.autocomplete}"` : ''}${error ? ' aria-invalid="true"' : ''}`;
  return (
    `<div class="field${error ? ' error' : ''}">${fieldTop(spec, error)}` +
    `<input type="${spec.type ?? 'text'}" id="${fieldId(spec.name)}" name="${spec.name}" value="${esc(typeof value === 'string' ? value : '')}"` +
    `${attrs}${describedBy(spec, error)} spellcheck="false"></div>`
  );
}

function select(spec: FieldSpec, options: ReferenceValue[], form: SignForm, errors: FormError[]): string {
  const error = errors.find((e) => e.field === spec.name);
  const chosen = form[spec.name];
  const items = options.map((o) => `<option value="${esc(o.code)}"${o.code === chosen ? ' selected' : ''}>${esc(o.label)}</option>`);
  return (
    `<div class="field${error ? ' error' : ''}">${fieldTop(spec, error)}` +
    `<select id="${fieldId(spec.name)}" name="${spec.name}"${error ? ' aria-invalid="true"' : ''}${describedBy(spec, error)}>` +
    `<option value="">Choose…</option>${items.join('')}</select></div>`
  );
}

function checkbox(name: string, label: string, checked: boolean, value = 'yes', id = fieldId(name)): string {
  return (
    `<div class="check"><input type="checkbox" id="${id}" name="${name}" value="${esc(value)}"${checked ? ' checked' : ''}>` +
    `<label for="${id}">${esc(label)}</label></div>`
  );
}

/** A group of checkboxes (or one) in a fieldset whose legend names it; errors link to its first box. */
function checkGroup(name: string, legend: string, hint: string, boxes: string, errors: FormError[]): string {
  const error = errors.find((e) => e.field === name);
  return (
    `<fieldset class="field${error ? ' error' : ''}" aria-describedby="${fieldId(name)}-hint${error ? ` ${fieldId(name)}-error` : ''}">` +
    `<legend>${esc(legend)}</legend><p class="hint" id="${fieldId(name)}-hint">${esc(hint)}</p>` +
    (error ? `<p class="error-message" id="${fieldId(name)}-error"><span class="visually-hidden">Error:</span> ${esc(error.message)}</p>` : '') +
    `${boxes}</fieldset>`
  );
}

function errorSummary(errors: FormError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => {
    const targets: Record<string, string> = { commitments: `${fieldId('commitments')}-0`, textVersion: 'text-heading' };
    const target = targets[e.field] ?? fieldId(e.field);
    return `<li><a href="#${target}">${esc(e.message)}</a></li>`;
  });
  return (
    `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">` +
    `<h2 id="error-summary-title">There is a problem</h2><ul>${items.join('')}</ul></div>`
  );
}

function organisationFields(view: PublicPledgeResponse, form: SignForm, errors: FormError[]): string {
  return (
    `<fieldset><legend>Your organisation</legend>` +
    input({ name: 'organisationName', label: 'Organisation name', autocomplete: 'organization' }, form, errors) +
    select({ name: 'organisationKind', label: 'Kind of organisation' }, view.organisationKinds, form, errors) +
    select({ name: 'area', label: 'Where it is based', hint: 'The local authority area, or outside the region.' }, view.areas, form, errors) +
    input({ name: 'website', label: 'Website (optional)', hint: 'In full, like https://www.example.org', type: 'url', autocomplete: 'url' }, form, errors) +
    input({ name: 'companyNumber', label: 'Company number (optional)', hint: 'If registered at Companies House.' }, form, errors) +
    input({ name: 'charityNumber', label: 'Charity number (optional)', hint: 'If a registered charity.' }, form, errors) +
    `</fieldset>`
  );
}

function signerFields(view: PublicPledgeResponse, form: SignForm, errors: FormError[]): string {
  const organisational = view.kind === 'organisational';
  return (
    `<fieldset><legend>About you</legend>` +
    input({ name: 'signerName', label: 'Full name', autocomplete: 'name' }, form, errors) +
    (organisational ? input({ name: 'jobTitle', label: 'Job title', autocomplete: 'organization-title' }, form, errors) : '') +
    input({ name: 'email', label: 'Email address', hint: 'We will send you a link to confirm your signature.', type: 'email', autocomplete: 'email' }, form, errors) +
    (organisational ? '' : select({ name: 'area', label: 'Where you live or work (optional)' }, view.areas, form, errors)) +
    `</fieldset>`
  );
}

function choiceFields(view: PublicPledgeResponse, form: SignForm, errors: FormError[]): string {
  const organisational = view.kind === 'organisational';
  const boxes = view.commitments
    .map((c, i) => checkbox('commitments', c.label, form.commitments.includes(c.code), c.code, `${fieldId('commitments')}-${i}`))
    .join('');
  const commitments = view.commitments.length > 0
    ? checkGroup('commitments', organisational ? 'Commitments' : 'Aims that matter most to you', 'Choose any that apply (optional).', boxes, errors)
    : '';
  const authority = organisational
    ? checkGroup('authorityConfirmed', 'Authority to sign', 'Only someone who may commit the organisation can sign for it.',
      checkbox('authorityConfirmed', AUTHORITY_STATEMENT, form.authorityConfirmed), errors)
    : '';
  const consentLabel = LISTING_CONSENT_WORDING[view.kind].label;
  const consent = checkGroup('listingConsent', organisational ? 'Public listing' : 'Showing your name',
    organisational
      ? 'Optional, and separate from signing. To stop being listed later, withdraw your signature with the link we email you.'
      : 'Optional, and separate from signing. You can stop showing your name at any time, and keep your endorsement, with the link we email you.',
    checkbox('listingConsent', consentLabel, form.listingConsent), errors);
  return commitments + authority + consent;
}

/** The signing page: the text being signed, then the form (works without JavaScript). */
export function signFormPage(view: PublicPledgeResponse, form: SignForm, errors: FormError[], errorCode?: string): string {
  const organisational = view.kind === 'organisational';
  const main =
    errorSummary(errors) +
    `<h1>${esc(view.title)}</h1>` +
    `<section aria-labelledby="text-heading"><h2 id="text-heading">What you are signing</h2>` +
    `<div class="pledge-text">${pledgeTextHtml(view.text)}</div>` +
    `<p class="meta">Text version ${view.version}, published ${esc(view.publishedAt.slice(0, 10))}. SHA-256: ${esc(view.sha256)}</p></section>` +
    `<h2>${organisational ? 'Sign for your organisation' : 'Endorse the plan'}</h2>` +
    `<form method="post" action="/sign/${esc(view.slug)}" novalidate>` +
    `<input type="hidden" name="textVersion" value="${view.version}">` +
    (organisational ? organisationFields(view, form, errors) : '') +
    signerFields(view, form, errors) +
    choiceFields(view, form, errors) +
    `<div class="hp" aria-hidden="true"><label for="f-url">Leave this field empty</label>` +
    `<input type="text" id="f-url" name="url" value="" tabindex="-1" autocomplete="off"></div>` +
    `<button type="submit">${organisational ? 'Sign the pledge' : 'Endorse the plan'}</button></form>`;
  return page(`${errors.length > 0 ? 'Error: ' : ''}${view.title}`, main, errorCode);
}
