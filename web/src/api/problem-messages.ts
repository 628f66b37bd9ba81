import { ApiProblem } from './problem';

/**
 * What a person reads for each problem code: plain words, saying what to do next. A code not listed
 * falls back to the API's own `detail` (written as a sentence), then to a generic sentence.
 */
const SENTENCES: Record<string, string> = {
  'NETWORK.UNREACHABLE': 'The CRM could not be reached. Check your connection and try again.',
  'SERVER.ERROR': 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
  'REQUEST.VALIDATION_FAILED': 'Some answers need correcting.',
  'REQUEST.RATE_LIMITED': 'Too many requests in a short time. Wait a minute and try again.',
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
  'MEETING.INVALID_REFERENCE': 'One of the partners, staff or contacts chosen no longer exists or cannot be used. Reload the page and choose again.',
  'ACTION.NOT_FOUND': 'This action no longer exists: its meeting may have been deleted.',

  'SERVICE.UNAVAILABLE': 'The CRM is busy or being restarted. Try again in a minute.',
  'REQUEST.ERROR': 'The CRM could not do this. Reload the page and try again; if it keeps happening, tell your administrator.',
  'REQUEST.BAD_REQUEST': 'The CRM could not understand this request. Reload the page and try again.',
  'REQUEST.CONFLICT': 'This clashes with a change made at the same time. Reload the page and try again.',
  'REQUEST.INVALID_CURSOR': 'This list has changed since its pages were counted. Go back to the first page.',
  'REQUEST.JSON_TOO_DEEP': 'What was sent is nested too deeply for the CRM to read. If you did not write it by hand, tell your administrator.',
  'REQUEST.NOT_ACCEPTABLE': 'The CRM cannot answer in the form asked for. Reload the page and try again.',
  'REQUEST.PAYLOAD_TOO_LARGE': 'What was sent is too large. Send less at once, or a smaller file.',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 'The CRM cannot read what was sent in this form. Reload the page and try again.',
  'REQUEST.WEAK_ETAG': 'Reload the record before saving your change.',
  'ROUTE.METHOD_NOT_ALLOWED': 'This cannot be done here. Reload the page and try again.',
  'AUTH.REFRESH_TOKEN_REUSED': 'For your safety you have been signed out everywhere: an old sign-in was used again. Sign in again to carry on.',

  'PARTNER.VERSION_CONFLICT': 'Someone else changed this partner while you were editing it.',
  'PARTNER.POSSIBLE_DUPLICATE': 'This looks like a partner already in the CRM.',
  'PARTNER.EXTERNAL_REF_TAKEN': 'Another partner already has this external reference. Check which record it belongs to.',
  'CONTACT.NOT_FOUND': 'This contact no longer exists: someone may have moved or removed them.',
  'CONTACT.VERSION_CONFLICT': 'Someone else changed this contact while you were editing it.',
  'CONTACT.ARCHIVED': 'This contact is archived. Restore them before changing their details.',
  'CONTACT.ERASED': 'This person was erased at their request: only the role they held is kept, and it cannot be changed.',
  'DATA_PROTECTION.SUPPRESSED': 'This person was erased at their request and cannot be added again.',
  'DATA_PROTECTION.STAFF_ACCOUNT': 'This is a member of staff with an account: deactivate the account instead of erasing the person.',
  'DIALOGUE.SNOOZE_IN_PAST': 'Choose a date from today onwards.',
  'DIALOGUE.SNOOZE_TOO_LONG': 'Reminders can be snoozed for a limited time only. Choose an earlier date.',
  'CALENDAR.FEED_NOT_FOUND': 'This calendar feed no longer exists. Make a new link from your account page.',

  'AGREEMENT.NOT_FOUND': 'This agreement no longer exists.',
  'AGREEMENT.VERSION_CONFLICT': 'Someone else changed this agreement while you were editing it.',
  'AGREEMENT.UNKNOWN_OWNER': 'The owner must be an active member of staff.',
  'AGREEMENT.UNKNOWN_PARTY': 'One of the partners chosen as a party no longer exists. Reload the page and choose again.',
  'AGREEMENT.PARTY_ARCHIVED': 'One of the parties is archived. Restore it, or leave it out of the agreement.',
  'AGREEMENT.END_DATE_PASSED': 'The end date has passed, so the agreement cannot be made active. Change the end date, or end the agreement.',
  'AGREEMENT.NOT_YET_ENDED': 'The agreement has not reached its end date yet. Change the end date first, or terminate it instead.',
  'AGREEMENT.NOT_YET_STARTED': 'The agreement has not reached its start date yet. Change the start date first.',
  'AGREEMENT.DOCUMENT_NOT_FOUND': 'This document no longer exists: someone may have removed it.',
  'AGREEMENT.DOCUMENT_EMPTY': 'The file is empty. Choose the file again.',
  'AGREEMENT.DOCUMENT_TOO_LARGE': 'The file is too large to upload. Save a smaller copy (for example a compressed PDF), or add a link to it instead.',
  'AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED': 'This kind of file cannot be uploaded. Upload a PDF, a Word or OpenDocument file, or an image.',
  'AGREEMENT.DOCUMENT_CONTENT_MISMATCH': 'The file’s contents do not match its type. Save it again in the right format and upload that.',
  'AGREEMENT.DOCUMENT_IS_LINK': 'This document is a link, so there is nothing to download: open the link instead.',

  'IMPORT.NOT_FOUND': 'This import no longer exists.',
  'IMPORT.VERSION_CONFLICT': 'Someone else changed this import meanwhile. Reload it to see where it stands.',
  'IMPORT.ALREADY_COMMITTED': 'This import has already been applied, or is being applied now.',
  'IMPORT.NOT_READY': 'This import is still being checked. Wait until it is ready, then apply it.',
  'IMPORT.EMPTY_FILE': 'The file has no partners in it: it needs a header row and at least one row of data.',
  'IMPORT.FILE_TOO_LARGE': 'The file is too large to import. Split it into smaller files.',
  'IMPORT.TOO_MANY_ROWS': 'The file has too many rows to import at once. Split it into smaller files.',
  'IMPORT.UNSUPPORTED_MEDIA_TYPE': 'Only CSV files can be imported. Save the spreadsheet as CSV and upload that.',
  'IMPORT.WRONG_ENCODING': 'The file could not be read as UTF-8 text. Save it as “CSV UTF-8”, or choose Windows-1252 and upload it again.',
  'IMPORT.NOT_MAPPABLE': 'This import can no longer be mapped: it is being checked, or it has already been applied.',
  'IMPORT.NOT_MAPPED': 'Map the file’s columns to partner fields first, then check the file.',
  'IMPORT.MAPPING_NAME_TAKEN': 'A saved mapping already has this name for a file with other columns. Choose another name.',
  'IMPORT.INVALID_TEXT': 'The file holds characters that are not text. Save it as “CSV UTF-8” and upload it again.',

  'PLAN.ACTIVITY_NOT_FOUND': 'This plan activity no longer exists.',
  'PLAN.VERSION_CONFLICT': 'Someone else changed this while you were editing it.',
  'PLAN.INVALID_PERIOD': 'The end of the period must not be before its start, and a period can span at most 5 years.',
  'PLAN.QUARTER_FROZEN': 'This quarter’s update is frozen: a frozen quarter never changes.',
  'PLAN.QUARTER_NOT_FOUND': 'There is no update for this quarter.',
  'PLAN.CASE_STUDY_NOT_FOUND': 'This case study does not exist, or it has been removed.',
  'PLAN.QUARTER_NOT_STARTED': 'This quarter has not started yet.',
  'PLAN.UNKNOWN_LINK': 'Something linked here no longer exists. Reload the page and choose again.',
  'PLAN.UNKNOWN_OWNER': 'The owner must be an active member of staff.',
  'PLAN.PROGRESS_IN_FUTURE': 'A progress update cannot be dated after today. Record it on the day, or earlier.',
  'PLAN.PROGRESS_NOT_FOUND': 'This progress update no longer exists.',
  'PLAN.PROGRESS_WITHDRAWN': 'This progress update has already been withdrawn or corrected. Reload to see the current one.',

  'PLEDGE.NOT_FOUND': 'This pledge no longer exists.',
  'PLEDGE.TEXT_CHANGED': 'The text of this pledge changed while you were reading it. Read the new version first.',
  'PLEDGE.UNKNOWN_COMMITMENT': 'One of the commitments chosen is not part of this pledge. Reload the page and choose again.',
  'PLEDGE.RATE_LIMITED': 'Too many signatures in a short time. Wait a while and try again.',
  'PLEDGE.CROSS_SITE_FORM': 'This form can only be sent from its own page. Reload the page and try again.',
  'PLEDGE.TOKEN_INVALID': 'This link is not valid. Check that the whole link from the email was copied.',
  'PLEDGE.TOKEN_USED': 'This link has already been used.',
  'PLEDGE.TOKEN_EXPIRED': 'This link has expired.',
  'PORTAL.LINK_INVALID': 'This sign-in link does not work. Ask for a new one on the portal sign-in page.',
  'PORTAL.SIGN_IN_REQUIRED': 'Sign in to the partner portal to see this page.',
  'PORTAL.CSRF_REJECTED': 'This form can only be sent from its own page in the partner portal. Reload the page and try again.',
  'PORTAL.RATE_LIMITED': 'Too many sign-in links were asked for. Wait a while and try again.',
  'PORTAL.CONTACT_UNREACHABLE': 'This contact cannot be invited to the portal: they need an email address at a live organisation.',
  'PORTAL.PROPOSAL_NOT_FOUND': 'This proposal no longer exists.',
  'PORTAL.PROPOSAL_DECIDED': 'This proposal has already been decided. Reload the queue to see where it stands.',
  'PORTAL.CLAIM_NOT_FOUND': 'This claim no longer exists.',
  'PORTAL.CLAIM_DECIDED': 'This claim has already been decided. Reload the queue to see where it stands.',
  'PORTAL.NOT_CLAIMABLE': 'This organisation cannot be claimed: it is not listed, or it already has portal users.',
  'SIGNATURE.NOT_FOUND': 'This signature no longer exists.',
  'SIGNATURE.INVALID_TRANSITION': 'This signature has already been dealt with, so this cannot be done. Reload it to see where it stands.',
  'SIGNATURE.NO_NAME_DISPLAY': 'Choose how the name is shown on the published list.',
  'PUBLICATION.NONE_YET': 'Nothing has been published yet.',
  'PUBLICATION.PAGE_NOT_FOUND': 'The published list has no such page.',
  'PUBLICATION.VERSION_NOT_FOUND': 'This published version does not exist.',

  'REFERENCE.NOT_FOUND': 'This entry no longer exists.',
  'REFERENCE.UNKNOWN': 'One of the values chosen is not in the list. Reload the page and choose again.',
  'REFERENCE.RETIRED': 'One of the values chosen has been retired. Choose a current one.',
  'REFERENCE.CODE_TAKEN': 'An entry with this code already exists in this list. Choose another code.',
  'REFERENCE.ORDER_MISMATCH': 'Someone else added or removed an entry while you were reordering the list. Reload it and put it in order again.',
  'MAIL.NOT_FOUND': 'This mail no longer exists.',
  'MAIL.NOT_FAILED': 'Only a mail that failed can be sent again; this one did not fail.',
  'MAIL.CONTENT_REMOVED': 'This mail can no longer be sent again: its content was removed under the retention rules.',
  'QUEUE.NOT_FOUND': 'This queue does not exist.',
  'QUEUE.JOB_NOT_FOUND': 'This job no longer exists: it may have finished or been removed.',
  'QUEUE.JOB_NOT_FAILED': 'Only a failed job can be retried or discarded; this one has not failed.',
};

/**
 * Codes whose `detail` says more than a fixed sentence could (which transitions are allowed, which CSV line
 * is wrong): the API writes it for people, and it is shown as it is.
 */
export const DETAIL_IS_THE_SENTENCE: ReadonlySet<string> = new Set([
  'AGREEMENT.ILLEGAL_TRANSITION',
  'AGREEMENT.INVALID_DATES',
  'CONTACT.CANNOT_MOVE',
  'PARTNER.CANNOT_MERGE',
  'SIGNATURE.APPROVAL_CHOICE_REQUIRED',
  'IMPORT.CSV_SYNTAX',
  'IMPORT.MAPPING_INVALID',
  'PLAN.QUARTER_NOT_OVER',
]);

/** Whether a code has a sentence of its own here, or its detail is the sentence (for the test that none is left out). */
export const hasSentence = (code: string): boolean => code in SENTENCES || DETAIL_IS_THE_SENTENCE.has(code);

/** The sentence for a problem (or any error) to show a person. */
export function problemSentence(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (DETAIL_IS_THE_SENTENCE.has(error.code) && error.detail) return error.detail;
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
