import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../src/common/auth/roles.decorator.js';
import { EFFECTIVE_CADENCE_SQL, type DialogueDates } from '../../src/dialogue/dialogue-dates.js';
import { normaliseName } from '../../src/partners/partner-identity.js';
import { bulkLoad } from './bulk-load.js';
import * as words from './seed-vocabulary.js';

export interface UserSeed {
  count: number;
  /** Emails are `<prefix>-<n>@bench.test`, n from 1 to count; use a prefix per benchmark. */
  emailPrefix: string;
  role: Role;
  /** Stored as is for every user: hash one password once (argon2 is deliberately slow). */
  passwordHash: string;
}

export interface SeededUsers {
  count: number;
  /** The email of the n-th user, 1-based. */
  emailAt: (n: number) => string;
  /** Every seeded user's id, in no particular order. */
  ids: string[];
}

/** Bulk-inserts `count` active staff users in one statement (generate_series), in well under a second for 10k rows. */
export async function seedUsers(dataSource: DataSource, seed: UserSeed): Promise<SeededUsers> {
  if (!/^[a-z0-9-]+$/.test(seed.emailPrefix)) throw new Error(`email prefix must be [a-z0-9-]+: ${seed.emailPrefix}`);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, role)
     SELECT $1 || '-' || n || '@bench.test', 'Bench ' || $1 || ' ' || n, $2, $3::user_role
     FROM generate_series(1, $4::int) AS n
     RETURNING id`,
    [seed.emailPrefix, seed.passwordHash, seed.role, seed.count],
  );
  return { count: seed.count, emailAt: (n) => `${seed.emailPrefix}-${n}@bench.test`, ids: rows.map((row) => row.id) };
}

export interface PartnerSeed {
  count: number;
  /** Officers who own partners (15 % of partners have no owner); seeded here, and they cannot sign in. */
  owners?: number;
  /** Their emails' prefix (default `partner-owner`); give another when seeding more partners in the same run. */
  ownerEmailPrefix?: string;
}

export interface SeededPartners {
  count: number;
  ownerIds: string[];
}

export interface ContactSeed {
  count: number;
}

/** Same draws on every run, so runs compare like with like. */
const RANDOM_SEED = 0.4242;
const OWNERLESS_SHARE = 0.15;
/** Share of partners in each list; `strategy-partners` is the formal list, `pact-partners` the pledge signatories. */
const LIST_SHARES: Readonly<Record<string, number>> = { 'strategy-partners': 0.3, 'pact-partners': 0.12 };
/** Share of partners whose first contact is their primary one. */
const PRIMARY_CONTACT_SHARE = 0.8;
/** Owners stored with this "hash" can never sign in: it is not an argon2 hash. */
export const NO_LOGIN = '!bench-owner-cannot-sign-in';

/** One element of the array `param`, chosen at random for each row. */
const pick = (array: string): string => `(${array})[1 + floor(random() * cardinality(${array}))::int]`;

/** normaliseName() of src/partners/partner-identity.ts in SQL, for names made of ASCII words; checked after seeding. */
const normalisedName = (column: string): string =>
  `btrim(regexp_replace(regexp_replace(regexp_replace(replace(lower(${column}), '&', ' and '), '[^a-z0-9]+', ' ', 'g'),
     '\\m(limited|ltd|plc|llp|cic|cio|inc|the|and|co|company|uk)\\M', ' ', 'g'), '\\s+', ' ', 'g'))`;

/**
 * Bulk-inserts `count` partners with set-based SQL: names from word lists, kinds, areas, statuses and owners
 * spread by weight, 0–3 priority areas, 0–2 themes, 0–3 tags, list memberships, about 5 % archived.
 * Then VACUUM ANALYZE, so plans and visibility look like a settled production table.
 */
export async function seedPartners(dataSource: DataSource, seed: PartnerSeed): Promise<SeededPartners> {
  const emailPrefix = seed.ownerEmailPrefix ?? 'partner-owner';
  const owners = await seedUsers(dataSource, { count: seed.owners ?? 12, emailPrefix, role: 'officer', passwordHash: NO_LOGIN });
  const tables = ['partners', 'partner_priority_areas', 'partner_themes', 'partner_list_memberships'];
  await bulkLoad(dataSource, tables, async (manager) => {
    await manager.query('CREATE TEMP TABLE seeded_partners (id uuid PRIMARY KEY) ON COMMIT DROP');
    await insertPartners(manager, seed.count, owners.ids);
    await linkReferences(manager, 'partner_priority_areas', 'priority-area', words.PRIORITY_AREA_WEIGHTS, 3);
    await linkReferences(manager, 'partner_themes', 'theme', words.THEME_WEIGHTS, 2);
    for (const [code, share] of Object.entries(LIST_SHARES)) await addToList(manager, code, share);
  }, RANDOM_SEED);
  await dataSource.query('VACUUM ANALYZE users');
  await assertNormalisedNamesMatch(dataSource);
  return { count: seed.count, ownerIds: owners.ids };
}

let shared: { count: number; seeded: Promise<SeededPartners> } | undefined;

/**
 * The partners every read benchmark shares: seeded once per bench run (owners included), so running several
 * benchmarks measures them over the same 100,000 rows, not over their sum.
 */
export function sharedPartners(dataSource: DataSource, count: number): Promise<SeededPartners> {
  if (shared && shared.count !== count) throw new Error(`shared partners were seeded as ${shared.count}, not ${count}`);
  shared ??= { count, seeded: seedPartners(dataSource, { count }) };
  return shared.seeded;
}

export interface MeetingSeed {
  count: number;
  /** Share of meetings that are scheduled (in the next 60 days) rather than held (in the last 3 years). */
  scheduledShare?: number;
  /** Share of meetings with a second partner. */
  jointShare?: number;
}

/**
 * Bulk-inserts `count` meeting logs over the existing partners (one each, some with a second), spread over
 * the last three years with a few scheduled ahead. The derived dialogue dates are left to the caller (see
 * ensureMeetings). Rows go in in primary-key order: a million random keys inserted as drawn take twice as long.
 */
export async function seedMeetings(dataSource: DataSource, seed: MeetingSeed): Promise<void> {
  await bulkLoad(dataSource, ['meeting_logs', 'meeting_partners'], async (manager) => {
    const [{ partners }]: { partners: number }[] = await manager.query('SELECT count(*)::int AS partners FROM partners');
    if (partners === 0) throw new Error('seed partners before meetings');
    await manager.query(
      `WITH targets AS (SELECT array_agg(id ORDER BY id) AS ids FROM partners),
       inserted AS (
         INSERT INTO meeting_logs (id, occurred_at, kind, title, notes, version, created_at, updated_at)
         SELECT gen_random_uuid(),
                CASE WHEN random() < $2 THEN now() + random() * interval '60 days' ELSE now() - random() * interval '3 years' END,
                ${pick("ARRAY['meeting','call','visit','event','email-exchange']")}::meeting_kind,
                'Bench meeting ' || n, CASE WHEN random() < 0.5 THEN 'Notes of bench meeting ' || n END, 1, now(), now()
           FROM generate_series(1, $1::int) AS n
          ORDER BY 1
         RETURNING id
       )
       INSERT INTO meeting_partners (meeting_id, partner_id)
       SELECT i.id, p.partner_id
         FROM inserted i CROSS JOIN targets t
        -- Correlated with i (i.id IS NOT NULL), so it is drawn anew per meeting instead of once and materialised.
        CROSS JOIN LATERAL (SELECT ${pick('t.ids')} AS partner_id WHERE i.id IS NOT NULL
                            UNION SELECT ${pick('t.ids')} WHERE i.id IS NOT NULL AND random() < $3) p`,
      [seed.count, seed.scheduledShare ?? 0.02, seed.jointShare ?? 0.1],
    );
  }, RANDOM_SEED);
}

/** Partners whose dialogue dates the product's own code recomputes after seeding, to check the SQL below. */
const DIALOGUE_DATES_CHECKED = 500;
const DIALOGUE_DATE_COLUMNS = 'id, last_dialogue_at, next_dialogue_at, dialogue_due_at';

/**
 * Tops the meeting logs up to `count` (benchmarks of one run share the database, and an earlier one may have
 * seeded them), then gives every partner the dialogue dates the product derives from them. Returns the seconds
 * spent (0 when there were enough already).
 */
export async function ensureMeetings(dataSource: DataSource, count: number, dates: DialogueDates, defaultCadenceDays: number): Promise<number> {
  const [{ existing }]: { existing: number }[] = await dataSource.query('SELECT count(*)::int AS existing FROM meeting_logs');
  if (existing >= count) return 0;
  const started = performance.now();
  await seedMeetings(dataSource, { count: count - existing });
  await bulkLoad(dataSource, ['partners'], (manager) => deriveDialogueDates(manager, defaultCadenceDays));
  await assertDialogueDatesMatch(dataSource, dates);
  return Math.round((performance.now() - started) / 100) / 10;
}

/**
 * DialogueDates.refresh for every partner at once, set-based: the last meeting held, the next one scheduled, and
 * the due date (last meeting, else creation, plus the effective cadence). The product looks meetings up partner by
 * partner, which over a million meetings takes a minute; assertDialogueDatesMatch holds this copy to it.
 */
async function deriveDialogueDates(manager: EntityManager, defaultCadenceDays: number): Promise<void> {
  await manager.query(
    `WITH dialogue AS (
       SELECT mp.partner_id, max(m.occurred_at) FILTER (WHERE m.occurred_at <= now()) AS last_at,
              min(m.occurred_at) FILTER (WHERE m.occurred_at > now()) AS next_at
         FROM meeting_partners mp JOIN meeting_logs m ON m.id = mp.meeting_id
        GROUP BY mp.partner_id)
     UPDATE partners p
        SET last_dialogue_at = d.last_at, next_dialogue_at = d.next_at,
            dialogue_due_at = coalesce(d.last_at, p.created_at) + make_interval(days => ${EFFECTIVE_CADENCE_SQL})
       FROM partners q LEFT JOIN dialogue d ON d.partner_id = q.id
      -- $1 is unused: EFFECTIVE_CADENCE_SQL reads the default cadence from $2.
      WHERE q.id = p.id AND $1::int IS NOT NULL`,
    [0, defaultCadenceDays],
  );
}

/** Recomputes a sample of partners' dialogue dates with the product's DialogueDates: none may move. */
async function assertDialogueDatesMatch(dataSource: DataSource, dates: DialogueDates): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const derived: Record<string, unknown>[] = await manager.query(
      `SELECT ${DIALOGUE_DATE_COLUMNS} FROM partners TABLESAMPLE SYSTEM (2) ORDER BY id LIMIT $1`,
      [DIALOGUE_DATES_CHECKED],
    );
    const ids = derived.map((row) => String(row.id));
    await dates.refresh(manager, ids);
    const refreshed: Record<string, unknown>[] = await manager.query(`SELECT ${DIALOGUE_DATE_COLUMNS} FROM partners WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
    const drifted = derived.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(refreshed[i]));
    if (drifted >= 0) throw new Error(`seeded dialogue dates ${JSON.stringify(derived[drifted])} ≠ DialogueDates.refresh's ${JSON.stringify(refreshed[drifted])}`);
  });
}

