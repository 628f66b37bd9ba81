import type { DocumentType } from './document-types.js';

const MAX_NAME_LENGTH = 200;
const FALLBACK_STEM = 'document';

/**
 * Makes an uploaded file's name safe to keep and to offer back in a download:
 * - the path is dropped (`../../etc/passwd` → `passwd`), whichever separator the client used;
 * - control, invisible format and unpaired surrogate characters go (CR/LF could split a header;
 *   a right-to-left override could disguise `exe.pdf` as `fdp.exe`), as do characters Windows
 *   forbids in names;
 * - leading dots (hidden files, `..`) and trailing dots and spaces go;
 * - the extension must fit the verified type, else the right one is appended (`report.exe` →
 *   `report.exe.pdf`), so the name never promises something the bytes are not;
 * - at most 200 characters, cut in the stem so the extension survives.
 * The name is only ever shown and sent back; files are stored under generated names.
 */
export function sanitiseFileName(raw: string, type: DocumentType): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '')
    .replace(/["*:<>?|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extension = /\.([^.]+)$/.exec(cleaned)?.[1]?.toLowerCase();
  const fits = extension !== undefined && type.extensions.includes(extension);
  const stem = fits ? cleaned.slice(0, -(extension.length + 1)) : cleaned;
  const suffix = `.${fits ? extension : type.extensions[0]}`;
  const room = MAX_NAME_LENGTH - suffix.length;
  const shortStem = Array.from(stem || FALLBACK_STEM).slice(0, room).join('').trimEnd();
  return `${shortStem || FALLBACK_STEM}${suffix}`;
}

/**
 * `attachment` with the name twice: an ASCII fallback for old clients, and the exact name as
 * RFC 8187 `filename*=UTF-8''…` (percent-encoded, so no character of it can break the header).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
