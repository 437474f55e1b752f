import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// The action lists (band crossings, illness, part-time timetables) and a pupil's record over GraphQL, against
// the real API with a generated LA. A record is checked against the exports the product loaded (its calendar
// is the school's latest marks for the pupil) and against itself (its totals and reasons are its calendar
// added up), and agrees with the lists it was taken from.

const AS_OF = '2027-03-05';

interface Page<Row> {
  academicYear: string;
  periodEnd: string;
  length: number;
  pupils: Row[];
}

interface Mark {
  code: string;
  category: string;
  reasonColumn: string | null;
}

interface PupilRecordResponse {
  pupilRecord: {
    academicYear: string;
    school: { urn: string; name: string };
    upn: string;
    characteristics: { yearGroup: string | null; inStatutoryCohort: boolean };
    calendar: { date: string; am: Mark | null; pm: Mark | null }[];
    weeks: { weekStart: string; possibleSessions: number; yearToDateBand: { id: string } | null }[];
    reasons: { column: string; sessions: number }[];
    yearToDate: {
      possibleSessions: number;
      attendedSessions: number;
      authorisedSessions: number;
      unauthorisedSessions: number;
      notPossibleSessions: number;
      administrativeSessions: number;
      attendanceRate: number | null;
      band: { id: string } | null;
    };
    otherEnrolments: { urn: string }[];
  };
}

const PUPIL_RECORD_FIELDS = /* GraphQL */ `
      academicYear
      school {
        urn
        name
      }
      upn
      characteristics {
        yearGroup
        inStatutoryCohort
      }
      calendar {
        date
        am {
          ...Mark
        }
        pm {
          ...Mark
        }
      }
      weeks {
        weekStart
        possibleSessions
        yearToDateBand {
          id
        }
      }
      reasons {
        column
        sessions
      }
      yearToDate {
        possibleSessions
        attendedSessions
        authorisedSessions
        unauthorisedSessions
        notPossibleSessions
        administrativeSessions
        attendanceRate
        band {
          id
        }
      }
      otherEnrolments {
        urn
      }
`;

const MARK_FRAGMENT = /* GraphQL */ `
  fragment Mark on PupilRecordMark {
    code
    category
    reasonColumn
  }
`;

const PUPIL_RECORD = /* GraphQL */ `
  query PupilRecord($urn: String!, $upn: String!, $academicYear: Int) {
    pupilRecord(urn: $urn, upn: $upn, academicYear: $academicYear) { ${PUPIL_RECORD_FIELDS} }
  }
  ${MARK_FRAGMENT}
`;

/** The same record by the store's pupil id (a UPN may be given too, to check that both are refused). */
const PUPIL_RECORD_BY_ID = /* GraphQL */ `
  query PupilRecordById($urn: String!, $pupilId: Int, $upn: String) {
    pupilRecord(urn: $urn, pupilId: $pupilId, upn: $upn) { ${PUPIL_RECORD_FIELDS} }
  }
  ${MARK_FRAGMENT}
`;

/** The school's latest mark of each of the pupil's sessions: exports in date order, a later one replacing. */
function exportedMarks(folder: string, urn: string, upn: string): Map<string, string> {
  const marks = new Map<string, string>();
  const files = readdirSync(folder)
    .filter((file) => file.startsWith(`${urn}_`) && file.endsWith('_marks.csv'))
    .sort();
  for (const file of files) {
    const [header, ...lines] = readFileSync(join(folder, file), 'utf8').trimEnd().split('\n');
    // Dates are the second column of every row; only the pupil's rows need parsing.
    const dates = lines.map((line) => line.split(',')[1] as string).sort();
    for (const key of [...marks.keys()]) {
      const date = key.slice(0, 10);
      if (date >= (dates[0] ?? '') && date <= (dates.at(-1) ?? '')) marks.delete(key);
    }
    const own = lines.filter((line) => line.startsWith(`${upn},`));
    const rows = parse([header, ...own].join('\n'), { columns: true }) as Record<string, string>[];
    for (const row of rows) marks.set(`${row['date']} ${row['session']}`, row['mark'] as string);
  }
  return marks;
}

