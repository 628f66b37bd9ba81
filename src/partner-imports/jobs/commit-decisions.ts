import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import type { Partner } from '../../partners/partner.entity.js';
import type { DuplicatePolicy } from '../partner-import.entity.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import type { StoredRow } from '../partner-import-rows.repository.js';
import type { RowPlan } from '../planning/row-planner.js';
import type { RowDecision } from './row-decisions.js';

export type CommitDecision =
  | { rowNumber: number; result: 'created'; partner: Partner; despiteDuplicates: boolean }
  | { rowNumber: number; result: 'updated'; partner: Partner; before: Partner; changes: FieldChanges; matched: boolean }
  | { rowNumber: number; result: 'unchanged'; partnerId: string }
  | { rowNumber: number; result: 'merged' }
  | { rowNumber: number; result: 'skipped'; errors: ImportRowProblem[] | null };

/** What a row's decision (or, without one, the import's policy) asks of a duplicate row. */
export function duplicateAction(decision: RowDecision | undefined, policy: DuplicatePolicy): RowDecision['action'] {
  return decision?.action ?? policy;
}

/** The matched partner a duplicate row updates or fills: the chosen one if the dry run reported it, else the first. */
export function matchedTarget(row: StoredRow, decision: RowDecision | undefined): { partnerId: string; fill: boolean } | undefined {
  if (row.outcome !== 'duplicate' || (decision?.action !== 'update' && decision?.action !== 'fill')) return undefined;
  const chosen = row.candidates.find((c) => c.id === decision.partnerId) ?? row.candidates[0];
  return chosen ? { partnerId: chosen.id, fill: decision.action === 'fill' } : undefined;
}

/** Rows the commit writes (or confirms) if they still plan as the dry run said. */
export function needsPlanning(row: StoredRow, policy: DuplicatePolicy, decision: RowDecision | undefined): boolean {
  if (decision?.action === 'skip') return false;
  if (['create', 'update', 'unchanged'].includes(row.outcome)) return true;
  if (row.outcome !== 'duplicate') return false;
  const action = duplicateAction(decision, policy);
  return action === 'create' || matchedTarget(row, decision) !== undefined;
}

const stale = (message: string): ImportRowProblem[] => [{ column: null, messages: [`${message} since the dry run; import the file again to review it`] }];

/**
 * What the commit does with a row, given what the dry run showed, the user's decision for it, and
 * how the row plans now, in the commit's transaction. The commit never does more than the dry run
 * showed or the user chose: a row whose partner changed since (another version), or that would now
 * do something else, is skipped with the reason, never written on a guess.
 */
export function decideCommit(row: StoredRow, plan: RowPlan | undefined, policy: DuplicatePolicy, decision?: RowDecision): CommitDecision {
  const { rowNumber } = row;
  if (row.outcome === 'merged') return { rowNumber, result: 'merged' };
  if (!plan) return { rowNumber, result: 'skipped', errors: null };
  if (plan.outcome === 'error') return { rowNumber, result: 'skipped', errors: plan.errors };
  if (row.outcome === 'update' || row.outcome === 'unchanged') return decideExisting(row, plan);
  if (matchedTarget(row, decision)) return decideMatched(row, plan);
  if (plan.outcome === 'unchanged' && plan.before) return { rowNumber, result: 'unchanged', partnerId: plan.before.id };
  if (plan.outcome === 'update') return { rowNumber, result: 'skipped', errors: stale('A partner with this external_ref was created') };
  const partner = plan.partner as Partner;
  if (plan.outcome === 'create') return { rowNumber, result: 'created', partner, despiteDuplicates: false };
  if (duplicateAction(decision, policy) === 'create') return { rowNumber, result: 'created', partner, despiteDuplicates: true };
  return { rowNumber, result: 'skipped', errors: stale('Partners that look like this row were added') };
}

function decideExisting(row: StoredRow, plan: RowPlan): CommitDecision {
  const { rowNumber } = row;
  const before = plan.before;
  if (!before || before.id !== row.partnerId || before.version !== row.partnerVersion || plan.outcome !== row.outcome) {
    return { rowNumber, result: 'skipped', errors: stale('The partner changed') };
  }
  if (plan.outcome === 'unchanged') return { rowNumber, result: 'unchanged', partnerId: before.id };
  return { rowNumber, result: 'updated', partner: plan.partner as Partner, before, changes: plan.changes ?? {}, matched: false };
}

/** A duplicate applied to the partner it matched, as the user chose. */
function decideMatched(row: StoredRow, plan: RowPlan): CommitDecision {
  const { rowNumber } = row;
  if (!plan.before) return { rowNumber, result: 'skipped', errors: stale('The matched partner changed') };
  if (plan.outcome === 'unchanged') return { rowNumber, result: 'unchanged', partnerId: plan.before.id };
  return { rowNumber, result: 'updated', partner: plan.partner as Partner, before: plan.before, changes: plan.changes ?? {}, matched: true };
}
