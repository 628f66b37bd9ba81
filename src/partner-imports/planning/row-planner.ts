import type { EntityManager } from 'typeorm';
import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import { columnOfField, toPartnerCsvInput, type PartnerCsvCells, type PartnerCsvInput } from '../../partners/partner-csv-columns.js';
import { distinctNames } from '../../partners/partner-writer.js';
import type { Partner } from '../../partners/partner.entity.js';
import type { DuplicateCandidate } from '../../partners/partners.errors.js';
import type { ImportRowOutcome, ImportRowProblem } from '../partner-import-row.entity.js';
import { findCandidatesForRows } from './duplicate-candidates.js';
import { ImportCatalog } from './import-catalog.js';
import { rowNameKey, type MergedRow } from './in-file-index.js';
import { loadPartnerStates } from './partner-states.js';
import { applyRow, changesBetween, validateRowBody } from './row-rules.js';

export interface PlannableRow {
  rowNumber: number;
  cells: PartnerCsvCells;
  /** Earlier rows of the same file that look like this one. */
  duplicateRows: number[];
  /** An earlier row of the file with the same external_ref (this row is merged into it). */
  sameRefRow: number | null;
  /** Later rows with this row's external_ref: their names become alternative names, their tags are added. */
  mergedRows: MergedRow[];
  /** Commit only: a duplicate row the user chose to apply to a matched partner (all its fields, or only the empty ones). */
  target?: { partnerId: string; fill: boolean };
}

export interface RowPlan {
  rowNumber: number;
  outcome: Exclude<ImportRowOutcome, 'pending'>;
  errors: ImportRowProblem[];
  warnings: ImportRowProblem[];
  /** The partner as the row leaves it (create, duplicate, update), or as it is (unchanged). */
  partner: Partner | null;
  /** For update and unchanged: the partner before. */
  before: Partner | null;
  /** For update: what changes (a new record's audit entry is built when it is written). */
  changes: FieldChanges | null;
  candidates: DuplicateCandidate[];
  duplicateRows: number[];
}

export interface PlanOptions {
  /** Run class-validator (the dry run). A commit plans rows the dry run already validated: cells never change. */
  validate: boolean;
  /**
   * Commit: lock the partners rows update, and serialise with other writers creating the same
   * names (the advisory lock POST /partners takes), so the duplicate check holds until commit.
   */
  lock: boolean;
  now: Date;
}

