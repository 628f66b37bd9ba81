import type { FastifyRequest } from 'fastify';

/**
 * Whether a browser sent this POST from another site (CSRF defence for the signing forms and the cookie
 * session routes). The signing forms use no cookies or other ambient credentials, so a forged
 * cross-site post could at most start a signature that its email owner must still confirm; even so,
 * a browser post from another site is refused. Browsers that send Fetch Metadata are judged by it
 * alone (`Sec-Fetch-Site` must be `same-origin`, or `none` for a user-typed request): the pages send
 * `Referrer-Policy: no-referrer`, under which a browser's form post carries `Origin: null`. Older
 * browsers without it must send an Origin (or Referer) naming this host or PUBLIC_BASE_URL's.
 * Clients that send none of these headers (not browsers) pass; the JSON API is protected by its
 * content type needing CORS.
 */
export function isCrossSitePost(request: FastifyRequest, publicBaseUrl: string): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = header(request, 'origin') ?? header(request, 'referer');
  if (origin === undefined) return false;
  const host = hostOf(origin);
  if (host === null) return true;
  return host !== header(request, 'host')?.toLowerCase() && host !== hostOf(publicBaseUrl);
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** `https://Example.org:8443/path` → `example.org:8443`; `null` (opaque origins) and garbage → null. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}
