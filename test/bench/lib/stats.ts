/** Percentile (nearest rank) of sorted or unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** Every successful request's latency (ms), so that runs can be merged. */
  latencies: readonly number[];
}

export function summarise(latenciesMs: readonly number[], errors: number, seconds: number): LoadResult {
  return {
    requests: latenciesMs.length,
    errors,
    seconds,
    rps: latenciesMs.length / seconds,
    p50: percentile(latenciesMs, 50),
    p99: percentile(latenciesMs, 99),
    latencies: latenciesMs,
  };
}

/** One result from several runs of the same load (e.g. the two halves of an A-B-B-A order). */
export function mergeResults(...runs: LoadResult[]): LoadResult {
  return summarise(
    runs.flatMap((r) => r.latencies),
    runs.reduce((s, r) => s + r.errors, 0),
    runs.reduce((s, r) => s + r.seconds, 0),
  );
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
