import { CME_LA_MILESTONE_DAYS } from '@attendance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql } from '../support/graphql-client.js';
import { computeOverviewFromExports } from '../support/independent-measures.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const LA_OVERVIEW = /* GraphQL */ `
  query LaOverview {
    laOverview {
      laName
      academicYear
      cohort
      periodStart
      periodEnd
      dataAsOf
      headline {
        ...Measures
      }
      weeklyTrend {
        weekStart
        possibleSessions
        overallAbsenceRate
      }
      schools {
        urn
        name
        phase
        type
        lastMarkDate
        measures {
          ...Measures
        }
      }
    }
  }
  fragment Measures on AttendanceMeasures {
    enrolments
    possibleSessions
    attendedSessions
    authorisedSessions
    unauthorisedSessions
    attendanceRate
    overallAbsenceRate
    authorisedAbsenceRate
    unauthorisedAbsenceRate
    persistentAbsentees
    persistentAbsenceRate
    severeAbsentees
    severeAbsenceRate
  }
`;

interface Measures {
  enrolments: number;
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  attendanceRate: number | null;
  overallAbsenceRate: number | null;
  persistentAbsentees: number;
  persistentAbsenceRate: number | null;
  severeAbsentees: number;
}

interface LaOverviewResponse {
  laOverview: {
    laName: string;
    academicYear: string;
    cohort: string;
    periodStart: string;
    periodEnd: string;
    dataAsOf: string | null;
    headline: Measures;
    weeklyTrend: { weekStart: string; possibleSessions: number; overallAbsenceRate: number | null }[];
    schools: { urn: string; name: string; lastMarkDate: string | null; measures: Measures }[];
  };
}

interface SortedActions {
  fourWeekChange: number | null;
  penaltyNoticePupils: number;
  cmeMilestones: { milestone: number; children: number }[];
}

describe('LA overview over GraphQL (real API, embedded PostgreSQL, generated LA)', () => {
  let product: RunningProduct;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 2026, asOf: '2026-11-20' });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('matches an independent computation over the same CSV files', async () => {
    const { laOverview } = await postGraphql<LaOverviewResponse>(product.baseUrl, LA_OVERVIEW);
    const expected = computeOverviewFromExports(product.exportsDir);

    expect(laOverview.cohort).toBe('statutory');
    expect(laOverview.academicYear).toBe('2026/27');
    expect(laOverview.periodStart).toBe(expected.periodStart);
    expect(laOverview.periodEnd).toBe(expected.periodEnd);
    expect(laOverview.dataAsOf).toBe('2026-11-20');
    expect(laOverview.laName.length).toBeGreaterThan(0);

    const { headline } = laOverview;
    expect(headline).toMatchObject({
      enrolments: expected.headline.enrolments,
      possibleSessions: expected.headline.possibleSessions,
      attendedSessions: expected.headline.attendedSessions,
      authorisedSessions: expected.headline.authorisedSessions,
      unauthorisedSessions: expected.headline.unauthorisedSessions,
      persistentAbsentees: expected.headline.persistentAbsentees,
      severeAbsentees: expected.headline.severeAbsentees,
    });
    expect(headline.overallAbsenceRate).toBeCloseTo(expected.headline.overallAbsenceRate ?? NaN, 10);
    expect((headline.attendanceRate ?? 0) + (headline.overallAbsenceRate ?? 0)).toBeCloseTo(100, 10);
    expect(headline.persistentAbsenceRate).toBeCloseTo(
      (100 * expected.headline.persistentAbsentees) / expected.headline.enrolments,
      10,
    );

    expect(laOverview.schools).toHaveLength(expected.bySchool.size);
    for (const school of laOverview.schools) {
      const independent = expected.bySchool.get(school.urn);
      expect(independent, `school ${school.urn}`).toBeDefined();
      expect(school.measures).toMatchObject({
        enrolments: independent?.enrolments,
        possibleSessions: independent?.possibleSessions,
        authorisedSessions: independent?.authorisedSessions,
        unauthorisedSessions: independent?.unauthorisedSessions,
        persistentAbsentees: independent?.persistentAbsentees,
        severeAbsentees: independent?.severeAbsentees,
      });
    }

    const weeks = [...expected.weekly.entries()].sort(([a], [b]) => a.localeCompare(b));
    expect(laOverview.weeklyTrend.map((week) => week.weekStart)).toEqual(
      weeks.map(([weekStart]) => weekStart),
    );
    laOverview.weeklyTrend.forEach((week, index) => {
      const [, independent] = weeks[index] as [string, { possible: number; absent: number }];
      expect(week.possibleSessions).toBe(independent.possible);
      expect(week.overallAbsenceRate).toBeCloseTo((100 * independent.absent) / independent.possible, 10);
    });
  });

  it('breaks the same figures down by school and by a pair of characteristics (cohortMeasures)', async () => {
    const measures = `measures { enrolments possibleSessions authorisedSessions unauthorisedSessions persistentAbsentees severeAbsentees }`;
    const bySchool = await postGraphql<{
      cohortMeasures: {
        academicYear: string;
        cohort: string;
        groups: { keys: (string | null)[]; all: boolean[]; measures: Measures }[];
      };
    }>(
      product.baseUrl,
      `query { cohortMeasures(dimensions: [school]) { academicYear cohort groups { keys all ${measures} } } }`,
    );
    const expected = computeOverviewFromExports(product.exportsDir);
    const { groups } = bySchool.cohortMeasures;
    expect(bySchool.cohortMeasures).toMatchObject({ academicYear: '2026/27', cohort: 'STATUTORY' });
    const [total, ...schools] = groups;
    expect(total?.all).toEqual([true]);
    expect(total?.measures).toMatchObject({
      enrolments: expected.headline.enrolments,
      possibleSessions: expected.headline.possibleSessions,
      persistentAbsentees: expected.headline.persistentAbsentees,
    });
    expect(schools).toHaveLength(expected.bySchool.size);
    for (const school of schools) {
      const independent = expected.bySchool.get(school.keys[0] as string);
      expect(school.measures).toMatchObject({
        enrolments: independent?.enrolments,
        possibleSessions: independent?.possibleSessions,
        unauthorisedSessions: independent?.unauthorisedSessions,
        severeAbsentees: independent?.severeAbsentees,
      });
    }

    const pair = await postGraphql<{
      cohortMeasures: {
        groups: {
          all: boolean[];
          measures: { enrolments: number };
          reasons: { column: string; sessions: number }[];
          bands: { bandId: string; enrolments: number }[];
          persistentShareOfAbsence: number | null;
        }[];
      };
    }>(
      product.baseUrl,
      `query { cohortMeasures(dimensions: [yearGroup, senProvision]) { groups { all measures { enrolments } reasons { column sessions } bands { bandId enrolments } persistentShareOfAbsence } } }`,
    );
    const cells = pair.cohortMeasures.groups.filter((group) => !group.all[0] && !group.all[1]);
    const pairTotal = pair.cohortMeasures.groups.find((group) => group.all[0] && group.all[1]);
    expect(cells.reduce((sum, cell) => sum + cell.measures.enrolments, 0)).toBe(expected.headline.enrolments);
    expect(pairTotal?.bands.reduce((sum, band) => sum + band.enrolments, 0)).toBe(
      expected.headline.enrolments,
    );
    expect(pairTotal?.reasons.map((reason) => reason.column)).toContain('sess_auth_illness');
    expect(pairTotal?.persistentShareOfAbsence).toBeGreaterThan(0);

    await expect(
      postGraphql(product.baseUrl, `query { cohortMeasures(dimensions: [sex, fsm, eal]) { cohort } }`),
    ).rejects.toThrow(/expected one or two dimensions/);
  });

  it('pages through the persistent absentees (absenteeList), as many as the overview counts', async () => {
    type Page = {
      absenteeList: {
        length: number;
        pupils: { urn: string; upn: string; attendanceRate: number; severe: boolean }[];
      };
    };
    const page = (offset: number) =>
      postGraphql<Page>(
        product.baseUrl,
        `query { absenteeList(list: PERSISTENT, limit: 25, offset: ${offset}) { length pupils { urn upn attendanceRate severe } } }`,
      );
    const expected = computeOverviewFromExports(product.exportsDir);
    const first = await page(0);
    expect(first.absenteeList.length).toBe(expected.headline.persistentAbsentees);
    const pupils = [...first.absenteeList.pupils];
    for (let offset = 25; offset < first.absenteeList.length; offset += 25) {
      pupils.push(...(await page(offset)).absenteeList.pupils);
    }
    expect(new Set(pupils.map((pupil) => `${pupil.urn} ${pupil.upn}`)).size).toBe(
      expected.headline.persistentAbsentees,
    );
    const rates = pupils.map((pupil) => pupil.attendanceRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(rates.every((rate) => rate <= 90)).toBe(true);
    expect(pupils.filter((pupil) => pupil.severe)).toHaveLength(expected.headline.severeAbsentees);

    await expect(
      postGraphql(product.baseUrl, `query { absenteeList(list: SEVERE, limit: 501) { length } }`),
    ).rejects.toThrow(/limit.*expected 1 to 500/);
  });

  it('answers a narrower period and rejects an impossible date with a clear error', async () => {
    const narrow = await postGraphql<LaOverviewResponse>(
      product.baseUrl,
      `query { laOverview(from: "2026-11-02", to: "2026-11-06") { periodStart periodEnd weeklyTrend { weekStart } headline { possibleSessions } } }`,
    );
    expect(narrow.laOverview.periodStart).toBe('2026-11-02');
    expect(narrow.laOverview.periodEnd).toBe('2026-11-06');
    expect(narrow.laOverview.weeklyTrend.map((week) => week.weekStart)).toEqual(['2026-11-02']);
    expect(narrow.laOverview.headline.possibleSessions).toBeGreaterThan(0);

    await expect(
      postGraphql(product.baseUrl, `query { laOverview(from: "2026-02-30") { periodStart } }`),
    ).rejects.toThrow(/Invalid argument "from" \("2026-02-30"\): expected a real date as YYYY-MM-DD/);
  });

  it('records the first-run import in PostgreSQL and serves the dashboard at /', async () => {
    const { importRuns } = await postGraphql<{
      importRuns: {
        trigger: string;
        status: string;
        unitsLoaded: number;
        unitsFailed: number;
        marksLoaded: number;
      }[];
    }>(
      product.baseUrl,
      `query { importRuns(limit: 5) { trigger status unitsLoaded unitsFailed marksLoaded } }`,
    );
    const expected = computeOverviewFromExports(product.exportsDir);
    expect(importRuns).toHaveLength(1);
    expect(importRuns[0]).toMatchObject({ trigger: 'demo-bootstrap', status: 'succeeded', unitsFailed: 0 });
    expect(importRuns[0]?.unitsLoaded).toBeGreaterThanOrEqual(expected.bySchool.size);
    expect(importRuns[0]?.marksLoaded).toBeGreaterThan(expected.headline.possibleSessions);

    const page = await fetch(product.baseUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');

    // The app's scripts and GraphQL answers go gzipped to a browser that accepts it (fetch asks for gzip and
    // unpacks it, leaving the header).
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script!, product.baseUrl), { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await asset.text()).length).toBeGreaterThan(1000);
  });

  it('pages, sorts and filters the schools table on the server', async () => {
    type Page = {
      laOverview: {
        all: { urn: string; phase: string; measures: { attendanceRate: number | null } }[];
        page: { urn: string }[];
        schoolCount: number;
        nullPhaseCount: number;
        primaryCount: number;
        primaries: { phase: string }[];
      };
    };
    const { laOverview } = await postGraphql<Page>(
      product.baseUrl,
      `query {
        laOverview {
          all: schools(sort: ATTENDANCE, limit: 1000) { urn phase measures { attendanceRate } }
          page: schools(sort: ATTENDANCE, limit: 2, offset: 1) { urn }
          schoolCount
          nullPhaseCount: schoolCount(phase: null, type: null)
          primaryCount: schoolCount(phase: "Primary")
          primaries: schools(phase: "Primary", limit: 1000) { phase }
        }
      }`,
    );
    const rates = laOverview.all.map((school) => school.measures.attendanceRate ?? Infinity);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(laOverview.schoolCount).toBe(laOverview.all.length);
    // An optional argument sent as null is not given (generated clients send unset variables as null).
    expect(laOverview.nullPhaseCount).toBe(laOverview.schoolCount);
    expect(laOverview.page.map((school) => school.urn)).toEqual(laOverview.all.slice(1, 3).map((s) => s.urn));
    const primaries = laOverview.all.filter((school) => school.phase === 'Primary').length;
    expect(primaries).toBeGreaterThan(0);
    expect(laOverview.primaryCount).toBe(primaries);
    expect(laOverview.primaries).toHaveLength(primaries);
    expect(laOverview.primaries.every((school) => school.phase === 'Primary')).toBe(true);
  });

  it('compares the headline with last week and last year, from overviews of those periods', async () => {
    type Change = {
      from: string;
      to: string;
      hasData: boolean;
      changes: Record<string, number | null>;
    } | null;
    const rates =
      'attendanceRate authorisedAbsenceRate unauthorisedAbsenceRate persistentAbsenceRate severeAbsenceRate';
    const change = `from to hasData changes { ${rates} }`;
    const { laOverview } = await postGraphql<{
      laOverview: {
        headline: Record<string, number | null>;
        changes: { sinceLastWeek: Change; samePointLastYear: Change };
        halfTerms: { number: number; label: string; firstWeekStart: string; lastWeekStart: string }[];
      };
    }>(
      product.baseUrl,
      `query { laOverview { headline { ${rates} } changes { sinceLastWeek { ${change} } samePointLastYear { ${change} } } halfTerms { number label firstWeekStart lastWeekStart } } }`,
    );
    // Friday 20 November 2026: last week ends on Sunday 15 November.
    const lastWeek = await postGraphql<{ laOverview: { headline: Record<string, number | null> } }>(
      product.baseUrl,
      `query { laOverview(from: "2026-08-01", to: "2026-11-15") { headline { ${rates} } } }`,
    );
    const { sinceLastWeek, samePointLastYear } = laOverview.changes;
    expect(sinceLastWeek).toMatchObject({ from: '2026-08-01', to: '2026-11-15', hasData: true });
    for (const rate of rates.split(' ')) {
      expect(sinceLastWeek?.changes[rate]).toBeCloseTo(
        (laOverview.headline[rate] ?? NaN) - (lastWeek.laOverview.headline[rate] ?? NaN),
        10,
      );
    }
    // The generated LA holds this academic year only.
    expect(samePointLastYear).toMatchObject({ from: '2025-08-02', to: '2025-11-21', hasData: false });
    expect(Object.values(samePointLastYear?.changes ?? {}).every((value) => value === null)).toBe(true);

    expect(laOverview.halfTerms.map((term) => term.label)).toEqual([
      'Autumn 1',
      'Autumn 2',
      'Spring 1',
      'Spring 2',
      'Summer 1',
      'Summer 2',
    ]);
    expect(laOverview.halfTerms[0]?.firstWeekStart).toBe('2026-08-31');
  });

  it("flags each school's penalty-notice and CME counts exactly as the lists filtered to it", async () => {
    type SchoolActionsRow = {
      urn: string;
      actions: {
        fourWeekChange: number | null;
        latestFourWeeksAttendanceRate: number | null;
        previousFourWeeksAttendanceRate: number | null;
        penaltyNoticePupils: number;
        cmeMilestones: { milestone: number; children: number }[];
        lastMarkDate: string | null;
        registerDatesBehind: number;
      };
    };
    const { laOverview } = await postGraphql<{ laOverview: { schools: SchoolActionsRow[] } }>(
      product.baseUrl,
      `query { laOverview { schools(limit: 1000) { urn actions { fourWeekChange latestFourWeeksAttendanceRate previousFourWeeksAttendanceRate penaltyNoticePupils cmeMilestones { milestone children } lastMarkDate registerDatesBehind } } } }`,
    );
    const quality = await postGraphql<{
      dataQuality: { schools: { urn: string; lastMarkDate: string | null; registerDatesBehind: number }[] };
    }>(product.baseUrl, `query { dataQuality { schools { urn lastMarkDate registerDatesBehind } } }`);
    expect(laOverview.schools.some((school) => (school.actions.cmeMilestones[0]?.children ?? 0) > 0)).toBe(
      true,
    );
    for (const { urn, actions } of laOverview.schools) {
      const lists = await postGraphql<Record<string, { length: number }>>(
        product.baseUrl,
        `query {
          penalty: penaltyNoticeList(urn: "${urn}", limit: 1) { length }
          ${actions.cmeMilestones.map(({ milestone }) => `cme${milestone}: cmeMilestoneList(urn: "${urn}", milestone: ${milestone}, limit: 1) { length }`).join('\n')}
        }`,
      );
      expect(actions.penaltyNoticePupils, urn).toBe(lists['penalty']?.length);
      for (const { milestone, children } of actions.cmeMilestones) {
        expect(children, `${urn} at ${milestone}`).toBe(lists[`cme${milestone}`]?.length);
      }
      const freshness = quality.dataQuality.schools.find((school) => school.urn === urn);
      expect({
        lastMarkDate: actions.lastMarkDate,
        registerDatesBehind: actions.registerDatesBehind,
      }).toEqual({
        lastMarkDate: freshness?.lastMarkDate,
        registerDatesBehind: freshness?.registerDatesBehind,
      });
      expect(actions.fourWeekChange).toBeCloseTo(
        (actions.latestFourWeeksAttendanceRate ?? NaN) - (actions.previousFourWeeksAttendanceRate ?? NaN),
        10,
      );
    }
  });

  it.each([
    { sort: 'FOUR_WEEK_CHANGE', figure: (actions: SortedActions) => actions.fourWeekChange },
    { sort: 'PENALTY_NOTICE_PUPILS', figure: (actions: SortedActions) => actions.penaltyNoticePupils },
    {
      sort: 'CME_CHILDREN',
      figure: (actions: SortedActions) =>
        actions.cmeMilestones.find((count) => count.milestone === CME_LA_MILESTONE_DAYS[0])?.children ?? null,
    },
  ])(
    'sorts the schools by their actions ($sort) both ways, two pages at a time',
    async ({ sort, figure }) => {
      type Row = { urn: string; name: string; actions: SortedActions };
      const fields =
        'urn name actions { fourWeekChange penaltyNoticePupils cmeMilestones { milestone children } }';
      const { laOverview } = await postGraphql<{
        laOverview: Record<'all' | 'ascending1' | 'ascending2' | 'descending1' | 'descending2', Row[]>;
      }>(
        product.baseUrl,
        `query {
        laOverview {
          all: schools(limit: 1000) { ${fields} }
          ascending1: schools(sort: ${sort}, limit: 3, offset: 0) { ${fields} }
          ascending2: schools(sort: ${sort}, limit: 3, offset: 3) { ${fields} }
          descending1: schools(sort: ${sort}, descending: true, limit: 3, offset: 0) { ${fields} }
          descending2: schools(sort: ${sort}, descending: true, limit: 3, offset: 3) { ${fields} }
        }
      }`,
      );
      const { all } = laOverview;
      expect(all.length).toBeGreaterThan(3);
      expect(all.length).toBeLessThanOrEqual(6);
      // Independently: the figure each school's actions show, missing ones last either way, ties by name (case
      // aside) then URN.
      const names = new Intl.Collator('en-GB', { sensitivity: 'base' });
      const ordered = (direction: 1 | -1) =>
        [...all]
          .sort((a, b) => {
            const [fa, fb] = [figure(a.actions), figure(b.actions)];
            if (fa === null || fb === null) {
              if (fa !== fb) return fa === null ? 1 : -1;
            } else if (fa !== fb) {
              return direction * (fa - fb);
            }
            return names.compare(a.name, b.name) || a.urn.localeCompare(b.urn);
          })
          .map((school) => school.urn);
      const urns = (rows: Row[]) => rows.map((school) => school.urn);
      expect(new Set(all.map((school) => figure(school.actions))).size, 'figures to order').toBeGreaterThan(
        1,
      );
      expect([...urns(laOverview.ascending1), ...urns(laOverview.ascending2)]).toEqual(ordered(1));
      expect([...urns(laOverview.descending1), ...urns(laOverview.descending2)]).toEqual(ordered(-1));
      // Each page's rows carry the same actions the order was made from.
      expect(laOverview.descending1[0]?.actions).toEqual(
        all.find((school) => school.urn === laOverview.descending1[0]?.urn)?.actions,
      );
    },
  );

  it('refuses a page of schools larger than the largest', async () => {
    await expect(
      postGraphql(product.baseUrl, '{ laOverview { schools(limit: 1001) { urn } } }'),
    ).rejects.toThrow(/1 to 1000/);
  });
});
