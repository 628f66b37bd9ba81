import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldProblem } from '../../common/errors/app-error.js';
import { flattenValidationErrors } from '../../common/http/validation.js';
import { SignPledgeDto } from '../dto/sign-pledge.dto.js';
import type { PledgeKind } from '../pledge.entity.js';
import { signatureFieldProblems } from '../signature-fields.js';
import type { FormError } from './sign-form.page.js';

/** The signing form as posted (application/x-www-form-urlencoded), kept as typed to show it again. */
export interface SignForm {
  organisationName: string;
  organisationKind: string;
  area: string;
  website: string;
  companyNumber: string;
  charityNumber: string;
  signerName: string;
  jobTitle: string;
  email: string;
  authorityConfirmed: boolean;
  listingConsent: boolean;
  commitments: string[];
  textVersion: string;
  url: string;
}

const TEXT_FIELDS = [
  'organisationName', 'organisationKind', 'area', 'website', 'companyNumber', 'charityNumber',
  'signerName', 'jobTitle', 'email', 'textVersion', 'url',
] as const;
const ORGANISATION_FIELDS = ['organisationName', 'organisationKind', 'website', 'companyNumber', 'charityNumber', 'jobTitle'] as const;

const one = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');

export const EMPTY_FORM: Readonly<SignForm> = {
  organisationName: '',
  organisationKind: '',
  area: '',
  website: '',
  companyNumber: '',
  charityNumber: '',
  signerName: '',
  jobTitle: '',
  email: '',
  authorityConfirmed: false,
  listingConsent: false,
  commitments: [],
  textVersion: '',
  url: '',
};

export function readSignForm(body: unknown): SignForm {
  const raw = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const form: SignForm = { ...EMPTY_FORM, commitments: [] };
  for (const field of TEXT_FIELDS) form[field] = one(raw[field]).slice(0, 2000);
  const commitments = Array.isArray(raw.commitments) ? raw.commitments : [raw.commitments];
  form.commitments = commitments.filter((c): c is string => typeof c === 'string').slice(0, 30);
  form.authorityConfirmed = one(raw.authorityConfirmed) === 'yes';
  form.listingConsent = one(raw.listingConsent) === 'yes';
  return form;
}

/** The form as the JSON API's body: blank boxes are absent; organisation fields only for organisations. */
function toPlainBody(form: SignForm, kind: PledgeKind): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = form[field].trim();
    const skip = kind === 'individual' && (ORGANISATION_FIELDS as readonly string[]).includes(field);
    if (value !== '' && !skip) body[field] = value;
  }
  if (form.commitments.length > 0) body.commitments = form.commitments;
  if (kind === 'organisational' && form.authorityConfirmed) body.authorityConfirmed = true;
  body.listingConsent = form.listingConsent;
  return body;
}

/** Validates exactly as the JSON API does, plus the pledge kind's rules. */
export async function validateSignForm(form: SignForm, kind: PledgeKind): Promise<{ dto: SignPledgeDto; problems: FieldProblem[] }> {
  const dto = plainToInstance(SignPledgeDto, toPlainBody(form, kind));
  const problems = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  const known = new Set(problems.map((p) => p.field));
  return { dto, problems: [...problems, ...signatureFieldProblems(kind, dto).filter((p) => !known.has(p.field))] };
}

/** What to say when a box is left empty, and when what is in it will not do (GOV.UK: say what to enter). */
const MESSAGES: Record<string, { missing: string; invalid: string }> = {
  organisationName: { missing: 'Enter the name of your organisation', invalid: 'Enter the name of your organisation on one line' },
  organisationKind: { missing: 'Select the kind of organisation', invalid: 'Select the kind of organisation' },
  website: {
    missing: 'Enter the website address in full, like https://www.example.org',
    invalid: 'Enter the website address in full, like https://www.example.org',
  },
  companyNumber: { missing: 'Enter a company number', invalid: 'Enter a company number of 6 to 12 letters or digits, like 01234567' },
  charityNumber: { missing: 'Enter a charity number', invalid: 'Enter a charity number of 5 to 14 letters, digits or hyphens' },
  signerName: { missing: 'Enter your full name', invalid: 'Enter your full name on one line' },
  jobTitle: { missing: 'Enter your job title', invalid: 'Enter your job title on one line' },
  email: { missing: 'Enter your email address', invalid: 'Enter an email address in the correct format, like name@example.org' },
  authorityConfirmed: {
    missing: 'Confirm that you have authority to sign for your organisation',
    invalid: 'Confirm that you have authority to sign for your organisation',
  },
  commitments: { missing: 'Choose commitments from the list', invalid: 'Choose commitments from the list' },
  textVersion: {
    missing: 'The text has changed since you opened this page: please read the new version above, then sign again',
    invalid: 'The text has changed since you opened this page: please read the new version above, then sign again',
  },
};

/** One plain message per field, in form order, for the error summary and the field. */
export function formErrors(problems: { field: string; messages?: string[] }[], kind: PledgeKind): FormError[] {
  const order = ['organisationName', 'organisationKind', 'area', 'website', 'companyNumber', 'charityNumber', 'signerName', 'jobTitle', 'email'];
  const fields = [...new Set(problems.map((p) => p.field.split('.')[0].replace(/\[\d+\]$/, '')))];
  fields.sort((a, b) => (order.indexOf(a) + 100) % 100 - (order.indexOf(b) + 100) % 100);
  const area = kind === 'organisational' ? 'Select where your organisation is based' : 'Select an area from the list';
  // An absent field's one problem starts "<field> is required" (flattenValidationErrors, signatureFieldProblems).
  const missing = new Set(problems.filter((p) => p.messages?.[0]?.startsWith(`${p.field} is required`)).map((p) => p.field));
  return fields.map((field) => {
    const words = MESSAGES[field];
    const message = field === 'area' ? area : words ? (missing.has(field) ? words.missing : words.invalid) : `Check ${field}`;
    return { field, message };
  });
}