describe('Action lists and a pupil record over GraphQL (real API, generated LA)', () => {
  let product: RunningProduct;
  const record = (urn: string, upn: string) =>
    postGraphql<PupilRecordResponse>(product.baseUrl, PUPIL_RECORD, { urn, upn }).then((r) => r.pupilRecord);

  beforeAll(async () => {
    product = await startProduct({ schools: 8, pupils: 3000, seed: 2027, asOf: AS_OF });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('lists band crossings page by page and a record agrees with the bands and its own calendar', async () => {
    const query = `query ($offset: Int!, $sort: BandCrossingSortOrder!) {
      bandCrossingList(weeks: 4, sort: $sort, limit: 20, offset: $offset) {
        academicYear periodEnd weeks length bands { id }
        pupils { urn upn pupilId beforeThrough bandBefore { id } bandNow { id } bandsDropped attendanceRateNow }
      } }`;
    type Crossing = {
      urn: string;
      upn: string;
      pupilId: number;
      bandBefore: { id: string };
      bandNow: { id: string };
      bandsDropped: number;
      attendanceRateNow: number;
    };
    const first = await postGraphql<{ bandCrossingList: Page<Crossing> & { bands: { id: string }[] } }>(
      product.baseUrl,
      query,
      { offset: 0, sort: 'DROP' },
    );
    const list = first.bandCrossingList;
    expect(list).toMatchObject({ academicYear: '2026/27', periodEnd: AS_OF });
    expect(list.length).toBeGreaterThan(20);
    const ladder = list.bands.map((band) => band.id);
    for (const pupil of list.pupils) {
      expect(ladder.indexOf(pupil.bandNow.id) - ladder.indexOf(pupil.bandBefore.id)).toBe(pupil.bandsDropped);
      expect(pupil.bandsDropped).toBeGreaterThan(0);
    }
    const second = await postGraphql<{ bandCrossingList: Page<Crossing> }>(product.baseUrl, query, {
      offset: 20,
      sort: 'DROP',
    });
    const keys = (page: Page<Crossing>) => page.pupils.map(({ urn, upn }) => `${urn} ${upn}`);
    expect(keys(second.bandCrossingList).filter((key) => keys(list).includes(key))).toEqual([]);
    const byAttendance = await postGraphql<{ bandCrossingList: Page<Crossing> }>(product.baseUrl, query, {
      offset: 0,
      sort: 'ATTENDANCE',
    });
    const rates = byAttendance.bandCrossingList.pupils.map((pupil) => pupil.attendanceRateNow);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));

    const crossing = list.pupils[0] as Crossing;
    const pupil = await record(crossing.urn, crossing.upn);
    // Pages address a pupil by the store's id, never the UPN: the record by id is the same record.
    const byId = await postGraphql<PupilRecordResponse>(product.baseUrl, PUPIL_RECORD_BY_ID, {
      urn: crossing.urn,
      pupilId: crossing.pupilId,
    });
    expect(byId.pupilRecord).toEqual(pupil);
    const both = await postGraphqlExpectingErrors(product.baseUrl, PUPIL_RECORD_BY_ID, {
      urn: crossing.urn,
      pupilId: crossing.pupilId,
      upn: crossing.upn,
    });
    expect(both[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: /exactly one of upn and pupilId/ });
    expect(pupil.yearToDate.band?.id).toBe(crossing.bandNow.id);
    expect(pupil.weeks.at(-1)?.yearToDateBand?.id).toBe(crossing.bandNow.id);
    expect(pupil.yearToDate.attendanceRate).toBeCloseTo(crossing.attendanceRateNow, 9);
  });

  it("lists long illness (section 19) and a pupil's record adds up to the list and to the exported marks", async () => {
    const { illnessList } = await postGraphql<{
      illnessList: Page<{ urn: string; upn: string; illnessSessions: number; pupilIllnessDays: number }> & {
        minimumSessions: number;
      };
    }>(
      product.baseUrl,
      `query { illnessList(limit: 10) { academicYear periodEnd minimumSessions length
        pupils { urn upn illnessSessions pupilIllnessDays } } }`,
    );
    expect(illnessList.minimumSessions).toBe(30);
    expect(illnessList.length).toBeGreaterThan(5);
    expect(illnessList.pupils.every((p) => p.pupilIllnessDays >= 15)).toBe(true);

    const listed = illnessList.pupils[0] as { urn: string; upn: string; illnessSessions: number };
    const pupil = await record(listed.urn, listed.upn);
    expect(pupil).toMatchObject({ academicYear: '2026/27', upn: listed.upn, school: { urn: listed.urn } });
    expect(pupil.characteristics.inStatutoryCohort).toBe(true);

    const marks = pupil.calendar.flatMap((day) =>
      [day.am, day.pm].flatMap((mark, index) => (mark ? [{ date: day.date, index, ...mark }] : [])),
    );
    const exported = exportedMarks(product.exportsDir, listed.urn, listed.upn);
    expect(new Map(marks.map((m) => [`${m.date} ${m.index === 0 ? 'AM' : 'PM'}`, m.code]))).toEqual(exported);

    const count = (categories: string[]) => marks.filter((m) => categories.includes(m.category)).length;
    const { yearToDate } = pupil;
    expect(yearToDate).toMatchObject({
      attendedSessions: count(['present', 'approved-educational-activity']),
      authorisedSessions: count(['authorised-absence']),
      unauthorisedSessions: count(['unauthorised-absence']),
      notPossibleSessions: count(['not-possible']),
      administrativeSessions: count(['administrative']),
    });
    expect(yearToDate.possibleSessions).toBe(
      yearToDate.attendedSessions + yearToDate.authorisedSessions + yearToDate.unauthorisedSessions,
    );
    expect(pupil.weeks.reduce((sum, week) => sum + week.possibleSessions, 0)).toBe(
      yearToDate.possibleSessions,
    );
    for (const reason of pupil.reasons) {
      expect(reason.sessions, reason.column).toBe(
        marks.filter((m) => m.reasonColumn === reason.column).length,
      );
    }
    expect(pupil.reasons.find((reason) => reason.column === 'sess_auth_illness')?.sessions).toBe(
      listed.illnessSessions,
    );
  });

  it('lists part-time timetables (C2) whose record shows those marks', async () => {
    const { partTimeTimetableList } = await postGraphql<{
      partTimeTimetableList: Page<{
        urn: string;
        upn: string;
        partTimeSessions: number;
        firstPartTimeDate: string;
        latestPartTimeDate: string;
        current: boolean;
      }>;
    }>(
      product.baseUrl,
      `query { partTimeTimetableList(sort: LATEST) { length
        pupils { urn upn partTimeSessions firstPartTimeDate latestPartTimeDate current } } }`,
    );
    expect(partTimeTimetableList.length).toBeGreaterThan(0);
    const latest = partTimeTimetableList.pupils.map((p) => p.latestPartTimeDate);
    expect(latest).toEqual([...latest].sort().reverse());

    const listed = partTimeTimetableList.pupils[0] as (typeof partTimeTimetableList.pupils)[number];
    const pupil = await record(listed.urn, listed.upn);
    const c2Dates = pupil.calendar
      .flatMap((day) => [day.am, day.pm].filter((mark) => mark?.code === 'C2').map(() => day.date))
      .sort();
    expect(c2Dates.length).toBe(listed.partTimeSessions);
    expect([c2Dates[0], c2Dates.at(-1)]).toEqual([listed.firstPartTimeDate, listed.latestPartTimeDate]);
  });

  it("carries the pupil's rows of the early-warning, CME milestone and penalty-notice lists", async () => {
    const { earlyWarningList, cmeMilestoneList, penaltyNoticeList } = await postGraphql<{
      earlyWarningList: {
        pupils: {
          urn: string;
          pupilId: number;
          projectedAttendanceRate: number;
          likelyPersistent: boolean;
        }[];
      };
      cmeMilestoneList: {
        pupils: { urn: string; pupilId: number; daysInRun: number; runSince: string; milestone: number }[];
      };
      penaltyNoticeList: {
        pupils: {
          urn: string;
          pupilId: number;
          unauthorisedSessions: number;
          windowStart: string;
          windowEnd: string;
        }[];
      };
    }>(
      product.baseUrl,
      `query {
        earlyWarningList(flaggedOnly: true, limit: 1) { pupils { urn pupilId projectedAttendanceRate likelyPersistent } }
        cmeMilestoneList(limit: 1) { pupils { urn pupilId daysInRun runSince milestone } }
        penaltyNoticeList(limit: 1) { pupils { urn pupilId unauthorisedSessions windowStart windowEnd } } }`,
    );
    const status = (urn: string, pupilId: number) =>
      postGraphql<{ pupilRecord: Record<string, unknown> }>(
        product.baseUrl,
        `query ($urn: String!, $pupilId: Int!) { pupilRecord(urn: $urn, pupilId: $pupilId) {
          statusAsOf
          projection { projectedAttendanceRate likelyPersistent }
          cme { daysInRun runSince milestone }
          penaltyNotice { unauthorisedSessions windowStart windowEnd meetsThreshold threshold } } }`,
        { urn, pupilId },
      ).then((r) => r.pupilRecord);
    const [flagged] = earlyWarningList.pupils;
    const [run] = cmeMilestoneList.pupils;
    const [penalty] = penaltyNoticeList.pupils;
    if (!flagged || !run || !penalty) throw new Error('the generated LA lists no one on one of the lists');
    const { urn: _u, pupilId: _p, ...projection } = flagged;
    expect(await status(flagged.urn, flagged.pupilId)).toMatchObject({ statusAsOf: AS_OF, projection });
    const { urn: _ru, pupilId: _rp, ...cme } = run;
    expect((await status(run.urn, run.pupilId))['cme']).toEqual(cme);
    const { urn: _pu, pupilId: _pp, ...window } = penalty;
    expect((await status(penalty.urn, penalty.pupilId))['penaltyNotice']).toEqual({
      ...window,
      meetsThreshold: true,
      threshold: 10,
    });
  });

  it('names bad arguments and unknown pupils', async () => {
    const { pupils } = (
      await postGraphql<{ illnessList: Page<{ urn: string; upn: string }> }>(
        product.baseUrl,
        `query { illnessList(limit: 1) { length pupils { urn upn } } }`,
      )
    ).illnessList;
    const { urn, upn } = pupils[0] as { urn: string; upn: string };
    const badUpn = await postGraphqlExpectingErrors(product.baseUrl, PUPIL_RECORD, {
      urn,
      upn: `${upn.slice(0, 12)}${upn.endsWith('1') ? '2' : '1'}`,
    });
    expect(badUpn[0]?.message).toMatch(/Invalid argument "upn" .*expected a UPN: check letter/);
    const otherSchool = await postGraphqlExpectingErrors(product.baseUrl, PUPIL_RECORD, {
      urn: urn === '999999' ? '999998' : '999999',
      upn,
    });
    expect(otherSchool[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/No school/),
    });
    const weeks = await postGraphqlExpectingErrors(
      product.baseUrl,
      `query { bandCrossingList(weeks: 21) { length } }`,
    );
    expect(weeks[0]?.message).toMatch(/Invalid argument "weeks" \(21\): expected 1 to 20/);
  });
});
