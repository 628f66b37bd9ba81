/** Calendar quarters: `2026-Q3` runs from 2026-07-01 to 2026-09-30. */
export interface QuarterPeriod {
  quarter: string;
  start: string;
  end: string;
}

export function quarterPeriod(quarter: string): QuarterPeriod {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const startMonth = (q - 1) * 3;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + 3, 0));
  return { quarter, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export function quartersOf(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}
