import type { CountRow } from './dto/figures.response.js';
import type { ActivitySnapshot, QuarterlyUpdateResponse } from './dto/quarterly-update.response.js';
import { ACTIVITY_STATUSES, type ActivityStatus } from './plan-activity.entity.js';

/**
 * The printable quarterly report: server-rendered HTML with inline SVG charts, so it prints (or renders
 * to PDF or PNG) without any browser JavaScript. Every value from the database is escaped.
 */
const RAG_COLOURS: Readonly<Record<ActivityStatus, string>> = {
  'not-started': '#6b7280',
  'on-track': '#15803d',
  'at-risk': '#b45309',
  'off-track': '#b91c1c',
  done: '#1d4ed8',
};
const RAG_LABELS: Readonly<Record<ActivityStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

/** Labels for the codes a report holds (reference data: themes, areas). */
export interface ReportLabels {
  theme: (code: string) => string;
  area: (code: string) => string;
}

const PRIORITY_LABELS: Readonly<Record<ActivitySnapshot['priority'], string>> = { current: 'Current', planned: 'Planned', 'longer-term': 'Longer-term' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function ragSummary(activities: readonly ActivitySnapshot[]): Record<ActivityStatus, number> {
  const summary = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const activity of activities) summary[activity.status] += 1;
  return summary;
}

interface Bar {
  label: string;
  value: number;
  colour: string;
}

/** A horizontal bar chart with a title, labelled bars and values; accessible through <title> and role="img". */
export function barChart(title: string, bars: readonly Bar[]): string {
  const rowHeight = 28;
  const labelWidth = 170;
  const chartWidth = 360;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 10;
  const rows = bars
    .map((bar, i) => {
      const y = i * rowHeight + 5;
      const width = Math.round((bar.value / max) * chartWidth);
      return (
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" font-size="13">${escapeHtml(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="18" fill="${bar.colour}"/>` +
        `<text x="${labelWidth + width + 6}" y="${y + 17}" font-size="13">${bar.value}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-${slug(title)}" width="${labelWidth + chartWidth + 60}" ` +
    `height="${height}" viewBox="0 0 ${labelWidth + chartWidth + 60} ${height}"><title id="chart-${slug(title)}">${escapeHtml(title)}</title>${rows}</svg>`
  );
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function coverageChart(byArea: readonly CountRow[], labels: ReportLabels): string {
  return barChart('Partners by area', byArea.map((row) => ({ label: labels.area(row.key), value: row.count, colour: '#0f766e' })));
}

export function ragChart(summary: Record<ActivityStatus, number>): string {
  return barChart('Activities by RAG status', ACTIVITY_STATUSES.map((s) => ({ label: RAG_LABELS[s], value: summary[s], colour: RAG_COLOURS[s] })));
}

/** The headline figures the report opens with (also what tests look for). */
export function headlines(update: QuarterlyUpdateResponse): [string, number][] {
  const f = update.figures;
  return [
    ['Partners', f.partners],
    ['New partners', f.newPartners],
    ['New signatories', f.newSignatories],
    ['Meetings held', f.meetingsHeld],
    ['Partners engaged', f.partnersEngaged],
    ['Renewals due', f.renewalsDue],
  ];
}

export interface ReportOptions {
  institution?: string;
  /** Whether the Owner column (staff names) is shown: always for staff, for the public only when an admin chose it. */
  showOwners: boolean;
}

function activityRows(update: QuarterlyUpdateResponse, labels: ReportLabels, showOwners: boolean): string {
  return update.activities
    .map(
      (a) =>
        `<tr><th scope="row">${escapeHtml(a.title)}</th><td>${escapeHtml(labels.theme(a.theme))}</td><td>${PRIORITY_LABELS[a.priority]}</td>` +
        `<td><span class="rag" style="background:${RAG_COLOURS[a.status]}">${RAG_LABELS[a.status]}</span></td>` +
        (showOwners ? `<td>${escapeHtml(a.owner ?? '—')}</td>` : '') +
        `<td>${a.targetDate ?? '—'}</td>` +
        `<td>${a.latestProgress ? `${escapeHtml(a.latestProgress.summary)} <small>(${a.latestProgress.reportedOn})</small>` : '—'}</td></tr>`,
    )
    .join('');
}

export function renderQuarterlyReport(update: QuarterlyUpdateResponse, labels: ReportLabels, options: ReportOptions): string {
  const institution = options.institution ?? 'Partnerships';
  const figures = headlines(update)
    .map(([label, value]) => `<div class="figure"><span class="value">${value}</span><span class="label">${escapeHtml(label)}</span></div>`)
    .join('');
  const early = update.earlyReason
    ? `<p class="early"><strong>Frozen before the quarter ended</strong>, on ${update.frozenAt.slice(0, 10)}: ${escapeHtml(update.earlyReason)}</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(institution)}: quarterly update ${escapeHtml(update.quarter)}</title>
<style>
body{font-family:system-ui,sans-serif;color:#111;margin:0 auto;padding:1rem;max-width:60rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
.figures{display:flex;flex-wrap:wrap;gap:1rem}.figure{border:1px solid #767676;padding:.6rem 1rem;min-width:8rem}
.value{display:block;font-size:1.6rem;font-weight:700}.label{font-size:.9rem}
.early{border-left:4px solid #b45309;padding:.4rem .8rem;background:#fff7ed}
.scroll{overflow-x:auto}svg{max-width:100%;height:auto}code{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
tbody th{font-weight:600}
.rag{color:#fff;padding:0 .4rem;white-space:nowrap}
@media print{body{margin:1cm}.scroll{overflow:visible}}
</style></head>
<body>
<header><p>${escapeHtml(institution)}</p></header>
<main>
<h1>Quarterly update ${escapeHtml(update.quarter)}</h1>
<p>${update.periodStart} to ${update.periodEnd}. Frozen ${update.frozenAt.slice(0, 10)}; SHA-256 <code>${update.sha256}</code>.</p>
${early}
<h2>Headline figures</h2><div class="figures">${figures}</div>
<h2>Coverage</h2>${coverageChart(update.figures.partnersByArea, labels)}
<h2>Implementation plan</h2>${ragChart(update.ragSummary)}
<div class="scroll" role="region" aria-label="Activities" tabindex="0"><table><caption>Activities as they stood at the end of the quarter</caption>
<thead><tr><th scope="col">Activity</th><th scope="col">Theme</th><th scope="col">Priority</th><th scope="col">Status</th>${options.showOwners ? '<th scope="col">Owner</th>' : ''}<th scope="col">Target</th><th scope="col">Latest progress</th></tr></thead>
<tbody>${activityRows(update, labels, options.showOwners)}</tbody></table></div>
</main>
</body></html>`;
}
