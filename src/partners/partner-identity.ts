/**
 * How two partner records are recognised as the same organisation: a normalised name, the
 * website's registrable host, or a company / charity number written the same way.
 */
const LEGAL_SUFFIXES = /\b(limited|ltd|plc|llp|cic|cio|inc|the|and|co|company|uk)\b/g;

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** `https://www.Example.org.uk/about` → `example.org.uk`. Returns null for an unparsable address. */
export function websiteDomain(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
    const host = url.hostname.toLowerCase().replace(/^www\d?\./, '');
    return host.includes('.') ? host.slice(0, 255) : null;
  } catch {
    return null;
  }
}

/** Company and charity numbers compared without spaces and case: `sc 012345` → `SC012345`. */
export function normaliseRegistrationNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length > 0 ? compact : null;
}
