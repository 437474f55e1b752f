// The page speed benchmark's arithmetic (not its timings, which only the benchmark measures and prints).
import { describe, expect, it } from 'vitest';
import type { VisitTimings } from './page-visit.js';
import { percentiles, reportLines, summarise } from './speed-report.js';

function visit(meaningfulPaint: number, timings: Partial<VisitTimings> = {}): VisitTimings {
  return {
    firstContentfulPaint: meaningfulPaint / 2,
    largestContentfulPaint: meaningfulPaint,
    meaningfulPaint,
    transferBytes: 500_000,
    requests: 20,
    slowestApiMs: 50,
    scripts: [],
    charts: 0,
    ...timings,
  };
}

describe('percentiles', () => {
  it('takes the nearest-rank median and p95', () => {
    expect(percentiles([40, 10, 30, 20])).toEqual({ p50: 30, p95: 40 });
    expect(percentiles(Array.from({ length: 20 }, (_, index) => index + 1))).toEqual({ p50: 11, p95: 19 });
  });

  it('refuses no runs', () => {
    expect(() => percentiles([])).toThrow(/no runs/);
  });
});

describe('summarise', () => {
  it('judges the runs after the first and shows the server-cold first run apart', () => {
    const summary = summarise({
      name: "Governors' report",
      address: '/governors/1/report',
      serverCold: visit(4000, { slowestApiMs: 3500 }),
      warm: [
        visit(900),
        visit(1000, { transferBytes: 700_000 }),
        visit(1100, { largestContentfulPaint: null }),
      ],
      rechartsWithoutChart: [],
    });
    expect(summary).toMatchObject({
      serverColdMeaningful: 4000,
      serverColdApiMs: 3500,
      meaningful: { p50: 1000, p95: 1100 },
      lcp: { p50: 1000, p95: 1000 },
      transferKb: 500,
      passed: true,
    });
  });

  it('fails a page whose p95 reaches the target', () => {
    const summary = summarise({
      name: 'Slow page',
      address: '/slow',
      serverCold: visit(100),
      warm: [visit(100), visit(1500)],
      rechartsWithoutChart: [],
    });
    expect(summary.passed).toBe(false);
    expect(reportLines([summary])[1]).toMatch(/^Slow page .* FAIL$/);
  });
});
