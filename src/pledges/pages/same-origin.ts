import type { FastifyRequest } from 'fastify';

/**
 * CSRF defence for the signing forms. They use no cookies or other ambient credentials, so a forged
 * cross-site post could at most start a signature that its email owner must still confirm; even so,
 * a browser post from another site is refused: Fetch Metadata (`Sec-Fetch-Site: cross-site`) when the
 * browser sends it, else Origin (or Referer) must name this host or PUBLIC_BASE_URL's. Clients that
 * send neither (not browsers) pass; the JSON API is protected by its content type needing CORS.
 */
export function isCrossSitePost(request: FastifyRequest, publicBaseUrl: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') return true;
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
