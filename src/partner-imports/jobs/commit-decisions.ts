import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import type { Partner } from '../../partners/partner.entity.js';
import type { DuplicatePolicy } from '../partner-import.entity.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import type { StoredRow } from '../partner-import-rows.repository.js';
import type { RowPlan } from '../planning/row-planner.js';

export type CommitDecision =
  | { rowNumber: number; result: 'created'; partner: Partner; despiteDuplicates: boolean }
  | { rowNumber: number; result: 'updated'; partner: Partner; before: Partner; changes: FieldChanges }
  | { rowNumber: number; result: 'unchanged'; partnerId: string }
  | { rowNumber: number; result: 'skipped'; errors: ImportRowProblem[] | null };

/** Rows the commit writes (or confirms) if they still plan as the dry run said. */
export function needsPlanning(row: StoredRow, policy: DuplicatePolicy): boolean {
  return ['create', 'update', 'unchanged'].includes(row.outcome) || (row.outcome === 'duplicate' && policy === 'create');
}

const stale = (message: string): ImportRowProblem[] => [{ column: null, messages: [`${message} since the dry run; import the file again to review it`] }];

/**
 * What the commit does with a row, given what the dry run showed and how the row plans now, in
 * the commit's transaction. The commit never does more than the dry run showed: a row whose
 * partner changed since (another version), or that would now do something else, is skipped
 * with the reason, never written on a guess.
 */
export function decideCommit(row: StoredRow, plan: RowPlan | undefined, policy: DuplicatePolicy): CommitDecision {
  const { rowNumber } = row;
  if (!plan) return { rowNumber, result: 'skipped', errors: null };
  if (plan.outcome === 'error') return { rowNumber, result: 'skipped', errors: plan.errors };
  if (row.outcome === 'update' || row.outcome === 'unchanged') return decideExisting(row, plan);
  if (plan.outcome === 'unchanged' && plan.before) return { rowNumber, result: 'unchanged', partnerId: plan.before.id };
  if (plan.outcome === 'update') return { rowNumber, result: 'skipped', errors: stale('A partner with this external_ref was created') };
  const partner = plan.partner as Partner;
  if (plan.outcome === 'create') return { rowNumber, result: 'created', partner, despiteDuplicates: false };
  if (policy === 'create') return { rowNumber, result: 'created', partner, despiteDuplicates: true };
  return { rowNumber, result: 'skipped', errors: stale('Partners that look like this row were added') };
}

function decideExisting(row: StoredRow, plan: RowPlan): CommitDecision {
  const { rowNumber } = row;
  const before = plan.before;
  if (!before || before.id !== row.partnerId || before.version !== row.partnerVersion || plan.outcome !== row.outcome) {
    return { rowNumber, result: 'skipped', errors: stale('The partner changed') };
  }
  if (plan.outcome === 'unchanged') return { rowNumber, result: 'unchanged', partnerId: before.id };
  return { rowNumber, result: 'updated', partner: plan.partner as Partner, before, changes: plan.changes ?? {} };
}
