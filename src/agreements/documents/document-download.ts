import type { FastifyReply } from 'fastify';
import type { AgreementDocumentResponse } from '../dto/agreement-document.dto.js';
import { contentDisposition } from './document-file-name.js';

/**
 * Headers that keep a downloaded file inert in a browser: always an attachment (never shown
 * inline), the verified media type with no sniffing, and a CSP that lets nothing run even if
 * the file is opened from the address bar.
 */
export function setDownloadHeaders(reply: FastifyReply, document: AgreementDocumentResponse, size: number): void {
  const mediaType = document.mediaType ?? 'application/octet-stream';
  void reply
    .header('content-type', mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : mediaType)
    .header('content-length', String(size))
    .header('content-disposition', contentDisposition(document.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store');
}
