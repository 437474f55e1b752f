import {
  addDays,
  countSessions,
  DFE_REASON_COLUMNS,
  isInStatutoryCohort,
  lookupRegisterCode,
  mondayOf,
} from '@attendance/domain';
import { fixtureUpn } from '../__fixtures__/export-files.js';
import {
  closeMarkedLa,
  openMarkedLa,
  type MarkedEnrolment,
  type MarkedLa,
} from '../__fixtures__/marked-enrolments.js';
import { queryBandCrossingList } from '../pupil-lists/band-crossing-list.js';
import { PupilLevelAccessError } from '../pupil-lists/pupil-list-request.js';
import { WHOLE_LA_SCOPE } from '../scope/analytics-scope.js';
import { queryPupilRecord, UnknownPupilError } from './query-pupil-record.js';

// Against the generated files: a pupil's record is their marks file rows for the year, each code's category
// and reason column by the domain's lookupRegisterCode, every total by the domain's countSessions; and it agrees
// with the band-crossing list about the pupil's band before and now.

const AS_OF = '2026-03-06';
const yesNo = (value: string | undefined) => (value === 'Y' ? true : value === 'N' ? false : null);

describe('queryPupilRecord', { timeout: 30_000 }, () => {
  let la: MarkedLa;
  const enrolment = (urn: string, upn: string) =>
    la.enrolments.find((e) => e.urn === urn && e.upn === upn) as MarkedEnrolment;

  beforeAll(async () => {
    la = await openMarkedLa({ seed: 41, schools: 6, pupils: 3000, academicYear: 2025, asOf: AS_OF });
  }, 180_000);

  afterAll(async () => {
    await closeMarkedLa(la);
  });

  it("is the pupil's register for the year, with the totals, reasons and bands it adds up to", async () => {
    const crossings = await queryBandCrossingList(la.store, { limit: 5 });
    const crossing = crossings.pupils[0];
    if (!crossing) throw new Error('the generated LA has no band crossing');
    const { urn, upn } = crossing;
    const record = await queryPupilRecord(la.store, { urn, upn, scope: WHOLE_LA_SCOPE });
    const files = enrolment(urn, upn);

    expect(record).toMatchObject({
      academicYear: 2025,
      dataAsOf: AS_OF,
      school: { urn, name: crossing.schoolName },
      upn,
      characteristics: {
        yearGroup: files.pupil['nc_year'],
        sex: files.pupil['sex'],
        senProvision: files.pupil['sen_provision'],
        fsmEligible: yesNo(files.pupil['fsm_eligible']),
        eal: yesNo(files.pupil['eal']),
        cin: yesNo(files.pupil['cin']),
        cpp: yesNo(files.pupil['cpp']),
        cla: yesNo(files.pupil['cla']),
        enrolmentStatus: files.pupil['enrolment_status'],
        admissionDate: files.pupil['admission_date'],
        leavingDate: files.pupil['leaving_date'] || null,
        inStatutoryCohort: isInStatutoryCohort(files.pupil['date_of_birth'] as string, 2025),
      },
    });
    const calendarMarks = record.calendar.flatMap((day) =>
      (['am', 'pm'] as const).flatMap((session) => {
        const mark = day[session];
        return mark ? [{ date: day.date, session: session.toUpperCase(), ...mark }] : [];
      }),
    );
    expect(calendarMarks).toEqual(
      files.marks.map(({ date, session, mark }) => {
        const definition = lookupRegisterCode(mark, date);
        return {
          date,
          session,
          code: mark,
          category: definition.category,
          reasonColumn: definition.reasonColumn,
        };
      }),
    );

    const counts = countSessions(files.marks);
    expect(record.yearToDate).toMatchObject({
      possibleSessions: counts.possible,
      attendedSessions: counts.present + counts.approvedEducationalActivity,
      authorisedSessions: counts.authorised,
      unauthorisedSessions: counts.unauthorised,
      notPossibleSessions: counts.notPossible,
      administrativeSessions: counts.administrative,
      band: crossing.bandNow,
    });
    expect(record.yearToDate.attendanceRate).toBeCloseTo(crossing.attendanceRateNow, 9);
    expect(record.reasons).toEqual(
      DFE_REASON_COLUMNS.map((column) => ({ column, sessions: counts.byReason[column] })),
    );

    expect(record.weeks.map((week) => week.weekStart)).toEqual([
      ...new Set(files.marks.map(({ date }) => mondayOf(date))),
    ]);
    expect(record.weeks.reduce((sum, week) => sum + week.possibleSessions, 0)).toBe(counts.possible);
    const comparedWeek = record.weeks.find((week) => week.weekStart === addDays(crossing.beforeThrough, -6));
    expect(comparedWeek?.yearToDateBand).toEqual(crossing.bandBefore);
    expect(comparedWeek?.yearToDateAttendanceRate).toBeCloseTo(crossing.attendanceRateBefore, 9);
    expect(record.weeks.at(-1)?.yearToDateBand).toEqual(crossing.bandNow);
  });

  it("names the pupil's other enrolments the scope can see (dual registration)", async () => {
    const byUpn = new Map<string, MarkedEnrolment[]>();
    for (const e of la.enrolments) byUpn.set(e.upn, [...(byUpn.get(e.upn) ?? []), e]);
    const [main, other] = [...byUpn.values()].find((enrolments) => enrolments.length === 2) ?? [];
    if (!main || !other) throw new Error('the generated LA has no dual registration');
    const record = await queryPupilRecord(la.store, { urn: main.urn, upn: main.upn, scope: WHOLE_LA_SCOPE });
    expect(record.otherEnrolments).toEqual([
      { urn: other.urn, schoolName: expect.any(String), enrolmentStatus: other.pupil['enrolment_status'] },
    ]);
    const oneSchool = await queryPupilRecord(la.store, {
      urn: main.urn,
      upn: main.upn,
      scope: { schools: [main.urn], pupilLevel: true },
    });
    expect(oneSchool.otherEnrolments).toEqual([]);
  });

  it("is found by the store's pupil id (the pages' addresses carry it, never the UPN) as by the UPN", async () => {
    const crossings = await queryBandCrossingList(la.store, { limit: 1 });
    const crossing = crossings.pupils[0];
    if (!crossing) throw new Error('the generated LA has no band crossing');
    const { urn, upn, pupilId } = crossing;
    const byUpn = await queryPupilRecord(la.store, { urn, upn, scope: WHOLE_LA_SCOPE });
    expect(byUpn.pupilId).toBe(pupilId);
    expect(await queryPupilRecord(la.store, { urn, pupilId, scope: WHOLE_LA_SCOPE })).toEqual(byUpn);
    await expect(
      queryPupilRecord(la.store, { urn, pupilId: 9_999_999, scope: WHOLE_LA_SCOPE }),
    ).rejects.toThrow(
      new UnknownPupilError(`No pupil with pupil id 9999999 in the pupils file of school ${urn}`),
    );
    await expect(queryPupilRecord(la.store, { urn, pupilId: 0, scope: WHOLE_LA_SCOPE })).rejects.toThrow(
      /pupilId must be a whole number from 1, got 0/,
    );
  });

  it('answers for another academic year with an empty register', async () => {
    const { urn, upn } = la.enrolments[0] as MarkedEnrolment;
    const record = await queryPupilRecord(la.store, { urn, upn, academicYear: 2024, scope: WHOLE_LA_SCOPE });
    expect(record).toMatchObject({ academicYear: 2024, calendar: [], weeks: [] });
    expect(record.yearToDate).toMatchObject({ possibleSessions: 0, attendanceRate: null, band: null });
  });

  it('refuses scopes without pupils or without the school, and says what is unknown or malformed', async () => {
    const { urn, upn } = la.enrolments[0] as MarkedEnrolment;
    const otherUrn = la.enrolments.find((e) => e.urn !== urn)?.urn as string;
    await expect(
      queryPupilRecord(la.store, { urn, upn, scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(
      queryPupilRecord(la.store, { urn, upn, scope: { schools: [otherUrn], pupilLevel: true } }),
    ).rejects.toThrow(new PupilLevelAccessError(`School ${urn} is outside this scope`));
    const absent = fixtureUpn(999);
    await expect(queryPupilRecord(la.store, { urn, upn: absent, scope: WHOLE_LA_SCOPE })).rejects.toThrow(
      new UnknownPupilError(`No pupil with UPN ${absent} in the pupils file of school ${urn}`),
    );
    await expect(queryPupilRecord(la.store, { urn: '100000', upn, scope: WHOLE_LA_SCOPE })).rejects.toThrow(
      UnknownPupilError,
    );
    await expect(
      queryPupilRecord(la.store, { urn, upn: 'A12345678901X', scope: WHOLE_LA_SCOPE }),
    ).rejects.toThrow(/upn "A12345678901X" is not a valid UPN/);
    await expect(
      queryPupilRecord(la.store, { urn, upn, academicYear: 25, scope: WHOLE_LA_SCOPE }),
    ).rejects.toThrow(/academicYear must be the year it starts in, 1900 to 2198, got 25/);
  });
});
