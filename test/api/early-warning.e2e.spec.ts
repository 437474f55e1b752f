import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  academicYearOf,
  defaultLaTermCalendar,
  EARLY_WARNING_MODEL,
  projectEndOfYear,
  RECENT_SCHOOL_WEEKS,
  remainingPossibleSessions,
  SchoolCalendar,
  schoolAttendancePermille,
} from '@attendance/domain';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const EARLY_WARNING = /* GraphQL */ `
  query EarlyWarning($asOf: String, $flaggedOnly: Boolean, $limit: Int, $offset: Int) {
    earlyWarningList(asOf: $asOf, flaggedOnly: $flaggedOnly, limit: $limit, offset: $offset) {
      academicYear
      periodStart
      periodEnd
      dataAsOf
      recentFrom
      model {
        recentSchoolWeeks
        recentWeight
        schoolWeight
        flagMarginPoints
        recentAbsenceFlagPercent
      }
      enrolments
      alreadyPersistent
      likelyPersistent
      length
      pupils {
        urn
        schoolName
        upn
        yearGroup
        possibleSessions
        attendedSessions
        attendanceRate
        recentPossibleSessions
        recentAttendedSessions
        recentAttendanceRate
        schoolAttendanceRate
        expectedAttendanceRate
        remainingPossibleSessions
        projectedAttendanceRate
        flagFromProjectedAbsencePercent
        alreadyPersistent
        likelyPersistent
      }
    }
  }
`;

interface Pupil {
  urn: string;
  schoolName: string;
  upn: string;
  yearGroup: string | null;
  possibleSessions: number;
  attendedSessions: number;
  attendanceRate: number;
  recentPossibleSessions: number;
  recentAttendedSessions: number;
  recentAttendanceRate: number | null;
  schoolAttendanceRate: number;
  expectedAttendanceRate: number;
  remainingPossibleSessions: number;
  projectedAttendanceRate: number;
  flagFromProjectedAbsencePercent: number;
  alreadyPersistent: boolean;
  likelyPersistent: boolean;
}

interface EarlyWarningResponse {
  earlyWarningList: {
    academicYear: string;
    periodStart: string;
    periodEnd: string;
    dataAsOf: string | null;
    recentFrom: string | null;
    model: {
      recentSchoolWeeks: number;
      recentWeight: number;
      schoolWeight: number;
      flagMarginPoints: number;
      recentAbsenceFlagPercent: number | null;
    };
    enrolments: number;
    alreadyPersistent: number;
    likelyPersistent: number;
    length: number;
    pupils: Pupil[];
  };
}

/** Each pupil's date of birth and leaving date from the latest pupils file of its school. */
function pupilsFromExports(folder: string): Map<string, Record<string, string>> {
  const latest = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const match = /^(\d{6})_\d{8}_pupils\.csv$/.exec(name);
    if (match) latest.set(match[1] as string, name);
  }
  const pupils = new Map<string, Record<string, string>>();
  for (const [urn, name] of latest) {
    const rows = parse(readFileSync(join(folder, name)), { columns: true, skip_empty_lines: true });
    for (const row of rows as Record<string, string>[]) pupils.set(`${urn} ${row['upn']}`, row);
  }
  return pupils;
}

