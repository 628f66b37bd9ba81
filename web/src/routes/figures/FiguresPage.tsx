import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useReferenceData } from '../../api/queries';
import { todayIn, useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { usePageTitle } from '../../ui/PageTitle';
import { ScrollArea } from '../../ui/ScrollArea';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { AGREEMENT_STATUS_LABELS } from '../agreements/AgreementsPages';
import { BarChart, HeatMap, MonthColumns } from './charts';
import type { Dataset } from './dataset';
import { downloadCsv, downloadPng, downloadSvg } from './downloads';
import { figureDatasets, type FigureLabels } from './figure-datasets';
import { figuresRoute, type FiguresSearch } from './figures-route';
import { useFigures, type PeriodFigures } from './figures.queries';
import { presetPeriods } from './periods';

type ChartKind = 'heat-map' | 'bars' | 'months';
const CHARTS = { 'heat-map': HeatMap, bars: BarChart, months: MonthColumns } as const;

/** Coverage and activity for a chosen period, each figure a chart with its table beside it and its downloads. */
export function FiguresPage() {
  usePageTitle('Figures');
  const format = useFormatters();
  const search = figuresRoute.useSearch();
  const presets = presetPeriods(todayIn(format.timeZone));
  const from = search.from ?? presets[0].from;
  const to = search.to ?? presets[0].to;
  const valid = from <= to;
  return (
    <>
      <h1>Figures</h1>
      <p>Coverage of partners, dialogue and agreements for a period. Each chart has a table with its numbers, and downloads as CSV, SVG or PNG.</p>
      <PeriodForm key={`${from}|${to}`} from={from} to={to} />
      <nav aria-label="Periods">
        <ul className="chips">
          {presets.map((p) => (
            <li key={p.label}>
              <Link to="/figures" search={{ from: p.from, to: p.to }} aria-current={p.from === from && p.to === to ? 'true' : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {valid ? <Figures from={from} to={to} /> : <Notice tone="warning">The period ends before it starts: choose an end date on or after the start date.</Notice>}
    </>
  );
}

function PeriodForm({ from, to }: { from: string; to: string }) {
  const navigate = useNavigate({ from: '/figures' });
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setError('Enter both dates.');
    if (draft.to < draft.from) return setError('The end date must be on or after the start date.');
    setError(undefined);
    void navigate({ search: (): FiguresSearch => ({ from: draft.from, to: draft.to }) });
  };
  return (
    <form noValidate aria-label="Period" className="period-form" onSubmit={submit}>
      <TextField name="from" label="From" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      <TextField name="to" label="To" type="date" value={draft.to} error={error} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      <div className="button-row">
        <Button type="submit">Show figures</Button>
      </div>
    </form>
  );
}

function useFigureLabels(): { labels?: FigureLabels; error?: unknown; pending: boolean } {
  const lists = [useReferenceData('area'), useReferenceData('organisation-kind'), useReferenceData('priority-area'), useReferenceData('theme'), useReferenceData('agreement-kind')];
  const failed = lists.find((l) => l.isError);
  if (failed) return { error: failed.error, pending: false };
  const [areas, kinds, priorityAreas, themes, agreementKinds] = lists.map((l) => l.data);
  if (!areas || !kinds || !priorityAreas || !themes || !agreementKinds) return { pending: true };
  return { labels: { areas, kinds, priorityAreas, themes, agreementKinds, agreementStatuses: AGREEMENT_STATUS_LABELS }, pending: false };
}

function Figures({ from, to }: { from: string; to: string }) {
  const figures = useFigures(from, to, true);
  const labels = useFigureLabels();
  if (figures.isError) return <LoadFailed error={figures.error} retry={() => void figures.refetch()} />;
  if (labels.error) return <LoadFailed error={labels.error} />;
  if (figures.isPending || !labels.labels) return <Loading label="Counting the figures…" />;
  const f = figures.data;
  const d = figureDatasets(f, labels.labels);
  const period = `${from}-to-${to}`;
  return (
    <div className="figures-page" aria-busy={figures.isFetching || undefined}>
      <Headlines figures={f} from={from} to={to} />
      <FigurePanel dataset={d.coverage} chart="heat-map" period={period} note="Live partners at the end of the period, by area (rows) and kind (columns). An empty cell is a gap in coverage." wide />
      <FigurePanel dataset={d.priorityAreas} chart="bars" period={period} note="Live partners at the end of the period; a partner may work on several priority areas." />
      <FigurePanel dataset={d.themes} chart="bars" period={period} note="Live partners at the end of the period; a partner may work on several themes." />
      <FigurePanel dataset={d.newByMonth} chart="months" period={period} note="Partners added, and signatures verified (all pledges), in each month." />
      <FigurePanel dataset={d.engagement} chart="bars" period={period} note="Meetings held in the period with partners of each area, and the partners met. A meeting with partners of two areas counts in both." />
      <FigurePanel dataset={d.overdue} chart="bars" period={period} note="Partners whose dialogue is overdue today (not snoozed), per relationship owner." empty="No partner’s dialogue is overdue." />
      <FigurePanel dataset={d.agreements} chart="heat-map" period={period} note="Agreements recorded by the end of the period, by kind (rows) and status (columns)." wide />
      <FigurePanel dataset={d.renewals} chart="months" period={period} note="Agreements in force whose renewal-notice date falls in each month." />
    </div>
  );
}

function Headlines({ figures: f, from, to }: { figures: PeriodFigures; from: string; to: string }) {
  const format = useFormatters();
  const items: [string, number][] = [
    ['Live partners at the end', f.partners],
    ['New partners', f.newPartners],
    ['New signatories', f.newSignatories],
    ['Meetings held', f.meetingsHeld],
    ['Partners engaged', f.partnersEngaged],
    ['Renewals falling due', f.renewalsDue],
  ];
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">
        {format.date(from)} to {format.date(to)}
      </h2>
      <dl className="figures">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="count">{value.toLocaleString('en-GB')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface FigurePanelProps {
  dataset: Dataset;
  chart: ChartKind;
  period: string;
  note: ReactNode;
  /** Too wide to share a row with its table: the table goes under it. */
  wide?: boolean;
  empty?: string;
}

function FigurePanel({ dataset, chart, period, note, wide, empty }: FigurePanelProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `figure-${dataset.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const Chart = CHARTS[chart];
  const hasRows = dataset.rows.length > 0 && dataset.columns.length > 0;
  const image = (kind: 'svg' | 'png') => {
    setProblem(null);
    if (!svg.current) return;
    if (kind === 'svg') return downloadSvg(svg.current, dataset, period);
    downloadPng(svg.current, dataset, period).catch((error: unknown) => setProblem(error instanceof Error ? error.message : 'The image could not be made.'));
  };
  return (
    <section className="figure-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{dataset.title}</h2>
      <p className="meta">{note}</p>
      {!hasRows ? (
        <EmptyState>
          <p>{empty ?? 'Nothing to show for this period.'}</p>
        </EmptyState>
      ) : (
        <>
          <div className={`figure-pair${wide ? ' figure-pair--stacked' : ''}`}>
            <div className="figure-chart">
              <Chart dataset={dataset} svgRef={svg} />
            </div>
            <ScrollArea label={`${dataset.title}: table`}>
              <table className="table table--figures">
                <caption className="visually-hidden">{dataset.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{dataset.rowHeader}</th>
                    {dataset.columns.map((c) => (
                      <th scope="col" key={c} className="numeric">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {dataset.rows.map((row) => (
                    <tr key={row.label}>
                      <th scope="row">{row.label}</th>
                      {row.values.map((v, i) => (
                        <td key={dataset.columns[i]} className="numeric count">
                          {v.toLocaleString('en-GB')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </div>
          <div className="button-row">
            <Button variant="secondary" onClick={() => downloadCsv(dataset, period)}>
              Download CSV<span className="visually-hidden"> of {dataset.title}</span>
            </Button>
            <Button variant="secondary" onClick={() => image('svg')}>
              Download SVG<span className="visually-hidden"> of {dataset.title}</span>
            </Button>
            <Button variant="secondary" onClick={() => image('png')}>
              Download PNG<span className="visually-hidden"> of {dataset.title}</span>
            </Button>
          </div>
          {problem && <Notice tone="warning">{problem}</Notice>}
        </>
      )}
    </section>
  );
}
