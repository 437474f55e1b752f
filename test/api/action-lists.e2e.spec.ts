import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  academicYearOf,
  consecutiveUnexplainedAbsenceDays,
  defaultLaTermCalendar,
  isInStatutoryCohort,
  isSixthHalfTermExcluded,
  registerCalendar,
  SchoolCalendar,
  unauthorisedSessionsInRollingWindow,
} from '@attendance/domain';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// The penalty-notice and CME lists over GraphQL, against the real API with a generated LA, paged through in
// each order and checked against the exports the product loaded, counted with the domain's own functions
// (each school's register as its calendar, a later export replacing an earlier one's dates).

const AS_OF = '2026-03-20';

interface ExportedEnrolment {
  urn: string;
  upn: string;
  dateOfBirth: string;
  marks: { date: string; session: 'AM' | 'PM'; mark: string }[];
}

/** Each school's latest pupils file, with the school's latest mark of every session of each pupil. */
function exportedEnrolments(folder: string): Map<string, ExportedEnrolment[]> {
  const bySchool = new Map<string, ExportedEnrolment[]>();
  const files = readdirSync(folder).filter((file) => /^\d+_\d{8}_marks\.csv$/.test(file));
  for (const urn of new Set(files.map((file) => file.slice(0, file.indexOf('_'))))) {
    const marks = new Map<string, Record<string, string>>();
    const exports = files.filter((file) => file.startsWith(`${urn}_`)).sort();
    for (const file of exports) {
      const rows = parse(readFileSync(join(folder, file), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      const dates = rows.map((row) => row['date'] as string).sort();
      for (const [key, row] of marks) {
        if ((row['date'] as string) >= (dates[0] ?? '') && (row['date'] as string) <= (dates.at(-1) ?? '')) {
          marks.delete(key);
        }
      }
      for (const row of rows) marks.set(`${row['upn']} ${row['date']} ${row['session']}`, row);
    }
    const latestPupils = (exports.at(-1) as string).replace('_marks.csv', '_pupils.csv');
    const pupils = parse(readFileSync(join(folder, latestPupils), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const byUpn = new Map<string, ExportedEnrolment>(
      pupils.map((pupil) => [
        pupil['upn'] as string,
        { urn, upn: pupil['upn'] as string, dateOfBirth: pupil['date_of_birth'] as string, marks: [] },
      ]),
    );
    for (const row of marks.values()) {
      byUpn.get(row['upn'] as string)?.marks.push({
        date: row['date'] as string,
        session: row['session'] as 'AM' | 'PM',
        mark: row['mark'] as string,
      });
    }
    bySchool.set(urn, [...byUpn.values()]);
  }
  return bySchool;
}

function statutoryOn(dateOfBirth: string, day: string): boolean {
  const year = academicYearOf(day);
  if (!isInStatutoryCohort(dateOfBirth, year)) return false;
  if (!isSixthHalfTermExcluded(dateOfBirth, year)) return true;
  const sixth = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(year)).halfTerms(year)[5];
  return sixth === undefined || day < sixth.start;
}

/** Per pupil (`urn upn`): G/N/O/U sessions in the window and the CME run, by the domain's functions. */
function independentCounts(folder: string): { sessions: Map<string, number>; runs: Map<string, number> } {
  const sessions = new Map<string, number>();
  const runs = new Map<string, number>();
  for (const [urn, enrolments] of exportedEnrolments(folder)) {
    const calendar = registerCalendar(enrolments.flatMap((enrolment) => enrolment.marks));
    const end = enrolments
      .flatMap((enrolment) => enrolment.marks.map((mark) => mark.date))
      .filter((date) => date <= AS_OF)
      .sort()
      .at(-1);
    if (end === undefined) continue;
    for (const enrolment of enrolments) {
      if (!statutoryOn(enrolment.dateOfBirth, end)) continue;
      const key = `${urn} ${enrolment.upn}`;
      const window = unauthorisedSessionsInRollingWindow(enrolment.marks, calendar, end);
      if (window.count >= 10) sessions.set(key, window.count);
      const run = consecutiveUnexplainedAbsenceDays(enrolment.marks, calendar, AS_OF);
      if (run.days >= 3) runs.set(key, run.days);
    }
  }
  return { sessions, runs };
}

interface Page<Row> {
  asOf: string | null;
  dataAsOf: string | null;
  length: number;
  pupils: Row[];
}

interface PenaltyRow {
  urn: string;
  upn: string;
  yearGroup: string | null;
  unauthorisedSessions: number;
  windowStart: string;
  windowEnd: string;
  schoolWeeks: number;
  thresholdMetOn: string;
}

interface CmeRow {
  urn: string;
  upn: string;
  yearGroup: string | null;
  daysInRun: number;
  runSince: string;
  milestone: number;
  lastSchoolDay: string;
  lastAttended: string | null;
}

const PENALTY_NOTICE_LIST = /* GraphQL */ `
  query ($sort: PenaltyNoticeSortOrder!, $limit: Int!, $offset: Int!) {
    penaltyNoticeList(sort: $sort, limit: $limit, offset: $offset) {
      asOf
      dataAsOf
      length
      pupils {
        urn
        upn
        yearGroup
        unauthorisedSessions
        windowStart
        windowEnd
        schoolWeeks
        thresholdMetOn
      }
    }
  }
`;

const CME_MILESTONE_LIST = /* GraphQL */ `
  query ($milestone: Int, $sort: CmeMilestoneSortOrder!, $limit: Int!, $offset: Int!) {
    cmeMilestoneList(milestone: $milestone, sort: $sort, limit: $limit, offset: $offset) {
      asOf
      dataAsOf
      length
      pupils {
        urn
        upn
        yearGroup
        daysInRun
        runSince
        milestone
        lastSchoolDay
        lastAttended
      }
    }
  }
`;

describe('Penalty-notice and CME lists over GraphQL (real API, generated LA)', () => {
  let product: RunningProduct;
  let expected: { sessions: Map<string, number>; runs: Map<string, number> };

  async function everyPage<Row>(
    field: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Row[]> {
    const rows: Row[] = [];
    for (let offset = 0; ; offset += 40) {
      const data = await postGraphql<Record<string, Page<Row>>>(product.baseUrl, query, {
        ...variables,
        limit: 40,
        offset,
      });
      const page = data[field] as Page<Row>;
      expect(page).toMatchObject({ asOf: AS_OF, dataAsOf: AS_OF });
      rows.push(...page.pupils);
      if (offset + 40 >= page.length) {
        expect(rows).toHaveLength(page.length);
        return rows;
      }
    }
  }

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 2400, seed: 2031, asOf: AS_OF });
    expected = independentCounts(product.exportsDir);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('pages through the penalty-notice list in each order, agreeing with the exported marks', async () => {
    const bySessions = await everyPage<PenaltyRow>('penaltyNoticeList', PENALTY_NOTICE_LIST, {
      sort: 'SESSIONS',
    });
    expect(bySessions.length).toBeGreaterThan(20);
    expect(new Map(bySessions.map((row) => [`${row.urn} ${row.upn}`, row.unauthorisedSessions]))).toEqual(
      expected.sessions,
    );
    const counts = bySessions.map((row) => row.unauthorisedSessions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const row of bySessions) {
      expect(row.schoolWeeks).toBe(10);
      expect(row.windowStart <= row.thresholdMetOn && row.thresholdMetOn <= row.windowEnd).toBe(true);
    }

    const bySchool = await everyPage<PenaltyRow>('penaltyNoticeList', PENALTY_NOTICE_LIST, {
      sort: 'SCHOOL',
    });
    const urns = bySchool.map((row) => row.urn);
    expect(urns).toEqual([...urns].sort());
    expect(new Set(bySchool.map((row) => `${row.urn} ${row.upn}`))).toEqual(
      new Set(expected.sessions.keys()),
    );
    const byYear = await everyPage<PenaltyRow>('penaltyNoticeList', PENALTY_NOTICE_LIST, {
      sort: 'YEAR_GROUP',
    });
    const years = byYear.map((row) => row.yearGroup ?? '');
    expect(years).toEqual([...years].sort());
  });

  it('pages through the CME list in each order and by milestone, agreeing with the exported marks', async () => {
    const byDays = await everyPage<CmeRow>('cmeMilestoneList', CME_MILESTONE_LIST, { sort: 'DAYS' });
    expect(byDays.length).toBeGreaterThan(5);
    expect(byDays.some((row) => row.daysInRun >= 20 && row.milestone === 20)).toBe(true);
    expect(new Map(byDays.map((row) => [`${row.urn} ${row.upn}`, row.daysInRun]))).toEqual(expected.runs);
    const days = byDays.map((row) => row.daysInRun);
    expect(days).toEqual([...days].sort((a, b) => b - a));

    const bySchool = await everyPage<CmeRow>('cmeMilestoneList', CME_MILESTONE_LIST, { sort: 'SCHOOL' });
    expect(bySchool.map((row) => row.urn)).toEqual(bySchool.map((row) => row.urn).sort());
    const tenDays = await everyPage<CmeRow>('cmeMilestoneList', CME_MILESTONE_LIST, {
      milestone: 10,
      sort: 'YEAR_GROUP',
    });
    expect(new Set(tenDays.map((row) => `${row.urn} ${row.upn}`))).toEqual(
      new Set([...expected.runs].filter(([, run]) => run >= 10).map(([key]) => key)),
    );
    const years = tenDays.map((row) => row.yearGroup ?? '');
    expect(years).toEqual([...years].sort());
  });

  it('names the argument it cannot accept', async () => {
    const [milestone] = await postGraphqlExpectingErrors(
      product.baseUrl,
      'query { cmeMilestoneList(milestone: 4) { length } }',
    );
    expect(milestone?.message).toMatch(/Invalid argument "milestone" \(4\): expected one of 3, 6, 10, 20/);
    const [early] = await postGraphqlExpectingErrors(
      product.baseUrl,
      'query { penaltyNoticeList(asOf: "2024-07-01") { length } }',
    );
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(early?.message).toMatch(/asOf must be on or after 2024-08-19/);
    const [page] = await postGraphqlExpectingErrors(
      product.baseUrl,
      'query { penaltyNoticeList(limit: 501) { length } }',
    );
    expect(page?.message).toMatch(/Invalid argument "limit" \(501\): expected 1 to 500/);
  });
});
