import { escapeHtml } from '../mail/mail-templates.js';

/**
 * The values that identify a person in free text and stored documents (their email, the names and phone
 * numbers they were recorded under), and how to find them: case-insensitively, and as whole words where a
 * value starts or ends with a letter or digit, so "Al Smith" never matches inside "Hal Smithers".
 */

/** Names shorter than this are too likely to match unrelated words; they are not searched for. */
export const MIN_TERM_LENGTH = 3;

/** The name an erased contact keeps: their place in meetings and counts, naming no one. */
export const ERASED_NAME = 'Erased person';

/** What replaces a mention of an erased person in free text (notes, mail bodies). */
export const ERASED_MENTION = '[erased]';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Distinct, trimmed values long enough to search for, longest first (so a full name wins over a part of it). */
export function personalTerms(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of values) {
    const value = raw?.trim();
    if (!value || value.length < MIN_TERM_LENGTH || value === ERASED_NAME) continue;
    if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const startsWord = (term: string): boolean => WORD_CHAR.test(term.charAt(0));
const endsWord = (term: string): boolean => WORD_CHAR.test(term.charAt(term.length - 1));

/** A JavaScript pattern for any of the terms (global, case-insensitive). */
export function termsRegExp(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map(
    (t) => `${startsWord(t) ? '(?<![\\p{L}\\p{N}_])' : ''}${t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${endsWord(t) ? '(?![\\p{L}\\p{N}_])' : ''}`,
  );
  return new RegExp(alternatives.join('|'), 'giu');
}

export function mentions(text: string, pattern: RegExp | null): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * The same pattern for PostgreSQL's regular expressions (use with ~* or regexp_replace(..., 'gi')): \m and \M
 * are its word boundaries; a backslash before a non-alphanumeric character makes it literal.
 */
export function termsPgPattern(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map(
    (t) => `${startsWord(t) ? '\\m' : ''}${t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}${endsWord(t) ? '\\M' : ''}`,
  );
  return `(${alternatives.join('|')})`;
}

/** How a term appears inside a JSON document (jsonb cast to text) and inside escaped HTML. */
export function storedSpellings(terms: readonly string[]): string[] {
  return personalTerms(terms.flatMap((t) => [t, JSON.stringify(t).slice(1, -1), escapeHtml(t)]));
}

/** The text with every mention of the terms replaced by "[erased]". */
export function cutMentions(text: string, terms: readonly string[]): string {
  const pattern = termsRegExp(terms);
  return pattern ? text.replace(pattern, ERASED_MENTION) : text;
}
