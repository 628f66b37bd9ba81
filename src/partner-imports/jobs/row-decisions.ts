/**
 * What a commit does with a row that looks like an existing partner (or an earlier row): skip it,
 * create a partner anyway, update the matched partner with the row, or fill only the matched partner's
 * empty fields. Rows without a decision follow the import's duplicate policy.
 */
export const ROW_DECISION_ACTIONS = ['skip', 'create', 'update', 'fill'] as const;
export type RowDecisionAction = (typeof ROW_DECISION_ACTIONS)[number];

export interface RowDecision {
  action: RowDecisionAction;
  /** For update and fill: which matched partner (one the dry run reported); the first one when null. */
  partnerId: string | null;
}

/** Row number (as text: a JSON key) → decision. */
export type RowDecisions = Record<string, RowDecision>;