/**
 * Tops the partners table up to `count` (benchmarks of one run share the database, and an earlier one may
 * have seeded some); `label` names this benchmark's owners. Returns the seconds spent seeding.
 */
export async function ensurePartners(dataSource: DataSource, count: number, label: string): Promise<number> {
  const [{ existing }]: { existing: number }[] = await dataSource.query('SELECT count(*)::int AS existing FROM partners');
  if (existing >= count) return 0;
  const started = Date.now();
  await seedPartners(dataSource, { count: count - existing, ownerEmailPrefix: `${label}-partner-owner` });
  return Math.round((Date.now() - started) / 100) / 10;
}

async function insertPartners(manager: EntityManager, count: number, ownerIds: string[]): Promise<void> {
  const ownerless = Math.round((ownerIds.length * OWNERLESS_SHARE) / (1 - OWNERLESS_SHARE));
  const params = [
    count,
    await weightedIds(manager, 'organisation-kind', words.KIND_WEIGHTS),
    await weightedIds(manager, 'area', words.AREA_WEIGHTS),
    expand(words.STATUS_WEIGHTS),
    [...ownerIds, ...Array<null>(Math.max(ownerless, 1)).fill(null)],
    words.PLACES, words.QUALITIES, words.FOCUSES, words.ORGANISATION_TYPES, words.LEGAL_SUFFIXES, words.TAGS, words.DESCRIPTIONS,
  ];
  await manager.query(
    `WITH drafted AS (
       SELECT n, concat_ws(' ', CASE WHEN random() < 0.06 THEN 'The' END, ${pick('$6::text[]')},
                CASE WHEN random() < 0.45 THEN ${pick('$7::text[]')} END, ${pick('$8::text[]')}, ${pick('$9::text[]')},
                NULLIF(${pick('$10::text[]')}, '')) AS name,
              ${pick('$2::uuid[]')} AS kind_id, ${pick('$3::uuid[]')} AS area_id,
              ${pick('$4::text[]')}::partner_status AS status, ${pick('$5::uuid[]')} AS owner_id,
              floor(random() * 4)::int AS tag_draws, random() AS age, random() AS since_update, random() AS r1, random() AS r2
         FROM generate_series(1, $1::int) AS n
     ), inserted AS (
       INSERT INTO partners (name, normalized_name, kind_id, area_id, status, owner_id, tags, website, website_domain,
                             postcode, description, company_number, charity_number, version, created_at, updated_at, archived_at)
       SELECT d.name, ${normalisedName('d.name')}, d.kind_id, d.area_id, d.status, d.owner_id,
              ARRAY(SELECT DISTINCT ${pick('$11::text[]')} FROM generate_series(1, d.tag_draws)),
              CASE WHEN d.r1 < 0.6 THEN 'https://www.' || regexp_replace(lower(d.name), '[^a-z0-9]+', '', 'g') || '.org.uk' END,
              CASE WHEN d.r1 < 0.6 THEN regexp_replace(lower(d.name), '[^a-z0-9]+', '', 'g') || '.org.uk' END,
              'L' || (1 + d.n % 40) || ' ' || (d.n % 10) || chr(65 + d.n % 26) || chr(65 + (d.n / 26) % 26),
              CASE WHEN d.r2 < 0.7 THEN ${pick('$12::text[]')} END,
              CASE WHEN d.r2 < 0.3 THEN lpad(d.n::text, 8, '0') END,
              CASE WHEN d.r2 >= 0.6 THEN (1000000 + d.n)::text END,
              1 + floor(d.r1 * 6)::int,
              now() - d.age * interval '6 years',
              now() - d.age * d.since_update * interval '6 years',
              CASE WHEN d.r1 >= 0.95 THEN now() - d.age * d.since_update * interval '6 years' END
         FROM drafted d
       RETURNING id
     )
     INSERT INTO seeded_partners (id) SELECT id FROM inserted`,
    params,
  );
}

