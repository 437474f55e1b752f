import type { VisitTimings } from './page-visit.js';

// The printed table of `npm run bench:pages` and its target (issue 5, "Speed"): each page's first meaningful
// paint under 1.5 s from a cold browser cache, judged on the p95 of the runs after the first. The first run of
// each page is the first visit since the server started (nothing in the API's result cache yet), printed
// apart: every later visit gets the API's cached answer, as every user after the first does until the next load.

export const MEANINGFUL_PAINT_TARGET_MS = 1500;

export interface Percentiles {
  p50: number;
  p95: number;
}

/** Nearest-rank percentiles, as bench/query-timing.mjs takes them (p95 = the run 95% are at or under). */
export function percentiles(values: readonly number[]): Percentiles {
  if (values.length === 0) throw new Error('percentiles of no runs');
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.ceil(sorted.length * 0.95) - 1]! };
}

export interface PageResult {
  name: string;
  address: string;
  /** The first visit since the server started. */
  serverCold: VisitTimings;
  /** Every later visit (browser cache still cold, API answer cached). */
  warm: VisitTimings[];
  /** Scripts of the Recharts chunks it downloaded while drawing no chart. */
  rechartsWithoutChart: string[];
}

export interface PageSummary {
  name: string;
  serverColdMeaningful: number;
  serverColdApiMs: number | null;
  fcp: Percentiles | null;
  lcp: Percentiles | null;
  meaningful: Percentiles;
  transferKb: number;
  requests: number;
  slowestApiMs: Percentiles | null;
  passed: boolean;
}

const defined = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
const percentilesOrNull = (values: (number | null)[]) => {
  const present = defined(values);
  return present.length > 0 ? percentiles(present) : null;
};

export function summarise(result: PageResult): PageSummary {
  const runs = result.warm.length > 0 ? result.warm : [result.serverCold];
  const meaningful = percentiles(runs.map((run) => run.meaningfulPaint));
  return {
    name: result.name,
    serverColdMeaningful: result.serverCold.meaningfulPaint,
    serverColdApiMs: result.serverCold.slowestApiMs,
    fcp: percentilesOrNull(runs.map((run) => run.firstContentfulPaint)),
    lcp: percentilesOrNull(runs.map((run) => run.largestContentfulPaint)),
    meaningful,
    transferKb: percentiles(runs.map((run) => run.transferBytes)).p50 / 1000,
    requests: percentiles(runs.map((run) => run.requests)).p50,
    slowestApiMs: percentilesOrNull(runs.map((run) => run.slowestApiMs)),
    passed: meaningful.p95 < MEANINGFUL_PAINT_TARGET_MS,
  };
}

const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0));

/** One line per page: the later runs' p50/p95, the server-cold run beside them, and the verdict. */
export function reportLines(summaries: readonly PageSummary[]): string[] {
  const header = [
    'page',
    'FCP p50',
    'FCP p95',
    'LCP p50',
    'LCP p95',
    'meaningful p50',
    'meaningful p95',
    'API p95',
    'server-cold meaningful',
    'server-cold API',
    'kB',
    'requests',
    `<${MEANINGFUL_PAINT_TARGET_MS} ms`,
  ];
  const rows = summaries.map((summary) => [
    summary.name,
    ms(summary.fcp?.p50),
    ms(summary.fcp?.p95),
    ms(summary.lcp?.p50),
    ms(summary.lcp?.p95),
    ms(summary.meaningful.p50),
    ms(summary.meaningful.p95),
    ms(summary.slowestApiMs?.p95),
    ms(summary.serverColdMeaningful),
    ms(summary.serverColdApiMs ?? undefined),
    summary.transferKb.toFixed(0),
    String(summary.requests),
    summary.passed ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), ...rows.map(line)];
}
