import { ageAtStartOfAcademicYear, isValidUpn, lookupRegisterCode } from '@attendance/domain';
import { exportedMarkRows } from '../export/export-view.js';
import { Mark } from '../marks/mark-codes.js';
import type { SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { isCompulsorySchoolAgeYear } from '../pupils/nc-year.js';
import { planSyntheticLa } from '../school-plan/plan-synthetic-la.js';
import { generateSchool, type GeneratedPupil } from './generate-school.js';

const options: SyntheticLaOptions = {
  seed: 99,
  schools: 12,
  pupils: 3600,
  academicYear: 2024,
  asOf: '2025-07-31',
};
const plan = planSyntheticLa(options);
const schools = plan.schools.map((school) => generateSchool(plan, school.index));
const everyone: GeneratedPupil[] = schools.flatMap((school) => school.pupils);
const singleRegistered = everyone.filter((generated) => generated.dual === null);
const dayCount = plan.timeline.days.length;

const share = (pupils: readonly GeneratedPupil[], test: (generated: GeneratedPupil) => boolean): number =>
  pupils.filter(test).length / pupils.length;

describe(generateSchool.name, () => {
  it('is deterministic: the same plan gives the same pupils and marks', () => {
    const again = generateSchool(planSyntheticLa(options), 3);
    expect(again.pupils.map((generated) => generated.pupil)).toEqual(
      schools[3]?.pupils.map((generated) => generated.pupil),
    );
    expect(again.pupils.map((generated) => [...generated.register.codes])).toEqual(
      schools[3]?.pupils.map((generated) => [...generated.register.codes]),
    );
  });

  it('roughly matches the pupils asked for, with valid, unique UPNs (a dual-registered pupil appears at two schools)', () => {
    const upns = singleRegistered.map((generated) => generated.pupil.upn);
    expect(new Set(upns).size).toBe(upns.length);
    for (const upn of upns) expect(isValidUpn(upn) && upn.slice(1, 4) === '999').toBe(true);
    const distinct = new Set(everyone.map((generated) => generated.pupil.upn)).size;
    expect(distinct / options.pupils).toBeGreaterThan(0.95);
    expect(distinct / options.pupils).toBeLessThan(1.05);
  });

  it('gives every pupil a date of birth consistent with the NC year (age on 31 August = year + 4)', () => {
    for (const { pupil } of everyone) {
      expect(ageAtStartOfAcademicYear(pupil.dateOfBirth, options.academicYear)).toBe(pupil.ncYear + 4);
    }
  });

  it('draws characteristics at about national prevalence', () => {
    const mainstream = singleRegistered.filter((generated) => generated.profile.phaseGroup !== 'special');
    const special = singleRegistered.filter((generated) => generated.profile.phaseGroup === 'special');
    expect(share(everyone, ({ pupil }) => pupil.fsmEligible)).toBeGreaterThan(0.17);
    expect(share(everyone, ({ pupil }) => pupil.fsmEligible)).toBeLessThan(0.33);
    expect(share(mainstream, ({ pupil }) => pupil.senProvision === 'K')).toBeGreaterThan(0.1);
    expect(share(mainstream, ({ pupil }) => pupil.senProvision === 'K')).toBeLessThan(0.18);
    expect(share(mainstream, ({ pupil }) => pupil.senProvision === 'E')).toBeGreaterThan(0.01);
    expect(share(mainstream, ({ pupil }) => pupil.senProvision === 'E')).toBeLessThan(0.04);
    expect(special.length).toBeGreaterThan(0);
    expect(share(special, ({ pupil }) => pupil.senProvision === 'E')).toBe(1);
    expect(share(everyone, ({ pupil }) => pupil.eal)).toBeGreaterThan(0.1);
    expect(share(everyone, ({ pupil }) => pupil.eal)).toBeLessThan(0.3);
    expect(share(everyone, ({ pupil }) => pupil.cin)).toBeGreaterThan(0.015);
    expect(share(everyone, ({ pupil }) => pupil.cin)).toBeLessThan(0.05);
    expect(share(everyone, ({ pupil }) => pupil.cla)).toBeGreaterThan(0.002);
    expect(share(everyone, ({ pupil }) => pupil.cla)).toBeLessThan(0.015);
    expect(share(everyone, ({ pupil }) => pupil.ethnicity === 'WBRI')).toBeGreaterThan(0.45);
    expect(share(everyone, ({ pupil }) => pupil.ethnicity === 'WBRI')).toBeLessThan(0.8);
    expect(everyone.every(({ pupil }) => !pupil.cpp || pupil.cin)).toBe(true);
  });

  it('has mid-year joiners with no marks before admission and leavers with none after leaving', () => {
    const joiners = everyone.filter((generated) => generated.register.firstDay > 0);
    const leavers = everyone.filter((generated) => generated.pupil.leavingDate !== null);
    expect(joiners.length).toBeGreaterThan(20);
    expect(leavers.length).toBeGreaterThan(20);
    for (const { pupil, register } of joiners) {
      expect(pupil.admissionDate).toBe(plan.timeline.days[register.firstDay]);
      expect(register.codes.subarray(0, register.firstDay * 2).every((mark) => mark === Mark.None)).toBe(
        true,
      );
    }
    for (const { pupil, register } of leavers) {
      expect(pupil.leavingDate).toBe(plan.timeline.days[register.endDay - 1]);
      expect(register.codes.subarray(register.endDay * 2).every((mark) => mark === Mark.None)).toBe(true);
    }
    for (const { register } of everyone) {
      expect(register.codes.subarray(register.firstDay * 2, register.endDay * 2).includes(Mark.None)).toBe(
        false,
      );
    }
  });

  it('clusters term-time holidays next to half terms', () => {
    const breakEdges = new Set(
      plan.timeline.breaks
        .flatMap((edge) => [edge.lastDayBefore, edge.firstDayAfter])
        .filter((day) => day !== null),
    );
    const holidays = everyone.flatMap((generated) => generated.profile.holidays);
    expect(holidays.length).toBeGreaterThan(100);
    const nextToBreak = holidays.filter(
      (holiday) => breakEdges.has(holiday.startDay) || breakEdges.has(holiday.startDay + holiday.days - 1),
    );
    expect(nextToBreak.length / holidays.length).toBeGreaterThan(0.8);
  });

  it('makes declining pupils miss more in the last third of the year than in the first', () => {
    const decliners = everyone.filter(
      (generated) =>
        generated.profile.decline &&
        generated.register.firstDay === 0 &&
        generated.register.endDay === dayCount,
    );
    const absentIn = (generated: GeneratedPupil, from: number, to: number): number => {
      let absent = 0;
      for (let session = from * 2; session < to * 2; session += 1) {
        const mark = generated.register.codes[session];
        if (mark === Mark.Illness || mark === Mark.Unauthorised || mark === Mark.NotYetKnown) absent += 1;
      }
      return absent;
    };
    const third = Math.floor(dayCount / 3);
    const early = decliners.reduce((sum, generated) => sum + absentIn(generated, 0, third), 0);
    const late = decliners.reduce(
      (sum, generated) => sum + absentIn(generated, dayCount - third, dayCount),
      0,
    );
    expect(decliners.length).toBeGreaterThan(50);
    expect(late).toBeGreaterThan(early * 1.5);
  });

  it('marks a pupil who stops attending N for a few days, then O to the end of the enrolment', () => {
    const missing = everyone.filter((generated) => generated.profile.missingFromDay !== null);
    expect(missing.length).toBeGreaterThan(0);
    for (const { profile, register } of missing) {
      const from = Math.max(profile.missingFromDay as number, register.firstDay);
      if (from >= register.endDay) continue;
      const run = [...register.codes.subarray(from * 2, register.endDay * 2)].filter(
        (mark) => mark !== Mark.Closure && mark !== Mark.SiteClosed,
      );
      const firstO = run.indexOf(Mark.Unauthorised);
      expect(run[0]).toBe(Mark.NotYetKnown);
      expect(run.slice(0, firstO < 0 ? run.length : firstO).every((mark) => mark === Mark.NotYetKnown)).toBe(
        true,
      );
      if (firstO >= 0) expect(run.slice(firstO).every((mark) => mark === Mark.Unauthorised)).toBe(true);
    }
  });

  it('keeps X to pupils below or above compulsory school age and C2 to pupils of compulsory school age', () => {
    for (const { pupil, register } of everyone) {
      if (register.codes.includes(Mark.NotRequired))
        expect(isCompulsorySchoolAgeYear(pupil.ncYear)).toBe(false);
      if (register.codes.includes(Mark.PartTime)) expect(isCompulsorySchoolAgeYear(pupil.ncYear)).toBe(true);
    }
    expect(everyone.some(({ register }) => register.codes.includes(Mark.NotRequired))).toBe(true);
  });

  it('writes the 2006 code set for a year before 19 August 2024 (no C2, K, J1 or Y1..Y7)', () => {
    const olderPlan = planSyntheticLa({
      ...options,
      pupils: 1200,
      schools: 5,
      academicYear: 2023,
      asOf: '2024-07-31',
    });
    const seen = new Set<string>();
    const markDates = new Set<string>();
    for (const school of olderPlan.schools) {
      for (const row of exportedMarkRows(
        generateSchool(olderPlan, school.index),
        olderPlan.latestExport,
        olderPlan.timeline.days,
      )) {
        seen.add(row.mark);
        markDates.add(`${row.mark} ${row.date}`);
      }
    }
    for (const markDate of markDates) {
      const [mark = '', date = ''] = markDate.split(' ');
      expect(() => lookupRegisterCode(mark, date)).not.toThrow();
    }
    expect(seen.has('C')).toBe(true);
    for (const newer of ['C2', 'K', 'J1', 'Y1', 'Y2', 'Y4']) expect(seen.has(newer)).toBe(false);
  });
});
