import { ApiProblem } from './problem';

/**
 * What a person reads for each problem code: plain words, saying what to do next. A code not listed
 * falls back to the API's own `detail` (written as a sentence), then to a generic sentence.
 */
const SENTENCES: Record<string, string> = {
  'NETWORK.UNREACHABLE': 'The CRM could not be reached. Check your connection and try again.',
  'SERVER.ERROR': 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
  'SERVER.UNAVAILABLE': 'The CRM is busy or being restarted. Try again in a minute.',
  'REQUEST.VALIDATION_FAILED': 'Some answers need correcting.',
  'REQUEST.RATE_LIMITED': 'Too many requests in a short time. Wait a minute and try again.',
  'REQUEST.PRECONDITION_FAILED': 'Someone else changed this record while you were editing it.',
  'REQUEST.PRECONDITION_REQUIRED': 'Reload the record before saving your change.',
  'AUTH.INVALID_CREDENTIALS': 'The email address or password is not right.',
  'AUTH.LOGIN_RATE_LIMITED': 'Too many attempts to sign in. Wait a few minutes, then try again.',
  'AUTH.UNAUTHENTICATED': 'Your session has ended. Sign in again to carry on.',
  'AUTH.REFRESH_TOKEN_INVALID': 'Your session has ended. Sign in again to carry on.',
  'AUTH.FORBIDDEN': 'Your role does not allow this. Ask a team lead or an administrator.',
  'AUTH.CSRF_REJECTED': 'This request came from somewhere the CRM does not trust, so it was refused. Reload the page and try again.',
  'AUTH.INVITATION_INVALID': 'This invitation link has expired or has already been used. Ask an administrator to send a new one.',
  'AUTH.RESET_TOKEN_INVALID': 'This password reset link has expired or has already been used. Ask for a new one.',
  'AUTH.CURRENT_PASSWORD_WRONG': 'This is not your current password.',
  'AUTH.PASSWORD_RESET_RATE_LIMITED': 'Too many password reset requests. Wait an hour, then try again.',
  'AUTH.PASSWORD_CHANGE_RATE_LIMITED': 'Too many attempts to change your password. Wait a few minutes, then try again.',
  'PASSWORD.TOO_SHORT': 'Use at least 12 characters for the password.',
  'PASSWORD.TOO_COMMON': 'This password is too common: attackers try it first. Choose something harder to guess, such as three or four unrelated words.',
  'USER.EMAIL_TAKEN': 'Someone with this email address already has an account.',
  'USER.NOT_FOUND': 'This user does not exist.',
  'USER.INVITATION_NOT_PENDING': 'This user has already chosen a password, or is deactivated, so there is no invitation to send.',
  'USER.CANNOT_CHANGE_SELF': 'You cannot change your own role or deactivate yourself. Ask another administrator.',
  'PARTNER.NOT_FOUND': 'This partner does not exist, or has been merged into another.',
  'PARTNER.DUPLICATE_SUSPECTED': 'This looks like a partner already in the CRM.',
  'ROUTE.NOT_FOUND': 'This page does not exist.',
  'SAVED_VIEW.NAME_TAKEN': 'You already have a saved view with this name. Choose another name.',
  'SAVED_VIEW.NOT_OWNER': 'Only the person who saved this view can change it. Save a copy under your own name.',
  'SAVED_VIEW.NOT_FOUND': 'This saved view no longer exists.',
  'SAVED_VIEW.TOO_MANY': 'You have the most saved views you can keep. Delete one first.',
  'PARTNER.BULK_UNKNOWN': 'Some of the selected partners no longer exist, so nothing was changed. Reload the list and select again.',
  'PARTNER.ARCHIVED': 'An archived partner cannot be changed, so nothing was changed. Restore it first, or leave it out of the selection.',
  'PARTNER.TOO_MANY_TAGS': 'Some of the selected partners already have the most tags a partner can have, so nothing was changed.',
  'PARTNER.UNKNOWN_OWNER': 'The owner must be an active member of staff.',
  'PARTNER.UNKNOWN_LIST': 'That list does not exist.',
  'MEETING.NOT_FOUND': 'This meeting no longer exists: someone may have deleted it.',
  'MEETING.VERSION_CONFLICT': 'Someone else changed this meeting since you opened it.',
};

/** The sentence for a problem (or any error) to show a person. */
export function problemSentence(error: unknown): string {
  if (error instanceof ApiProblem) {
    return SENTENCES[error.code] ?? (error.detail || SENTENCES['SERVER.ERROR']);
  }
  return SENTENCES['SERVER.ERROR'];
}

/**
 * A field message from the API names the field as the API does (`legalName must be shorter…`);
 * say it with the label the person sees instead.
 */
export function fieldSentence(message: string, field: string, label: string): string {
  const named = message.startsWith(field) ? `${label}${message.slice(field.length)}` : message;
  const sentence = named.charAt(0).toUpperCase() + named.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
