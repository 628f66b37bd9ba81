import type { Measurement } from './benchmark.js';

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Turns per-operation latencies and the wall time they took into a throughput measurement. */
export function summarise(name: string, latenciesMs: readonly number[], elapsedMs: number): Measurement {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    name,
    figure: sorted.length / (elapsedMs / 1000),
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    samples: sorted.length,
    elapsedMs,
  };
}
