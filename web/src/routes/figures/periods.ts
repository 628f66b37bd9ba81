/** Calendar periods people ask figures for, as [from, to] dates (YYYY-MM-DD), worked out from `today`. */
export interface Period {
  label: string;
  from: string;
  to: string;
}

const iso = (year: number, month: number, day: number): string => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
/** The last day of `month` (1–12); day 0 of the next month. */
const lastDay = (year: number, month: number): string => iso(year, month + 1, 0);

export function presetPeriods(today: string): Period[] {
  const [year, month] = today.split('-').map(Number);
  const q = Math.floor((month - 1) / 3);
  const [prevYear, prevQ] = q === 0 ? [year - 1, 3] : [year, q - 1];
  return [
    { label: 'This quarter', from: iso(year, q * 3 + 1, 1), to: lastDay(year, q * 3 + 3) },
    { label: 'Last quarter', from: iso(prevYear, prevQ * 3 + 1, 1), to: lastDay(prevYear, prevQ * 3 + 3) },
    { label: 'This year', from: iso(year, 1, 1), to: iso(year, 12, 31) },
    { label: 'Last year', from: iso(year - 1, 1, 1), to: iso(year - 1, 12, 31) },
    { label: 'Last 12 months', from: iso(year, month - 11, 1), to: lastDay(year, month) },
  ];
}
