import { useId, type Ref } from 'react';
import type { Dataset } from './dataset';

/**
 * Charts drawn as plain SVG: sized by viewBox (they scale to their box), coloured by attributes (a downloaded
 * file needs no stylesheet), named by a <title>. They are pictures of the table beside them, which is their
 * text alternative, so their own text is kept short and no number appears only here.
 */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TEXT = '#0b0c0c';
const MUTED = '#484949';
const AXIS = '#6f7274';
/** Each at least 4.5:1 against white, so bars and their value labels stand out (WCAG 1.4.11). */
export const SERIES_COLOURS = ['#1d70b8', '#912b88'] as const;

interface ChartProps {
  dataset: Dataset;
  svgRef: Ref<SVGSVGElement>;
}

const shorten = (label: string, max: number): string => (label.length > max ? `${label.slice(0, max - 1)}…` : label);
/** "Jul 2026" → "Jul 26", to fit under a column. */
const shortMonth = (label: string): string => label.replace(/ (\d\d)(\d\d)$/, ' $2');
const formatCount = (n: number): string => n.toLocaleString('en-GB');

function ChartFrame({ width, height, dataset, svgRef, children }: { width: number; height: number; dataset: Dataset; svgRef: Ref<SVGSVGElement>; children: React.ReactNode }) {
  const titleId = useId();
  return (
    <svg ref={svgRef} className="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={titleId} fontFamily={FONT} fontSize={13} fill={TEXT}>
      <title id={titleId}>{`${dataset.title} (chart; the table gives the numbers)`}</title>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

function Legend({ series, y }: { series: string[]; y: number }) {
  if (series.length < 2) return null;
  let x = 0;
  return (
    <g transform={`translate(8 ${y})`}>
      {series.map((name, i) => {
        const at = x;
        x += 28 + name.length * 7.5;
        return (
          <g key={name} transform={`translate(${at} 0)`}>
            <rect width={14} height={14} y={-11} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            <text x={20}>{name}</text>
          </g>
        );
      })}
    </g>
  );
}

/** sRGB relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const LIGHT = [0xe8, 0xf1, 0xfb];
const DARK = [0x0b, 0x2f, 0x66];
/** From pale to deep blue as `share` goes from 0 to 1. */
function shade(share: number): string {
  return `#${LIGHT.map((l, i) => Math.round(l + (DARK[i] - l) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** Rows × columns as shaded cells, each with its count; empty cells (gaps in coverage) stay plain. */
export function HeatMap({ dataset, svgRef }: ChartProps) {
  const cell = { width: 46, height: 30 };
  const labelWidth = 190;
  const headerHeight = 130;
  const max = Math.max(1, ...dataset.rows.flatMap((r) => r.values));
  const width = labelWidth + dataset.columns.length * cell.width + 16;
  const height = headerHeight + dataset.rows.length * cell.height + 8;
  return (
    <ChartFrame width={width} height={height} dataset={dataset} svgRef={svgRef}>
      {dataset.columns.map((column, c) => (
        <text key={column} transform={`translate(${labelWidth + c * cell.width + cell.width / 2 + 4} ${headerHeight - 8}) rotate(-50)`} fontSize={12}>
          {shorten(column, 22)}
        </text>
      ))}
      {dataset.rows.map((row, r) => (
        <g key={row.label} transform={`translate(0 ${headerHeight + r * cell.height})`}>
          <text x={labelWidth - 8} y={cell.height / 2 + 5} textAnchor="end">
            {shorten(row.label, 22)}
          </text>
          {row.values.map((value, c) => {
            const fill = value === 0 ? '#ffffff' : shade(0.15 + (0.85 * value) / max);
            return (
              <g key={dataset.columns[c]} transform={`translate(${labelWidth + c * cell.width} 0)`}>
                <rect width={cell.width - 2} height={cell.height - 2} fill={fill} stroke={value === 0 ? '#b1b4b6' : 'none'} />
                <text x={(cell.width - 2) / 2} y={cell.height / 2 + 4} textAnchor="middle" fontSize={12} fill={value === 0 ? MUTED : luminance(fill) < 0.18 ? '#ffffff' : TEXT}>
                  {formatCount(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}

/** One horizontal bar per row and measure (one or two measures), each labelled with its value. */
export function BarChart({ dataset, svgRef }: ChartProps) {
  const labelWidth = 210;
  const barArea = 380;
  const bar = 18;
  const legend = dataset.columns.length > 1 ? 28 : 6;
  const group = bar * dataset.columns.length + 10;
  const max = Math.max(1, ...dataset.rows.flatMap((r) => r.values));
  const width = labelWidth + barArea + 70;
  const height = legend + Math.max(1, dataset.rows.length) * group + 8;
  return (
    <ChartFrame width={width} height={height} dataset={dataset} svgRef={svgRef}>
      <Legend series={dataset.columns} y={18} />
      <line x1={labelWidth} x2={labelWidth} y1={legend} y2={height - 6} stroke={AXIS} />
      {dataset.rows.map((row, r) => (
        <g key={row.label} transform={`translate(0 ${legend + r * group + 4})`}>
          <text x={labelWidth - 8} y={(bar * dataset.columns.length) / 2 + 5} textAnchor="end">
            {shorten(row.label, 25)}
          </text>
          {row.values.map((value, s) => {
            const length = (barArea * value) / max;
            return (
              <g key={dataset.columns[s]} transform={`translate(${labelWidth} ${s * bar})`}>
                <rect width={Math.max(length, value > 0 ? 2 : 0)} height={bar - 3} fill={SERIES_COLOURS[s % SERIES_COLOURS.length]} />
                <text x={length + 6} y={bar - 6} fontSize={12}>
                  {formatCount(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}

/** Months along the bottom, a column per measure in each; values above the columns while they fit. */
export function MonthColumns({ dataset, svgRef }: ChartProps) {
  const plot = 200;
  const axisWidth = 44;
  const column = dataset.rows.length > 24 ? 8 : 18;
  const group = dataset.rows.length > 24 ? column * dataset.columns.length + 6 : Math.max(52, column * dataset.columns.length + 14);
  const legend = dataset.columns.length > 1 ? 30 : 12;
  const max = Math.max(1, ...dataset.rows.flatMap((r) => r.values));
  const labelEvery = Math.ceil(dataset.rows.length / 18);
  const width = Math.max(320, axisWidth + dataset.rows.length * group + 16);
  const height = legend + 18 + plot + 40;
  const baseline = legend + 18 + plot;
  return (
    <ChartFrame width={width} height={height} dataset={dataset} svgRef={svgRef}>
      <Legend series={dataset.columns} y={18} />
      <line x1={axisWidth} x2={width - 8} y1={baseline} y2={baseline} stroke={AXIS} />
      <text x={axisWidth - 6} y={baseline + 4} textAnchor="end" fontSize={12} fill={MUTED}>
        0
      </text>
      <text x={axisWidth - 6} y={baseline - plot + 4} textAnchor="end" fontSize={12} fill={MUTED}>
        {formatCount(max)}
      </text>
      <line x1={axisWidth} x2={width - 8} y1={baseline - plot} y2={baseline - plot} stroke="#d8dadb" strokeDasharray="3 3" />
      {dataset.rows.map((row, r) => (
        <g key={row.label} transform={`translate(${axisWidth + 8 + r * group} 0)`}>
          {row.values.map((value, s) => {
            const length = (plot * value) / max;
            return (
              <g key={dataset.columns[s]}>
                <rect x={s * column} y={baseline - length} width={column - 2} height={length} fill={SERIES_COLOURS[s % SERIES_COLOURS.length]} />
                {dataset.rows.length <= 12 && (
                  <text x={s * column + (column - 2) / 2} y={baseline - length - 4} textAnchor="middle" fontSize={11}>
                    {formatCount(value)}
                  </text>
                )}
              </g>
            );
          })}
          {r % labelEvery === 0 && (
            <text x={(column * dataset.columns.length) / 2} y={baseline + 18} textAnchor="middle" fontSize={12}>
              {shortMonth(row.label)}
            </text>
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
