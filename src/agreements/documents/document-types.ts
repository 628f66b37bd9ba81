/**
 * The kinds of file an agreement may carry. A file is accepted only when its declared media type
 * (the upload's Content-Type) is listed here AND its bytes look like that type. This is a check
 * against mislabelled or disguised files (an executable sent as a PDF), not a virus scan: files
 * are never executed or rendered by the server, and downloads are served as attachments with
 * `nosniff` (document-download.ts), so a browser will not run them either.
 */
export interface DocumentType {
  mediaType: string;
  /** The first is the one appended to a file name that lacks a fitting extension. */
  extensions: readonly string[];
  matches: (bytes: Buffer) => boolean;
}

const signature = (...bytes: number[]) => (content: Buffer): boolean =>
  content.length >= bytes.length && bytes.every((byte, i) => content[i] === byte);

const ZIP = signature(0x50, 0x4b, 0x03, 0x04);

/**
 * An Office Open XML package: a zip holding `[Content_Types].xml` and its part folder (`word/`,
 * `xl/`). Zip entry names are stored uncompressed, so finding them needs no unzipping.
 */
const officePackage = (folder: string) => (content: Buffer): boolean =>
  ZIP(content) && content.includes('[Content_Types].xml') && content.includes(folder);

// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/;

/**
 * UTF-8 text without control characters (tab, line breaks and form feed aside). U+FFFD is refused
 * too: it is what invalid UTF-8 turns into once decoded, so a text body that reached us as a
 * string (Fastify's text/plain parser) and was not UTF-8 is caught here.
 */
function isPlainText(content: Buffer): boolean {
  try {
    return !NOT_TEXT.test(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch {
    return false;
  }
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], matches: signature(0x25, 0x50, 0x44, 0x46, 0x2d) },
  { mediaType: 'image/png', extensions: ['png'], matches: signature(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: signature(0xff, 0xd8, 0xff) },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: officePackage('word/'),
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: officePackage('xl/'),
  },
  { mediaType: 'text/plain', extensions: ['txt'], matches: isPlainText },
];

export const ALLOWED_MEDIA_TYPES: readonly string[] = DOCUMENT_TYPES.map((t) => t.mediaType);

export { mediaTypeOf } from '../../common/http/raw-upload.js';

export function documentTypeFor(mediaType: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((t) => t.mediaType === mediaType);
}
