const MAX_NAME_LENGTH = 200;

/**
 * The uploader's name for the file, made safe to keep and show: no path, no control, invisible
 * format or unpaired surrogate characters, at most 200 characters. It is never used to store anything.
 */
export function sanitiseImportFileName(raw: string): string | null {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const short = Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('').trim();
  return short === '' ? null : short;
}
