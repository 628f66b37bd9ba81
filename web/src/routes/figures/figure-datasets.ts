import type { components } from '../../api/schema';
import type { Dataset } from './dataset';
import type { PeriodFigures } from './figures.queries';

type ReferenceEntry = components['schemas']['ReferenceEntryResponse'];
type CountRow = components['schemas']['CountRow'];
type MonthCount = components['schemas']['MonthCount'];

/** The entries of a reference list a chart shows: every live one (a gap is worth seeing), and retired ones with counts. */
function entriesFor(entries: ReferenceEntry[], used: Set<string>): ReferenceEntry[] {
  return entries.filter((e) => !e.retired || used.has(e.code)).sort((a, b) => a.sortOrder - b.sortOrder);
}

const monthLabel = (month: string): string =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** Keys `row/column` as a grid over two label lists. */
function grid(title: string, rowHeader: string, rows: { code: string; label: string }[], columns: { code: string; label: string }[], counts: CountRow[]): Dataset {
  const found = new Map(counts.map((c) => [c.key, c.count]));
  return {
    title,
    rowHeader,
    columns: columns.map((c) => c.label),
    rows: rows.map((r) => ({ label: r.label, values: columns.map((c) => found.get(`${r.code}/${c.code}`) ?? 0) })),
  };
}

function byEntry(title: string, rowHeader: string, column: string, entries: ReferenceEntry[], counts: CountRow[]): Dataset {
  const found = new Map(counts.map((c) => [c.key, c.count]));
  return { title, rowHeader, columns: [column], rows: entriesFor(entries, new Set(found.keys())).map((e) => ({ label: e.label, values: [found.get(e.code) ?? 0] })) };
}

function byMonth(title: string, series: [string, MonthCount[]][]): Dataset {
  const months = series[0][1].map((m) => m.month);
  return {
    title,
    rowHeader: 'Month',
    columns: series.map(([name]) => name),
    rows: months.map((month, i) => ({ label: monthLabel(month), values: series.map(([, counts]) => counts[i]?.count ?? 0) })),
  };
}

export interface FigureLabels {
  areas: ReferenceEntry[];
  kinds: ReferenceEntry[];
  priorityAreas: ReferenceEntry[];
  themes: ReferenceEntry[];
  agreementKinds: ReferenceEntry[];
  agreementStatuses: Record<string, string>;
}

export interface FigureDatasets {
  coverage: Dataset;
  priorityAreas: Dataset;
  themes: Dataset;
  newByMonth: Dataset;
  engagement: Dataset;
  overdue: Dataset;
  agreements: Dataset;
  renewals: Dataset;
}

/** Every chart of the figures screen, with labels in place of codes. */
export function figureDatasets(f: PeriodFigures, labels: FigureLabels): FigureDatasets {
  const codesIn = (rows: CountRow[], part: 0 | 1) => new Set(rows.map((r) => r.key.split('/')[part]));
  const areaByCode = new Map(labels.areas.map((a) => [a.code, a.label]));
  const statuses = Object.entries(labels.agreementStatuses).map(([code, label]) => ({ code, label }));
  return {
    coverage: grid(
      'Partners by area and kind',
      'Area',
      entriesFor(labels.areas, codesIn(f.partnersByAreaKind, 0)),
      entriesFor(labels.kinds, codesIn(f.partnersByAreaKind, 1)),
      f.partnersByAreaKind,
    ),
    priorityAreas: byEntry('Partners by priority area', 'Priority area', 'Partners', labels.priorityAreas, f.partnersByPriorityArea),
    themes: byEntry('Partners by theme', 'Theme', 'Partners', labels.themes, f.partnersByTheme),
    newByMonth: byMonth('New partners and signatories per month', [
      ['New partners', f.newPartnersByMonth],
      ['New signatories', f.newSignatoriesByMonth],
    ]),
    engagement: {
      title: 'Meetings held and partners engaged per area',
      rowHeader: 'Area',
      columns: ['Meetings held', 'Partners engaged'],
      rows: f.engagementByArea.map((e) => ({ label: areaByCode.get(e.area) ?? 'Unlisted area', values: [e.meetings, e.partnersEngaged] })),
    },
    overdue: {
      title: 'Overdue dialogue per owner',
      rowHeader: 'Owner',
      columns: ['Partners overdue'],
      rows: f.overdueByOwner.map((o) => ({ label: o.ownerName ?? 'No owner', values: [o.overdue] })),
    },
    agreements: grid('Agreements by kind and status', 'Kind', entriesFor(labels.agreementKinds, codesIn(f.agreementsByKindStatus, 0)), statuses, f.agreementsByKindStatus),
    renewals: byMonth('Renewals falling due per month', [['Renewals due', f.renewalsDueByMonth]]),
  };
}
