import type { DataSource } from 'typeorm';
import { PARTNER_SORTS } from '../../src/partners/dto/list-partners.query.js';
import type { CapturedStatement } from './sql-capture.js';

/**
 * One value per filter the partner list documents (README "Search"; ListPartnersQuery), each a common one: the
 * larger a filter's share, the further a sorted walk must go for a page when two of them combine, and the more
 * rows a plan that starts from a filter's own index reads. `owner` takes an owner's id (about 7 % each) and `none`.
 */
export function documentedFilters(ownerId: string): [string, string][] {
  return [
    ['q', 'food'],
    ['kind', 'charity'],
    ['area', 'liverpool'],
    ['status', 'active'],
    ['owner', ownerId],
    ['owner', 'none'],
    ['priorityArea', 'housing'],
    ['theme', 'people-and-skills'],
    ['list', 'strategy-partners'],
    ['tag', 'youth'],
    ['overdue', 'true'],
    ['archived', 'only'],
  ];
}

/**
 * The staff user owning the most partners: benchmarks of one run share the partners, and one of them (reminder-run)
 * hands them to owners of its own, so the owners seeded with the partners may own none by then.
 */
export async function busiestOwner(dataSource: DataSource): Promise<string> {
  const [row]: { owner_id: string }[] = await dataSource.query(
    'SELECT owner_id FROM partners WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1',
  );
  if (!row) throw new Error('no partner has an owner: seed partners first');
  return row.owner_id;
}

/** The list's query string for a set of filters (owner ids shortened in names by `label`). */
export interface ListCombination {
  query: string;
  label: string;
}

/**
 * Every documented filter alone and every pair of two different filters (sort by name, the default), then every
 * sort with no filter, with kind=charity&area=wirral (a common pair) and with kind=police&area=halton (a rare one:
 * about 60 partners, which a sorted walk would have to read the whole index to fill).
 */
export function listCombinations(ownerId: string): ListCombination[] {
  const filters = documentedFilters(ownerId);
  const combination = (pairs: [string, string][]): ListCombination => ({
    query: pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'),
    label: pairs.map(([k, v]) => `${k}=${v === ownerId ? '<owner id>' : v}`).join('&'),
  });
  const combinations = filters.map((filter) => combination([filter]));
  for (let i = 0; i < filters.length; i++) {
    for (let j = i + 1; j < filters.length; j++) {
      if (filters[i][0] !== filters[j][0]) combinations.push(combination([filters[i], filters[j]]));
    }
  }
  for (const sort of PARTNER_SORTS) {
    combinations.push(combination([['sort', sort]]));
    combinations.push(combination([['kind', 'charity'], ['area', 'wirral'], ['sort', sort]]));
    combinations.push(combination([['kind', 'police'], ['area', 'halton'], ['sort', sort]]));
  }
  return combinations;
}

/** What EXPLAIN (ANALYZE, BUFFERS) says of the list statement, reduced to what bounds its work. */
export interface PlanSummary {
  /** How partners are reached, e.g. `index-only partners_sort_name_idx` or `bitmap(partners_tags_idx AND …)`. */
  access: string;
  /** Index entries and table rows the scans of partners returned or filtered out (the page's own rows included). */
  partnerRowsVisited: number;
  /** Rows read from the partners table itself (heap), not from an index. */
  heapRows: number;
  /** Shared buffers hit or read by the whole statement. */
  buffers: number;
  /** No sequential scan of partners and at most PARTNER_ROWS_BOUND partner rows or entries visited. */
  bounded: boolean;
  executionMs: number;
}

/** A fifth of the 100,000 partners: a plan visiting more scans a large part of the table for one page. */
export const PARTNER_ROWS_BOUND = 20_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of the captured list statement (the one reading `partners p`), summarised. */
export async function explainList(dataSource: DataSource, statements: CapturedStatement[]): Promise<PlanSummary> {
  const list = statements.find((s) => /\bFROM partners p\b/.test(s.text));
  if (!list) throw new Error(`no partner list statement among the ${statements.length} captured`);
  const [row]: { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[] = await dataSource.query(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${list.text}`,
    list.values,
  );
  const { Plan: root, 'Execution Time': executionMs } = row['QUERY PLAN'][0];
  const access: string[] = [];
  let visited = 0;
  let heapRows = 0;
  let seqScan = false;
  const walk = (node: PlanNode, inSubPlan: boolean): void => {
    const sub = inSubPlan || node['Parent Relationship'] === 'SubPlan';
    const rows = (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops'];
    const onPartners = node['Relation Name'] === 'partners' || (node['Index Name'] ?? '').startsWith('partners_');
    if (!sub && node['Relation Name'] === 'partners') {
      if (node['Node Type'] === 'Seq Scan') seqScan = true;
      const byPrimaryKey = (node['Index Name'] ?? '').startsWith('PK_');
      if (!byPrimaryKey) access.push(describe(node));
      if (node['Node Type'] === 'Index Scan' || node['Node Type'] === 'Bitmap Heap Scan' || node['Node Type'] === 'Seq Scan') heapRows += rows;
      heapRows += node['Heap Fetches'] ?? 0;
    }
    if (!sub && (onPartners || node['Node Type'] === 'Bitmap Index Scan')) visited += rows;
    for (const child of node.Plans ?? []) walk(child, sub);
  };
  walk(root, false);
  const buffers = (root['Shared Hit Blocks'] ?? 0) + (root['Shared Read Blocks'] ?? 0);
  return {
    access: access.join(' + ') || 'none (no partner can match)',
    partnerRowsVisited: visited,
    heapRows,
    buffers,
    bounded: !seqScan && visited <= PARTNER_ROWS_BOUND,
    executionMs: Math.round(executionMs * 100) / 100,
  };
}

function describe(node: PlanNode): string {
  switch (node['Node Type']) {
    case 'Index Only Scan':
      return `index-only ${node['Index Name']}`;
    case 'Index Scan':
      return `index ${node['Index Name']}`;
    case 'Bitmap Heap Scan':
      return `bitmap(${bitmapIndexes(node).join(node.Plans?.[0]?.['Node Type'] === 'BitmapOr' ? ' OR ' : ' AND ')})`;
    default:
      return node['Node Type'].toLowerCase();
  }
}

function bitmapIndexes(node: PlanNode): string[] {
  if (node['Node Type'] === 'Bitmap Index Scan') return [node['Index Name'] ?? '?'];
  return (node.Plans ?? []).flatMap(bitmapIndexes);
}
