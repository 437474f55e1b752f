import { CME_LA_MILESTONE_DAYS, PENALTY_NOTICE_THRESHOLD } from '@attendance/domain';
import { queryEarlyWarning } from '../early-warning/query-early-warning.js';
import {
  closeActionListLa,
  openActionListLa,
  statutoryOn,
  type ActionListLa,
} from '../pupil-lists/__fixtures__/penalty-notice-and-cme-la.js';
import { queryCmeMilestoneList } from '../pupil-lists/cme-milestone-list.js';
import { queryPenaltyNoticeList } from '../pupil-lists/penalty-notice-list.js';
import { WHOLE_LA_SCOPE } from '../scope/analytics-scope.js';
import { queryPupilRecord } from './query-pupil-record.js';

// The record's projection, CME run and penalty-notice window are the lists' rows for the same pupil: the
// early-warning list's figures, the CME milestone list's run and the penalty-notice list's window, for listed
// pupils; and for pupils the lists leave out, a run below the first milestone and a window below the
// threshold. One school's export stops early, so its pupils are counted to its own last register date.

const AS_OF = '2026-02-11';
const STALE_AS_OF = '2026-01-21';
const SAMPLE = 12;

describe('queryPupilRecord: projection, CME run and penalty-notice window', { timeout: 60_000 }, () => {
  let la: ActionListLa;
  const record = (urn: string, pupilId: number) =>
    queryPupilRecord(la.store, { urn, pupilId, scope: WHOLE_LA_SCOPE });

  beforeAll(async () => {
    la = await openActionListLa({
      seed: 53,
      schools: 4,
      pupils: 1200,
      academicYear: 2025,
      asOf: AS_OF,
      staleAsOf: STALE_AS_OF,
      staleSchoolIndex: 1,
    });
  }, 180_000);

  afterAll(async () => {
    await closeActionListLa(la);
  });

  it("is the pupil's row of the early-warning list, and null for a pupil the list leaves out", async () => {
    const flagged = await queryEarlyWarning(la.store, { flaggedOnly: true, limit: SAMPLE / 2 });
    const unflagged = await queryEarlyWarning(la.store, { sort: 'school', limit: SAMPLE / 2 });
    const rows = [...flagged.pupils, ...unflagged.pupils];
    expect(rows.some((row) => row.likelyPersistent)).toBe(true);
    expect(rows.some((row) => !row.likelyPersistent)).toBe(true);
    for (const { urn, schoolName: _s, upn: _u, pupilId, yearGroup: _y, ...figures } of rows) {
      const found = await record(urn, pupilId);
      expect(found.statusAsOf).toBe(AS_OF);
      expect(found.projection).toEqual(figures);
    }
    const outside = la.enrolments.find((enrolment) => !statutoryOn(enrolment, AS_OF));
    if (!outside) throw new Error('the generated LA has no pupil outside the statutory cohort');
    const outsideRecord = await queryPupilRecord(la.store, {
      urn: outside.urn,
      upn: outside.upn,
      scope: WHOLE_LA_SCOPE,
    });
    expect(outsideRecord).toMatchObject({ projection: null, cme: null, penaltyNotice: null });
  });

  it("is the CME milestone list's run for listed pupils, and a run below the first milestone otherwise", async () => {
    const list = await queryCmeMilestoneList(la.store, { limit: 500 });
    expect(list.pupils.length).toBeGreaterThan(0);
    expect(list.pupils.some((pupil) => pupil.urn === la.staleUrn)).toBe(true);
    for (const pupil of list.pupils.slice(0, SAMPLE)) {
      const found = await record(pupil.urn, pupil.pupilId);
      expect(found.cme).toEqual({
        daysInRun: pupil.daysInRun,
        runSince: pupil.runSince,
        milestone: pupil.milestone,
        lastSchoolDay: pupil.lastSchoolDay,
      });
    }
    const listed = new Set(list.pupils.map((pupil) => `${pupil.urn} ${pupil.upn}`));
    const unlisted = la.enrolments
      .filter((e) => !listed.has(`${e.urn} ${e.upn}`) && statutoryOn(e, AS_OF))
      .slice(0, SAMPLE);
    let shortRuns = 0;
    for (const enrolment of unlisted) {
      const found = await queryPupilRecord(la.store, {
        urn: enrolment.urn,
        upn: enrolment.upn,
        scope: WHOLE_LA_SCOPE,
      });
      expect(found.cme?.daysInRun).toBeLessThan(CME_LA_MILESTONE_DAYS[0] as number);
      expect(found.cme?.milestone).toBeNull();
      if ((found.cme?.daysInRun ?? 0) > 0) shortRuns += 1;
      else expect(found.cme?.runSince).toBeNull();
    }
    expect(unlisted.length).toBe(SAMPLE);
    expect(shortRuns).toBeLessThan(SAMPLE);
  });

  it("is the penalty-notice list's window for listed pupils, and one below the threshold otherwise", async () => {
    const list = await queryPenaltyNoticeList(la.store, { limit: 500 });
    expect(list.pupils.length).toBeGreaterThan(0);
    const staleRows = list.pupils.filter((pupil) => pupil.urn === la.staleUrn).slice(0, 2);
    for (const pupil of [...list.pupils.slice(0, SAMPLE), ...staleRows]) {
      const found = await record(pupil.urn, pupil.pupilId);
      expect(found.penaltyNotice).toEqual({
        windowStart: pupil.windowStart,
        windowEnd: pupil.windowEnd,
        schoolWeeks: pupil.schoolWeeks,
        unauthorisedSessions: pupil.unauthorisedSessions,
        threshold: PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
        meetsThreshold: true,
        thresholdMetOn: pupil.thresholdMetOn,
      });
    }
    expect(staleRows.length).toBeGreaterThan(0);
    const windowEnds = new Map(list.pupils.map((pupil) => [pupil.urn, pupil]));
    const listed = new Set(list.pupils.map((pupil) => `${pupil.urn} ${pupil.upn}`));
    const unlisted = la.enrolments
      .filter((e) => !listed.has(`${e.urn} ${e.upn}`) && statutoryOn(e, AS_OF))
      .slice(0, SAMPLE);
    for (const enrolment of unlisted) {
      const found = await queryPupilRecord(la.store, {
        urn: enrolment.urn,
        upn: enrolment.upn,
        scope: WHOLE_LA_SCOPE,
      });
      const sameSchool = windowEnds.get(enrolment.urn);
      expect(found.penaltyNotice).toMatchObject({ meetsThreshold: false, thresholdMetOn: null });
      expect(found.penaltyNotice?.unauthorisedSessions).toBeLessThan(
        PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
      );
      if (sameSchool) {
        expect(found.penaltyNotice).toMatchObject({
          windowStart: sameSchool.windowStart,
          windowEnd: sameSchool.windowEnd,
        });
      }
    }
  });

  it('has no status for a year the store holds no marks of yet', async () => {
    const [enrolment] = la.enrolments;
    if (!enrolment) throw new Error('the generated LA has no enrolment');
    const later = await queryPupilRecord(la.store, {
      urn: enrolment.urn,
      upn: enrolment.upn,
      academicYear: 2026,
      scope: WHOLE_LA_SCOPE,
    });
    expect(later).toMatchObject({ statusAsOf: null, projection: null, cme: null, penaltyNotice: null });
  });
});
