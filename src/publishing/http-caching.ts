/** Conditional-request and content-negotiation rules for the public, cacheable endpoints. */

export type Encoding = 'br' | 'gzip' | 'identity';

/** Accept-Encoding values seen lately and what they negotiated: clients send a handful of distinct ones. */
const negotiated = new Map<string, Encoding>();
const NEGOTIATED_MAX = 64;

/** Picks brotli, then gzip, then identity, honouring q=0 refusals in Accept-Encoding. */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let encoding = negotiated.get(header);
  if (encoding === undefined) {
    encoding = parseAcceptEncoding(header);
    // Bounded: a client sending a new value per request cannot grow it.
    if (negotiated.size >= NEGOTIATED_MAX) negotiated.clear();
    negotiated.set(header, encoding);
  }
  return encoding;
}

function parseAcceptEncoding(header: string): Encoding {
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (name: string): number => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/** Weak comparison (RFC 9110 §13.1.2): any listed tag, with or without W/, or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  // The usual case, a client sending back the one tag it was given, needs no parsing.
  if (etags.includes(header)) return true;
  const candidates = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return candidates.includes('*') || candidates.some((t) => etags.includes(t));
}

/** If-Modified-Since is used only when If-None-Match is absent (RFC 9110 §13.1.3). */
export function notModified(ifNoneMatch: string | undefined, ifModifiedSince: string | undefined, etags: readonly string[], modifiedMs: number): boolean {
  if (ifNoneMatch) return matchesIfNoneMatch(ifNoneMatch, etags);
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && modifiedMs <= since;
}
