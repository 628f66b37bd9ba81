import { PARTNER_CSV_COLUMNS, type PartnerCsvColumn } from '../../partners/partner-csv-columns.js';
import { normalisePostcode } from '../../partners/partner-identity.js';

/** Header words compared without case, accents, punctuation or spacing: `Charity No.` → `charity no`. */
export function headerWords(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What registers and spreadsheets call each partner field (as headerWords writes them). */
const SYNONYMS: Record<PartnerCsvColumn, string[]> = {
  id: ['id', 'partner id', 'crm id', 'uuid'],
  name: ['name', 'organisation name', 'organization name', 'organisation', 'organization', 'org name', 'partner name', 'charity name',
    'company name', 'practice name', 'trading name', 'recipient name', 'recipient', 'provider name', 'name of organisation', 'group name'],
  legal_name: ['legal name', 'registered name', 'official name', 'company legal name', 'registered company name'],
  alternative_names: ['alternative names', 'alternative name', 'other names', 'also known as', 'aka', 'former names', 'previous names'],
  kind: ['kind', 'type', 'organisation type', 'organization type', 'org type', 'kind of organisation', 'category', 'sector', 'partner type'],
  area: ['area', 'local authority', 'borough', 'district', 'council', 'council area', 'la', 'local authority area', 'lad', 'place'],
  address: ['address', 'street address', 'full address', 'address line 1', 'address 1', 'registered address', 'postal address'],
  postcode: ['postcode', 'post code', 'postal code', 'zip', 'zip code', 'pcode'],
  website: ['website', 'web site', 'web', 'url', 'homepage', 'home page', 'web address', 'site', 'www'],
  company_number: ['company number', 'company no', 'company reg', 'company reg no', 'company registration', 'company registration number',
    'companies house number', 'crn', 'registered company number', 'company'],
  charity_number: ['charity number', 'charity no', 'charity reg', 'charity reg no', 'registered charity number', 'charity registration number',
    'reg charity no', 'charity'],
  description: ['description', 'about', 'summary', 'activities', 'what they do', 'purpose', 'notes'],
  priority_areas: ['priority areas', 'priority area', 'priorities', 'policy areas', 'policy area'],
  themes: ['themes', 'theme', 'strategy themes'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  status: ['status', 'partner status', 'relationship status', 'state'],
  owner_email: ['owner email', 'owner', 'relationship owner', 'owner e mail', 'account owner'],
  dialogue_cadence_days: ['dialogue cadence days', 'dialogue cadence', 'cadence', 'cadence days', 'meeting frequency days'],
  lists: ['lists', 'list', 'partner lists'],
  external_ref: ['external ref', 'external reference', 'reference', 'ref', 'external id', 'practice code', 'org code', 'organisation code',
    'ods code', 'urn', 'code', 'grant ref', 'recipient id', 'identifier'],
};

const BY_WORDS = new Map<string, PartnerCsvColumn>(
  PARTNER_CSV_COLUMNS.flatMap((column) => [column.replace(/_/g, ' '), ...SYNONYMS[column]].map((w): [string, PartnerCsvColumn] => [w, column])),
);

/** Guesses from the values when the header says nothing known: what most non-empty samples look like. */
const VALUE_SHAPES: [PartnerCsvColumn, (value: string) => boolean][] = [
  ['id', (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)],
  ['owner_email', (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)],
  ['postcode', (v) => normalisePostcode(v)?.includes(' ') === true],
  ['website', (v) => /^(https?:\/\/|www\.)\S+$/i.test(v) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|com|net|uk|gov|ac|nhs|co)(\.uk)?(\/\S*)?$/i.test(v)],
  ['company_number', (v) => /^([A-Z]{2}\d{6}|0\d{7})$/i.test(v.replace(/\s+/g, ''))],
];

/**
 * The partner field a file column most likely holds: its header (exactly a field's name or a synonym,
 * else a synonym the header starts with), or failing that what its values look like; null when neither says.
 */
export function suggestColumn(header: string, samples: readonly string[], taken: ReadonlySet<PartnerCsvColumn>): PartnerCsvColumn | null {
  const words = headerWords(header);
  const exact = BY_WORDS.get(words);
  if (exact && !taken.has(exact)) return exact;
  const prefixed = [...BY_WORDS.entries()]
    .filter(([w, column]) => w.length >= 4 && (words.startsWith(`${w} `) || words.endsWith(` ${w}`)) && !taken.has(column))
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (prefixed) return prefixed[1];
  const filled = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (filled.length === 0) return null;
  const shape = VALUE_SHAPES.find(([column, looks]) => !taken.has(column) && filled.filter(looks).length / filled.length >= 0.8);
  return shape ? shape[0] : null;
}
