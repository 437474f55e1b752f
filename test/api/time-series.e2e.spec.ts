import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// The attendance time series over GraphQL, against the real API with a generated LA (one academic year, so no
// point has a last year): weekly points add up to the overview's headline for the same period, days add up to
// their week, half terms to the year, and bad arguments come back as errors that name them.

const TIME_SERIES = /* GraphQL */ `
  query TimeSeries($granularity: TimeSeriesGranularity!, $from: String, $to: String, $cohort: Cohort) {
    attendanceTimeSeries(granularity: $granularity, from: $from, to: $to, cohort: $cohort) {
      academicYear
      periodStart
      periodEnd
      dataAsOf
      granularity
      cohort
      points {
        label
        start
        end
        halfTerm
        possibleSessions
        attendedSessions
        authorisedSessions
        unauthorisedSessions
        attendanceRate
        overallAbsenceRate
        halfTermAbsence {
          enrolments
          persistentAbsentees
          persistentAbsenceRate
          severeAbsentees
        }
        lastYear {
          start
          possibleSessions
        }
      }
    }
  }
`;

const OVERVIEW_HEADLINE = /* GraphQL */ `
  query Headline($from: String, $to: String) {
    laOverview(from: $from, to: $to) {
      periodStart
      periodEnd
      headline {
        possibleSessions
        attendedSessions
        authorisedSessions
        unauthorisedSessions
      }
    }
  }
`;

interface Sessions {
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
}

interface Point extends Sessions {
  label: string;
  start: string;
  end: string;
  halfTerm: number | null;
  attendanceRate: number;
  overallAbsenceRate: number;
  halfTermAbsence: {
    enrolments: number;
    persistentAbsentees: number;
    persistentAbsenceRate: number | null;
    severeAbsentees: number;
  } | null;
  lastYear: { start: string; possibleSessions: number } | null;
}

interface TimeSeriesResponse {
  attendanceTimeSeries: {
    academicYear: string;
    periodStart: string;
    periodEnd: string;
    dataAsOf: string | null;
    granularity: string;
    cohort: string;
    points: Point[];
  };
}

function total(points: readonly Sessions[]): Sessions {
  const sum = (pick: (point: Sessions) => number) => points.reduce((acc, point) => acc + pick(point), 0);
  return {
    possibleSessions: sum((p) => p.possibleSessions),
    attendedSessions: sum((p) => p.attendedSessions),
    authorisedSessions: sum((p) => p.authorisedSessions),
    unauthorisedSessions: sum((p) => p.unauthorisedSessions),
  };
}

describe('attendance time series over GraphQL (real API, embedded PostgreSQL, generated LA)', () => {
  let product: RunningProduct;

  const series = async (variables: Record<string, unknown>) =>
    (await postGraphql<TimeSeriesResponse>(product.baseUrl, TIME_SERIES, variables)).attendanceTimeSeries;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 2026, asOf: '2026-11-20' });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('gives weekly points that add up to the overview headline of the same period', async () => {
    const weekly = await series({ granularity: 'WEEK' });
    const { laOverview } = await postGraphql<{
      laOverview: { periodStart: string; periodEnd: string; headline: Sessions };
    }>(product.baseUrl, OVERVIEW_HEADLINE);
    expect(weekly).toMatchObject({
      academicYear: '2026/27',
      periodStart: laOverview.periodStart,
      periodEnd: laOverview.periodEnd,
      dataAsOf: '2026-11-20',
      granularity: 'WEEK',
      cohort: 'STATUTORY',
    });
    expect(weekly.points.length).toBeGreaterThan(8);
    expect(total(weekly.points)).toEqual(laOverview.headline);
    expect(weekly.points.map((point) => point.halfTerm)).toContain(1);
    expect(weekly.points.map((point) => point.halfTerm)).toContain(2);
    for (const point of weekly.points) {
      expect(point.attendanceRate + point.overallAbsenceRate).toBeCloseTo(100, 10);
      expect(point.lastYear).toBeNull();
      expect(point.halfTermAbsence).toBeNull();
    }

    const cut = { from: '2026-09-09', to: '2026-10-14' };
    const cutWeekly = await series({ granularity: 'WEEK', ...cut });
    const cutOverview = await postGraphql<{ laOverview: { headline: Sessions } }>(
      product.baseUrl,
      OVERVIEW_HEADLINE,
      cut,
    );
    expect(total(cutWeekly.points)).toEqual(cutOverview.laOverview.headline);
    expect(cutWeekly.points[0]?.start).toBe(cut.from);
  });

  it('gives daily points that add up to their week, and by default the latest 20 school days', async () => {
    const weekly = await series({ granularity: 'WEEK' });
    const wholeWeek = weekly.points.find((point) => point.label === '2026-10-05');
    const days = await series({ granularity: 'DAY', from: '2026-10-05', to: '2026-10-11' });
    expect(days.points.length).toBe(5);
    expect(days.points.every((point) => point.start === point.label && point.end === point.label)).toBe(true);
    expect(total(days.points)).toEqual(total(wholeWeek ? [wholeWeek] : []));

    const latest = await series({ granularity: 'DAY' });
    expect(latest.points).toHaveLength(20);
    expect(latest.points.at(-1)?.label).toBe('2026-11-20');
    expect(latest.periodStart).toBe(latest.points[0]?.label);
  });

  it('gives half terms with persistent and severe absence judged within each', async () => {
    const halfTerms = await series({ granularity: 'HALF_TERM' });
    const weekly = await series({ granularity: 'WEEK' });
    expect(halfTerms.points.map((point) => [point.label, point.halfTerm])).toEqual([
      ['Autumn 1', 1],
      ['Autumn 2', 2],
    ]);
    expect(halfTerms.points.at(-1)?.end).toBe('2026-11-20');
    for (const number of [1, 2]) {
      const point = halfTerms.points.find((candidate) => candidate.halfTerm === number);
      expect(point && total([point])).toEqual(
        total(weekly.points.filter((week) => week.halfTerm === number)),
      );
      expect(point?.halfTermAbsence?.enrolments).toBeGreaterThan(0);
      expect(point?.halfTermAbsence?.persistentAbsenceRate).toBeCloseTo(
        (100 * (point?.halfTermAbsence?.persistentAbsentees ?? 0)) /
          (point?.halfTermAbsence?.enrolments ?? 1),
        10,
      );
    }
  });

  it('refuses a bad granularity, a bad date and a period it cannot answer, naming them', async () => {
    const granularity = await postGraphqlExpectingErrors(product.baseUrl, TIME_SERIES, {
      granularity: 'MONTH',
    });
    expect(granularity[0]?.message).toMatch(/"MONTH".*TimeSeriesGranularity/);
    const badDate = await postGraphqlExpectingErrors(product.baseUrl, TIME_SERIES, {
      granularity: 'WEEK',
      from: '2026-02-30',
    });
    expect(badDate[0]?.message).toMatch(/Invalid argument "from" \("2026-02-30"\): expected a real date/);
    expect(
      await postGraphqlExpectingErrors(product.baseUrl, TIME_SERIES, {
        granularity: 'DAY',
        from: '2026-09-01',
        to: '2026-12-18',
      }),
    ).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/at most 100 days, but 2026-09-01 to 2026-12-18 is 109/),
      },
    ]);
    const twoYears = await postGraphqlExpectingErrors(product.baseUrl, TIME_SERIES, {
      granularity: 'HALF_TERM',
      from: '2026-06-01',
      to: '2026-09-30',
    });
    expect(twoYears[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/two academic years/),
    });
  });
});
