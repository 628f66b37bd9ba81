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

/**
 * A company number as Companies House writes it, 8 characters: the leading zeros a spreadsheet dropped put back
 * (`7962245` → `07962245`), a two-letter prefix kept with its 6 digits (`sc12345` → `SC012345`, also NI, OC, SO …).
 */
export function normaliseCompanyNumber(value: string | null | undefined): string | null {
  const compact = normaliseRegistrationNumber(value);
  if (compact === null) return null;
  if (/^\d{1,8}$/.test(compact)) return compact.padStart(8, '0');
  const prefixed = /^([A-Z]{2})(\d{1,6})$/.exec(compact);
  return prefixed ? prefixed[1] + prefixed[2].padStart(6, '0') : compact;
}

/** A charity number without spaces (`1 123 456` → `1123456`; a linked charity keeps its `-1`). */
export const normaliseCharityNumber = normaliseRegistrationNumber;

/** A UK postcode in its canonical form, upper case with one space before the inward code: `l78xp` → `L7 8XP`. */
export function normalisePostcode(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (compact.length === 0) return null;
  return /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
