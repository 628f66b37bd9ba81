import type { EntityManager } from 'typeorm';
import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import { toPartnerCsvInput, type PartnerCsvCells, type PartnerCsvInput } from '../../partners/partner-csv-columns.js';
import type { Partner } from '../../partners/partner.entity.js';
import type { DuplicateCandidate } from '../../partners/partners.errors.js';
import type { ImportRowOutcome, ImportRowProblem } from '../partner-import-row.entity.js';
import { findCandidatesForRows } from './duplicate-candidates.js';
import { ImportCatalog } from './import-catalog.js';
import { rowNameKey } from './in-file-index.js';
import { loadPartnerStates } from './partner-states.js';
import { applyRow, changesBetween, validateRowBody } from './row-rules.js';

export interface PlannableRow {
  rowNumber: number;
  cells: PartnerCsvCells;
  /** Earlier rows of the same file that look like this one. */
  duplicateRows: number[];
  /** An earlier row of the file with the same external_ref (this row is then refused). */
  sameRefRow: number | null;
}

export interface RowPlan {
  rowNumber: number;
  outcome: Exclude<ImportRowOutcome, 'pending'>;
  errors: ImportRowProblem[];
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
}

/**
 * Classifies a chunk of rows: error, update (same external_ref), unchanged (same external_ref, or
 * no external_ref but identical to a partner it matches), duplicate (looks like a live partner or
 * an earlier row) or create. A handful of statements per chunk, whatever its size.
 */
export async function planRows(manager: EntityManager, rows: PlannableRow[], options: PlanOptions): Promise<RowPlan[]> {
  const inputs = new Map(rows.map((row) => [row.rowNumber, toPartnerCsvInput(row.cells)]));
  const refs = [...new Set(rows.flatMap((row) => refOf(inputs.get(row.rowNumber)) ?? []))];
  const plans = new Map<number, RowPlan>();
  const newRows: NewRow[] = [];
  if (options.lock) await lockNames(manager, rows);
  const catalog = await ImportCatalog.load(manager);
  const existing = new Map(
    (await loadPartnerStates(manager, catalog, { externalRefs: refs }, options.lock)).map((p) => [p.externalRef ?? '', p]),
  );
  for (const row of rows) {
    const input = inputs.get(row.rowNumber) as PartnerCsvInput;
    const ref = refOf(input);
    const planned = planKnownRow(row, input, ref ? existing.get(ref) : undefined, catalog, options);
    if ('outcome' in planned) plans.set(row.rowNumber, planned);
    else newRows.push({ row, input, partner: planned.partner });
  }
  for (const plan of await planNewRows(manager, catalog, newRows, options.now)) plans.set(plan.rowNumber, plan);
  return rows.map((row) => plans.get(row.rowNumber) as RowPlan);
}

const refOf = (input: PartnerCsvInput | undefined): string | null =>
  typeof input?.body.externalRef === 'string' && input.body.externalRef !== '' ? input.body.externalRef : null;

/** Everything but the duplicate check: an error, an update or unchanged, or a new partner to check. */
function planKnownRow(
  row: PlannableRow,
  input: PartnerCsvInput,
  base: Partner | undefined,
  catalog: ImportCatalog,
  options: PlanOptions,
): RowPlan | { partner: Partner } {
  const refused = (errors: ImportRowProblem[]): RowPlan => ({ ...emptyPlan(row.rowNumber), outcome: 'error', errors });
  if (row.sameRefRow !== null) {
    return refused([{ column: 'external_ref', messages: [`external_ref is also on row ${row.sameRefRow} of this file`] }]);
  }
  const invalid = options.validate ? validateRowBody(input, base !== undefined) : [];
  if (invalid.length > 0) return refused(invalid);
  if (base?.archivedAt) {
    return refused([{ column: 'external_ref', messages: ['the partner with this external_ref is archived; restore it first'] }]);
  }
  const applied = applyRow(base ?? null, input, catalog, options.now);
  if (applied.errors) return refused(applied.errors);
  if (!base) return { partner: applied.partner };
  const changes = changesBetween(base, applied.partner);
  const outcome = Object.keys(changes).length > 0 ? 'update' : 'unchanged';
  return { ...emptyPlan(row.rowNumber), outcome, partner: applied.partner, before: base, changes };
}

async function planNewRows(manager: EntityManager, catalog: ImportCatalog, rows: NewRow[], now: Date): Promise<RowPlan[]> {
  const candidates = await findCandidatesForRows(
    manager,
    rows.map(({ row, partner }) => ({ rowNumber: row.rowNumber, identity: partner })),
  );
  const candidateIds = [...new Set([...candidates.values()].flat().map((c) => c.id))];
  const lookAlikes = new Map((await loadPartnerStates(manager, catalog, { ids: candidateIds })).map((p) => [p.id, p]));
  return rows.map(({ row, input, partner }) => {
    const found = candidates.get(row.rowNumber) ?? [];
    const base = { ...emptyPlan(row.rowNumber), candidates: found, duplicateRows: row.duplicateRows };
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
  return { rowNumber, errors: [], partner: null, before: null, changes: null, candidates: [], duplicateRows: [] };
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