describe('Early warning over GraphQL (real API, generated LA)', () => {
  let product: RunningProduct;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 2026, asOf: '2026-11-20' });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it("gives every row the domain's projection of that row's own numbers, with the shipped model", async () => {
    const { earlyWarningList: list } = await postGraphql<EarlyWarningResponse>(
      product.baseUrl,
      EARLY_WARNING,
      {
        limit: 500,
      },
    );
    expect(list).toMatchObject({
      academicYear: '2026/27',
      periodStart: '2026-08-01',
      periodEnd: '2026-11-20',
      dataAsOf: '2026-11-20',
      model: {
        recentSchoolWeeks: RECENT_SCHOOL_WEEKS,
        recentWeight: EARLY_WARNING_MODEL.recentWeightQuarters / 4,
        schoolWeight: EARLY_WARNING_MODEL.schoolWeightTenths / 10,
        flagMarginPoints: EARLY_WARNING_MODEL.flagMarginTenths / 10,
        recentAbsenceFlagPercent: EARLY_WARNING_MODEL.recentAbsenceFlagPercent,
      },
    });
    expect(list.length).toBe(list.enrolments);
    expect(list.pupils).toHaveLength(Math.min(500, list.length));
    const pupils = [...list.pupils];
    for (let offset = 500; offset < list.length; offset += 500) {
      const { earlyWarningList: page } = await postGraphql<EarlyWarningResponse>(
        product.baseUrl,
        EARLY_WARNING,
        { limit: 500, offset },
      );
      pupils.push(...page.pupils);
    }
    expect(pupils).toHaveLength(list.length);
    expect(pupils.some((pupil) => pupil.likelyPersistent)).toBe(true);

    // Each school's rate is the school's rows' sessions, as the domain rounds it.
    const schools = new Map<string, { possible: number; attended: number }>();
    for (const pupil of pupils) {
      const totals = schools.get(pupil.urn) ?? { possible: 0, attended: 0 };
      totals.possible += pupil.possibleSessions;
      totals.attended += pupil.attendedSessions;
      schools.set(pupil.urn, totals);
    }
    expect(schools.size).toBe(6);

    const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYearOf(list.periodEnd)));
    const exported = pupilsFromExports(product.exportsDir);
    for (const pupil of pupils) {
      const schoolPermille = schoolAttendancePermille(schools.get(pupil.urn)!) as number;
      expect(pupil.schoolAttendanceRate).toBe(schoolPermille / 10);
      // The row's sessions split into the weeks before the recent ones and the recent ones.
      const projection = projectEndOfYear({
        weeks: [
          {
            weekStart: list.periodStart,
            possible: pupil.possibleSessions - pupil.recentPossibleSessions,
            attended: pupil.attendedSessions - pupil.recentAttendedSessions,
          },
          {
            weekStart: list.recentFrom as string,
            possible: pupil.recentPossibleSessions,
            attended: pupil.recentAttendedSessions,
          },
        ],
        recentFrom: list.recentFrom,
        remainingPossibleSessions: pupil.remainingPossibleSessions,
        schoolAttendancePermille: schoolPermille,
      });
      const { urn: _urn, schoolName: _name, upn: _upn, yearGroup: _year, ...figures } = pupil;
      expect({ upn: pupil.upn, ...figures }).toEqual({ upn: pupil.upn, ...projection });
      const file = exported.get(`${pupil.urn} ${pupil.upn}`);
      expect(file, `${pupil.urn} ${pupil.upn} in the exports`).toBeDefined();
      expect(pupil.remainingPossibleSessions).toBe(
        remainingPossibleSessions(calendar, {
          asOf: list.periodEnd,
          dateOfBirth: file?.['date_of_birth'] as string,
          leavingDate: file?.['leaving_date'] || null,
        }),
      );
    }
    const projected = pupils.map((pupil) => pupil.projectedAttendanceRate);
    expect(projected).toEqual([...projected].sort((a, b) => a - b));
  });

  it('lists only the flagged pupils on request, earlier dates too', async () => {
    const { earlyWarningList: flagged } = await postGraphql<EarlyWarningResponse>(
      product.baseUrl,
      EARLY_WARNING,
      {
        flaggedOnly: true,
        limit: 500,
      },
    );
    expect(flagged.length).toBe(flagged.likelyPersistent);
    expect(flagged.pupils.length).toBe(flagged.likelyPersistent);
    expect(flagged.pupils.every((pupil) => pupil.likelyPersistent && !pupil.alreadyPersistent)).toBe(true);

    const { earlyWarningList: earlier } = await postGraphql<EarlyWarningResponse>(
      product.baseUrl,
      EARLY_WARNING,
      {
        asOf: '2026-10-09',
        limit: 500,
      },
    );
    expect(earlier.periodEnd).toBe('2026-10-09');
    const { earlyWarningList: now } = await postGraphql<EarlyWarningResponse>(
      product.baseUrl,
      EARLY_WARNING,
      {
        limit: 500,
      },
    );
    // From 9 October to 20 November, the October half term between, 25 school days have passed.
    const mostToCome = (pupils: Pupil[]) =>
      Math.max(...pupils.map((pupil) => pupil.remainingPossibleSessions));
    expect(mostToCome(earlier.pupils) - mostToCome(now.pupils)).toBe(2 * 25);
  });

  it('names the argument and what it expected when one is wrong', async () => {
    const [badLimit] = await postGraphqlExpectingErrors(product.baseUrl, EARLY_WARNING, { limit: 501 });
    expect(badLimit?.message).toMatch(/Invalid argument "limit" \(501\): expected 1 to 500/);
    const [badDate] = await postGraphqlExpectingErrors(product.baseUrl, EARLY_WARNING, {
      asOf: '2026-02-30',
    });
    expect(badDate?.message).toMatch(/Invalid argument "asOf" .*expected a real date as YYYY-MM-DD/);
  });
});