/** 0 to `maxDraws` weighted draws of `category` entries per seeded partner; a repeated draw collapses into one row. */
async function linkReferences(manager: EntityManager, table: string, category: string, weights: words.Weights, maxDraws: number): Promise<void> {
  await manager.query(
    `INSERT INTO ${table} (partner_id, reference_id)
     SELECT s.id, ${pick('$1::uuid[]')}
       FROM (SELECT id, floor(random() * ($2::int + 1))::int AS draws FROM seeded_partners) s
      CROSS JOIN LATERAL generate_series(1, s.draws)
     ON CONFLICT DO NOTHING`,
    [await weightedIds(manager, category, weights), maxDraws],
  );
}

async function addToList(manager: EntityManager, code: string, share: number): Promise<void> {
  const [list]: { id: string }[] = await manager.query('SELECT id FROM partner_lists WHERE code = $1', [code]);
  if (!list) throw new Error(`partner list "${code}" is missing: the seed expects the migrated partner lists`);
  await manager.query(
    'INSERT INTO partner_list_memberships (partner_id, list_id) SELECT id, $1 FROM seeded_partners WHERE random() < $2',
    [list.id, share],
  );
}

/**
 * Bulk-inserts `count` contacts (and each one's current affiliation) spread over the existing partners:
 * 80 % of partners get a primary contact, the rest are drawn at random; about 3 % are archived.
 */