/** Rows that would make a new partner, waiting for the duplicate check. */
interface NewRow {
  row: PlannableRow;
  input: PartnerCsvInput;
  partner: Partner;
  warnings: ImportRowProblem[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Classifies a chunk of rows: error, merged (a repeated external_ref), update (the partner named by
 * its id, else by its external_ref), unchanged (likewise, or no reference but identical to a partner
 * it matches), duplicate (looks like a live partner or an earlier row) or create. A handful of
 * statements per chunk, whatever its size.
 */
export async function planRows(manager: EntityManager, rows: PlannableRow[], options: PlanOptions): Promise<RowPlan[]> {
  const inputs = new Map(rows.map((row) => [row.rowNumber, withWebsiteScheme(toPartnerCsvInput(row.cells))]));
  const ids = [...new Set(rows.flatMap((row) => targetIdOf(row, inputs.get(row.rowNumber)) ?? []))];
  const refs = [...new Set(rows.flatMap((row) => (inputs.get(row.rowNumber)?.partnerId ? [] : (refOf(inputs.get(row.rowNumber)) ?? []))))];
  const plans = new Map<number, RowPlan>();
  const newRows: NewRow[] = [];
  if (options.lock) await lockNames(manager, rows);
  const catalog = await ImportCatalog.load(manager);
  const byId = new Map((await loadPartnerStates(manager, catalog, { ids }, options.lock)).map((p) => [p.id, p]));
  const byRef = new Map((await loadPartnerStates(manager, catalog, { externalRefs: refs }, options.lock)).map((p) => [p.externalRef ?? '', p]));
  for (const row of rows) {
    const input = inputs.get(row.rowNumber) as PartnerCsvInput;
    const planned = planKnownRow(row, input, baseOf(row, input, byId, byRef), catalog, options);
    if ('outcome' in planned) plans.set(row.rowNumber, planned);
    else newRows.push({ row, input, partner: planned.partner, warnings: planned.warnings });
  }
  for (const plan of await planNewRows(manager, catalog, newRows, options.now)) plans.set(plan.rowNumber, plan);
  return rows.map((row) => plans.get(row.rowNumber) as RowPlan);
}

const refOf = (input: PartnerCsvInput | undefined): string | null =>
  typeof input?.body.externalRef === 'string' && input.body.externalRef !== '' ? input.body.externalRef : null;

const targetIdOf = (row: PlannableRow, input: PartnerCsvInput | undefined): string | null => {
  const id = row.target?.partnerId ?? input?.partnerId ?? null;
  return id !== null && UUID.test(id) ? id : null;
};

/** The partner a row is about: the one its id names (a missing one: 'missing'), a chosen match, or its external_ref's. */
function baseOf(row: PlannableRow, input: PartnerCsvInput, byId: Map<string, Partner>, byRef: Map<string, Partner>): Partner | 'missing' | undefined {
  if (row.target || input.partnerId) {
    const id = targetIdOf(row, input);
    return (id !== null ? byId.get(id) : undefined) ?? 'missing';
  }
  const ref = refOf(input);
  return ref ? byRef.get(ref) : undefined;
}

/** Everything but the duplicate check: an error, a merge, an update or unchanged, or a new partner to check. */
function planKnownRow(
  row: PlannableRow,
  given: PartnerCsvInput,
  found: Partner | 'missing' | undefined,
  catalog: ImportCatalog,
  options: PlanOptions,
): RowPlan | { partner: Partner; warnings: ImportRowProblem[] } {
  if (row.sameRefRow !== null) {
    const warning = { column: 'external_ref', messages: [`external_ref is also on row ${row.sameRefRow}: this row is merged into it`] };
    return { ...emptyPlan(row.rowNumber), outcome: 'merged', warnings: [warning], duplicateRows: [row.sameRefRow] };
  }
  const base = found === 'missing' ? undefined : found;
  const input = withMergedRows(row.target?.fill && base ? fillOnly(given, base) : given, row.mergedRows, base);
  const warnings = mergeWarnings(row.mergedRows);
  const errors: ImportRowProblem[] = [];
  if (found === 'missing') errors.push({ column: row.target ? null : 'id', messages: [row.target ? 'the matched partner no longer exists' : 'id: no partner has this id'] });
  if (base?.archivedAt) {
    const [column, named] = given.partnerId ? ['id', 'this id'] : row.target ? [null, 'this match'] : ['external_ref', 'this external_ref'];
    errors.push({ column, messages: [`the partner with ${named} is archived; restore it first`] });
  }
  const invalid = options.validate ? withoutCodeFormat(validateRowBody(input, base !== undefined || found === 'missing')) : [];
  errors.push(...invalid);
  const applied = applyRow(base ?? null, withoutInvalid(input, invalid), catalog, options.now);
  // "kind and area are required" (no column) only repeats what validation said about them.
  if (applied.errors) errors.push(...applied.errors.filter((e) => e.column !== null || invalid.length === 0));
  if (errors.length > 0) return { ...emptyPlan(row.rowNumber), outcome: 'error', errors: mergeByColumn(errors), warnings };
  const partner = applied.partner as Partner;
  if (!base) return { partner, warnings };
  const changes = changesBetween(base, partner);
  const outcome = Object.keys(changes).length > 0 ? 'update' : 'unchanged';
  return { ...emptyPlan(row.rowNumber), outcome, partner, before: base, changes, warnings };
}

const CODED_COLUMNS: ReadonlySet<string | null> = new Set(['kind', 'area', 'priority_areas', 'themes', 'lists']);

/** A code's format is not the user's problem: a value that is no code is reported as an unknown code (applyRow), naming it. */
function withoutCodeFormat(problems: ImportRowProblem[]): ImportRowProblem[] {
  return problems.flatMap((p) => {
    if (!CODED_COLUMNS.has(p.column)) return [p];
    const messages = p.messages.filter((m) => !/must match .* regular expression/.test(m));
    return messages.length > 0 ? [{ ...p, messages }] : [];
  });
}

/** The fields of a row that failed validation left out, so the rest can still be checked (codes, owner). */
function withoutInvalid(input: PartnerCsvInput, invalid: ImportRowProblem[]): PartnerCsvInput {
  if (invalid.length === 0) return input;
  const columns = new Set(invalid.map((p) => p.column));
  const body = Object.fromEntries(Object.entries(input.body).filter(([field]) => !columns.has(columnOfField(field))));
  return { ...input, body, ownerEmail: columns.has('owner_email') ? undefined : input.ownerEmail };
}

/** One problem per column, its messages together. */
function mergeByColumn(problems: ImportRowProblem[]): ImportRowProblem[] {
  const byColumn = new Map<string | null, string[]>();
  for (const { column, messages } of problems) byColumn.set(column, [...(byColumn.get(column) ?? []), ...messages]);
  return [...byColumn.entries()].map(([column, messages]) => ({ column, messages: [...new Set(messages)] }));
}

/** Only what the matched partner lacks: a field it has a value for is left as it is. */
function fillOnly(input: PartnerCsvInput, base: Partner): PartnerCsvInput {
  const current = base as unknown as Record<string, unknown>;
  const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const body = Object.fromEntries(Object.entries(input.body).filter(([field]) => field !== 'status' && isEmpty(current[field])));
  return { ...input, body, ownerEmail: base.ownerId === null ? input.ownerEmail : undefined };
}

/** Registers write `www.example.org.uk`: the API wants a scheme, so such an address is read as https. */
function withWebsiteScheme(input: PartnerCsvInput): PartnerCsvInput {
  const website = input.body.website;
  if (typeof website !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(website) || !/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(website)) return input;
  return { ...input, body: { ...input.body, website: `https://${website}` } };
}

/** A row with later rows of its external_ref: their names are alternative names, their tags added. */
function withMergedRows(input: PartnerCsvInput, merged: MergedRow[], base: Partner | undefined): PartnerCsvInput {
  if (merged.length === 0) return input;
  const own = typeof input.body.name === 'string' ? input.body.name.trim().toLowerCase() : (base?.name.toLowerCase() ?? '');
  const heldNames = (input.body.alternativeNames as string[] | undefined) ?? base?.alternativeNames ?? [];
  const names = distinctNames([...heldNames, ...merged.flatMap((m) => (m.name && m.name.toLowerCase() !== own ? [m.name] : []))]);
  const heldTags = (input.body.tags as string[] | undefined) ?? base?.tags ?? [];
  const tags = [...new Set([...heldTags, ...merged.flatMap((m) => m.tags)])];
  return { ...input, body: { ...input.body, alternativeNames: names, tags } };
}

function mergeWarnings(merged: MergedRow[]): ImportRowProblem[] {
  if (merged.length === 0) return [];
  const rows = merged.map((m) => m.rowNumber).join(', ');
  const which = merged.length === 1 ? `row ${rows} has` : `rows ${rows} have`;
  return [{ column: 'external_ref', messages: [`${which} the same external_ref: its names are kept as alternative names and its tags added`] }];
}

async function planNewRows(manager: EntityManager, catalog: ImportCatalog, rows: NewRow[], now: Date): Promise<RowPlan[]> {
  const candidates = await findCandidatesForRows(
    manager,
    rows.map(({ row, partner }) => ({ rowNumber: row.rowNumber, identity: partner })),
  );
  const candidateIds = [...new Set([...candidates.values()].flat().map((c) => c.id))];
  const lookAlikes = new Map((await loadPartnerStates(manager, catalog, { ids: candidateIds })).map((p) => [p.id, p]));
  return rows.map(({ row, input, partner, warnings }) => {
    const found = candidates.get(row.rowNumber) ?? [];
    const base = { ...emptyPlan(row.rowNumber), candidates: found, duplicateRows: row.duplicateRows, warnings };
    // Same organisation, nothing to change: re-importing a file without external_ref is a no-op.
    const same = found.map((c) => lookAlikes.get(c.id)).find((p) => p !== undefined && isIdentical(p, input, catalog, now));
    if (same) return { ...base, outcome: 'unchanged', partner: same, before: same, changes: {} };
    const outcome = found.length > 0 || row.duplicateRows.length > 0 ? 'duplicate' : 'create';
    return { ...base, outcome, partner };
  });
}

function isIdentical(candidate: Partner, input: PartnerCsvInput, catalog: ImportCatalog, now: Date): boolean {
  const applied = applyRow(candidate, input, catalog, now);
  return applied.partner !== undefined && Object.keys(changesBetween(candidate, applied.partner)).length === 0;
}

function emptyPlan(rowNumber: number): Omit<RowPlan, 'outcome'> {
  return { rowNumber, errors: [], warnings: [], partner: null, before: null, changes: null, candidates: [], duplicateRows: [] };
}

/**
 * The advisory lock POST /partners takes per normalised name, for every name the chunk may create,
 * in one order (hash order) so two imports never deadlock.
 */
async function lockNames(manager: EntityManager, rows: PlannableRow[]): Promise<void> {
  const names = rows.flatMap((row) => rowNameKey(row.cells) ?? []);
  if (names.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext('partner:' || n) AS k FROM unnest($1::text[]) AS n ORDER BY k) AS keys`,
    [names],
  );
}
