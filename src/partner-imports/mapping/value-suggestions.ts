import { headerWords } from './column-suggestions.js';
import type { ValueMappedColumn } from './import-mapping.js';

/** One choice for a coded field: its code and the label people know it by. */
export interface ValueOption {
  code: string;
  label: string;
}

/** Common ways registers write the seeded codes (as headerWords writes them). Codes not seeded simply never match. */
const SYNONYMS: Partial<Record<ValueMappedColumn, Record<string, string[]>>> = {
  kind: {
    charity: ['registered charity', 'cio', 'charitable incorporated organisation', 'charitable trust', 'trust', 'charitable company'],
    'social-enterprise': ['cic', 'community interest company', 'social business', 'co operative', 'cooperative', 'community benefit society'],
    'business-sme': ['sme', 'business', 'company', 'private company', 'ltd', 'limited company', 'small business', 'private sector'],
    'business-large': ['plc', 'large business', 'corporate', 'corporation', 'large company'],
    'voluntary-or-community-body': ['voluntary', 'community', 'community group', 'voluntary group', 'vcs', 'vcse', 'vcfse', 'voluntary organisation',
      'community organisation', 'third sector', 'residents association', 'tenants association'],
    'nhs-provider': ['nhs', 'nhs trust', 'nhs foundation trust', 'gp', 'gp practice', 'gp surgery', 'surgery', 'health centre', 'medical practice',
      'practice', 'hospital', 'icb', 'ccg'],
    'local-authority': ['council', 'local council', 'borough council', 'city council', 'metropolitan borough council', 'la', 'local government'],
    school: ['academy', 'primary school', 'secondary school', 'free school', 'special school'],
    'further-education-college': ['college', 'fe college', 'sixth form college', 'fe'],
    university: ['he', 'higher education', 'hei'],
    'faith-organisation': ['faith', 'faith group', 'church', 'mosque', 'synagogue', 'temple', 'gurdwara', 'religious organisation'],
    police: ['police force', 'constabulary'],
    'fire-and-rescue': ['fire service', 'fire', 'fire and rescue service'],
    'trade-union': ['union'],
  },
  area: {
    'st-helens': ['saint helens', 'st helens council', 'st helens borough council'],
    'outside-the-region': ['outside region', 'out of area', 'outside area', 'national', 'international', 'other', 'elsewhere', 'uk wide'],
  },
  status: {
    active: ['current', 'live', 'open', 'yes', 'y', 'partner', 'existing', 'registered'],
    prospect: ['new', 'potential', 'lead', 'pipeline', 'prospective', 'proposed'],
    paused: ['on hold', 'hold', 'dormant', 'suspended', 'inactive'],
    ended: ['closed', 'dissolved', 'removed', 'former', 'finished', 'deregistered', 'no', 'n', 'lapsed', 'end'],
  },
};

/** Words a register adds around an area's name: `Wirral Council` is Wirral. */
const AREA_NOISE = /\b(metropolitan|borough|city|council|of|district|region|cc|mbc)\b/g;

/**
 * The code a file value stands for: the code itself, its label (without case, accents, punctuation,
 * `&`/`and`), a common synonym, or (for areas) the label with council words around it; null when none is sure.
 */
export function suggestValue(column: ValueMappedColumn, value: string, options: readonly ValueOption[]): string | null {
  const words = headerWords(value);
  if (words === '') return null;
  const exact = options.find((o) => o.code === value.trim() || headerWords(o.code) === words || headerWords(o.label) === words);
  if (exact) return exact.code;
  const synonyms = SYNONYMS[column] ?? {};
  const bySynonym = Object.entries(synonyms).find(([code, said]) => said.includes(words) && options.some((o) => o.code === code));
  if (bySynonym) return bySynonym[0];
  if (column === 'area') {
    const bare = words.replace(AREA_NOISE, ' ').replace(/\s+/g, ' ').trim();
    const area = options.find((o) => headerWords(o.label) === bare);
    if (area) return area.code;
  }
  const containing = options.filter((o) => new RegExp(`\\b${headerWords(o.label)}\\b`).test(words));
  return containing.length === 1 ? containing[0].code : null;
}