export async function seedContacts(dataSource: DataSource, seed: ContactSeed): Promise<void> {
  await bulkLoad(dataSource, ['contacts', 'contact_affiliations'], async (manager) => {
    const [{ partners }]: { partners: number }[] = await manager.query('SELECT count(*)::int AS partners FROM partners');
    if (partners === 0) throw new Error('seed partners before contacts');
    const primaries = Math.min(seed.count, Math.floor(partners * PRIMARY_CONTACT_SHARE));
    await insertContacts(manager, seed.count, primaries);
  }, RANDOM_SEED);
}

async function insertContacts(manager: EntityManager, count: number, primaries: number): Promise<void> {
  await manager.query(
    `WITH targets AS (SELECT array_agg(id ORDER BY id) AS ids FROM partners),
     drafted AS (
       SELECT n, ${pick('$3::text[]')} AS first_name, ${pick('$4::text[]')} AS last_name,
              CASE WHEN n <= $2 THEN t.ids[n] ELSE ${pick('t.ids')} END AS partner_id,
              n <= $2 AS first_contact, random() AS age, random() AS r1
         FROM generate_series(1, $1::int) AS n CROSS JOIN targets t
     ), inserted AS (
       INSERT INTO contacts (partner_id, full_name, job_title, email, phone, is_primary, lawful_basis,
                             communication_preferences, archived_at, version, created_at, updated_at)
       SELECT d.partner_id, d.first_name || ' ' || d.last_name,
              CASE WHEN d.r1 < 0.8 THEN ${pick('$5::text[]')} END,
              lower(regexp_replace(d.first_name || '.' || d.last_name, '[^A-Za-z.]', '', 'g')) || '.' || d.n || '@bench.test',
              CASE WHEN d.r1 < 0.7 THEN '0151 ' || lpad(((d.n::bigint * 7919) % 10000000)::text, 7, '0') END,
              d.first_contact AND d.partner_id NOT IN (
                SELECT partner_id FROM contacts WHERE is_primary AND archived_at IS NULL AND partner_id IS NOT NULL),
              ${pick('$6::text[]')}::lawful_basis,
              jsonb_build_object('email', true, 'phone', random() < 0.8, 'post', random() < 0.2,
                                 'newsletter', random() < 0.4, 'events', random() < 0.3),
              CASE WHEN NOT d.first_contact AND d.r1 >= 0.97 THEN now() - d.age * interval '1 year' END,
              1, now() - d.age * interval '5 years', now() - d.age * d.r1 * interval '5 years'
         FROM drafted d
       RETURNING id, partner_id, job_title, created_at
     )
     INSERT INTO contact_affiliations (contact_id, partner_id, job_title, started_at)
     SELECT id, partner_id, job_title, created_at FROM inserted`,
    [count, primaries, words.FIRST_NAMES, words.LAST_NAMES, words.JOB_TITLES, expand(words.LAWFUL_BASIS_WEIGHTS)],
  );
}

