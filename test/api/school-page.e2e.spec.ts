import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// The school page asks the LA-wide breakdowns and action lists for one school through their `urn` argument,
// which narrows the caller's scope to that school. Narrowing must neither lose nor invent anything: a
// school's breakdown is the LA breakdown's groups for that school, and each list with `urn` holds exactly the
// LA list's rows of that school, in the same order, with the same figures.

const AS_OF = '2026-03-20';
const PAGE = 500;

const GROUP_FIELDS = /* GraphQL */ `
  keys
  all
  measures {
    enrolments
    possibleSessions
    attendedSessions
    persistentAbsentees
    severeAbsentees
    attendanceRate
  }
  reasons {
    column
    sessions
  }
  persistentAbsenceSessions
  bands {
    bandId
    enrolments
  }
`;

const COHORT_MEASURES = /* GraphQL */ `
  query ($dimensions: [MeasureDimension!]!, $urn: String) {
    cohortMeasures(dimensions: $dimensions, urn: $urn) {
      groups {
        ${GROUP_FIELDS}
      }
    }
  }
`;

/** Each action list: its query name, extra arguments, and the row fields compared (every figure of a row). */
const LISTS: { name: string; args: string; fields: string }[] = [
  {
    name: 'absenteeList',
    args: 'list: PERSISTENT',
    fields: 'attendanceRate attendedSessions authorisedSessions unauthorisedSessions possibleSessions severe',
  },
  { name: 'absenteeList', args: 'list: SEVERE', fields: 'attendanceRate possibleSessions severe' },
  {
    name: 'bandCrossingList',
    args: `asOf: "${AS_OF}"`,
    fields:
      'attendanceRateBefore attendanceRateNow bandsDropped possibleSessionsBefore possibleSessionsNow bandNow { id }',
  },
  {
    name: 'penaltyNoticeList',
    args: `asOf: "${AS_OF}"`,
    fields: 'unauthorisedSessions schoolWeeks thresholdMetOn windowStart windowEnd',
  },
  { name: 'cmeMilestoneList', args: `asOf: "${AS_OF}"`, fields: 'daysInRun milestone runSince lastAttended' },
  {
    name: 'illnessList',
    args: '',
    fields: 'illnessSessions pupilIllnessSessions pupilEnrolments possibleSessions latestIllnessWeek',
  },
  {
    name: 'partTimeTimetableList',
    args: '',
    fields: 'partTimeSessions firstPartTimeDate latestPartTimeDate current',
  },
  {
    name: 'earlyWarningList',
    args: `asOf: "${AS_OF}"`,
    fields: 'attendanceRate projectedAttendanceRate schoolAttendanceRate likelyPersistent alreadyPersistent',
  },
];

interface ListRow {
  urn: string;
  pupilId: number;
  [field: string]: unknown;
}

interface Group {
  keys: (string | null)[];
  all: boolean[];
  [field: string]: unknown;
}

const listQuery = (list: (typeof LISTS)[number]) => /* GraphQL */ `
  query ($urn: String, $offset: Int!) {
    ${list.name}(${list.args ? `${list.args}, ` : ''}urn: $urn, limit: ${PAGE}, offset: $offset) {
      length
      pupils {
        urn
        pupilId
        yearGroup
        ${list.fields}
      }
    }
  }
`;

describe('the school page: breakdowns and action lists for one school (urn)', () => {
  let product: RunningProduct;
  let urns: string[];

  async function everyRow(list: (typeof LISTS)[number], urn?: string): Promise<ListRow[]> {
    const rows: ListRow[] = [];
    for (;;) {
      const data = await postGraphql<Record<string, { length: number; pupils: ListRow[] }>>(
        product.baseUrl,
        listQuery(list),
        { urn, offset: rows.length },
      );
      const page = data[list.name] as { length: number; pupils: ListRow[] };
      rows.push(...page.pupils);
      if (rows.length >= page.length || page.pupils.length === 0) {
        expect(rows).toHaveLength(page.length);
        return rows;
      }
    }
  }

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 2400, seed: 2031, asOf: AS_OF });
    const data = await postGraphql<{ laOverview: { schools: { urn: string }[] } }>(
      product.baseUrl,
      '{ laOverview { schools { urn } } }',
    );
    urns = data.laOverview.schools.map((school) => school.urn);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it("gives each school's breakdown as the LA breakdown by school gives it", async () => {
    for (const dimension of ['yearGroup', 'senProvision', 'ethnicity']) {
      const byLa = await postGraphql<{ cohortMeasures: { groups: Group[] } }>(
        product.baseUrl,
        COHORT_MEASURES,
        { dimensions: ['school', dimension] },
      );
      for (const urn of urns) {
        const bySchool = await postGraphql<{ cohortMeasures: { groups: Group[] } }>(
          product.baseUrl,
          COHORT_MEASURES,
          { dimensions: [dimension], urn },
        );
        const fromLa = byLa.cohortMeasures.groups
          .filter((group) => group.keys[0] === urn && !group.all[0])
          .map(({ keys, all, ...figures }) => ({ keys: keys.slice(1), all: all.slice(1), ...figures }));
        expect(bySchool.cohortMeasures.groups.length).toBeGreaterThan(1);
        expect(bySchool.cohortMeasures.groups).toEqual(fromLa);
      }
    }
  });

  it.each(LISTS.map((list) => [`${list.name}(${list.args})`, list] as const))(
    "gives each school's %s as exactly the LA list's rows of that school",
    async (_label, list) => {
      const laRows = await everyRow(list);
      expect(laRows.length).toBeGreaterThan(0);
      for (const urn of urns) {
        const schoolRows = await everyRow(list, urn);
        expect(schoolRows).toEqual(laRows.filter((row) => row.urn === urn));
      }
    },
  );

  it('answers an unknown or malformed URN as bad input naming the URN', async () => {
    const unknown = await postGraphqlExpectingErrors(product.baseUrl, COHORT_MEASURES, {
      dimensions: ['yearGroup'],
      urn: '999999',
    });
    expect(unknown).toEqual([
      { message: 'urn: no school with URN 999999 has been loaded', code: 'BAD_USER_INPUT' },
    ]);
    const malformed = await postGraphqlExpectingErrors(
      product.baseUrl,
      '{ absenteeList(list: SEVERE, urn: "12ab") { length } }',
    );
    expect(malformed[0]?.message).toMatch(
      /Invalid argument "urn" \("12ab"\): expected a URN \(6 or 7 digits\)/,
    );
  });
});