/** The ids of a category's entries, each repeated by its weight: picking one element uniformly is a weighted draw. */
async function weightedIds(manager: EntityManager, category: string, weights: words.Weights): Promise<string[]> {
  const rows: { code: string; id: string }[] = await manager.query(
    'SELECT code, id FROM reference_entries WHERE category = $1 AND code = ANY($2::text[])',
    [category, Object.keys(weights)],
  );
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  const missing = Object.keys(weights).filter((code) => !ids.has(code));
  if (missing.length > 0) throw new Error(`reference data "${category}" lacks ${missing.join(', ')}: update seed-vocabulary.ts`);
  return Object.entries(weights).flatMap(([code, weight]) => Array<string>(weight).fill(ids.get(code) ?? ''));
}

function expand(weights: words.Weights): string[] {
  return Object.entries(weights).flatMap(([value, weight]) => Array<string>(weight).fill(value));
}

/** Sorting by name means the product's normalisation: fail loudly if the SQL copy above drifts from it. */
async function assertNormalisedNamesMatch(dataSource: DataSource): Promise<void> {
  const sample: { name: string; normalized_name: string }[] = await dataSource.query(
    'SELECT name, normalized_name FROM partners TABLESAMPLE SYSTEM (5) LIMIT 500',
  );
  const drifted = sample.find((row) => normaliseName(row.name) !== row.normalized_name);
  if (drifted) throw new Error(`seeded normalized_name "${drifted.normalized_name}" ≠ normaliseName("${drifted.name}")`);
}
