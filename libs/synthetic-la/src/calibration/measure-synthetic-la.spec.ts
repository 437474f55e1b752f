import { DEFAULT_DEMO_OPTIONS, type SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { measureSyntheticLa, type SyntheticLaMeasures } from './measure-synthetic-la.js';

// Calibration against the national picture (docs: /work/shared/domain/reference.md and the DfE 2024/25
// daily data). A mid-size LA over a whole year, measured with the domain's rules; tolerances are loose
// because one LA is a small sample and real LAs differ (overall absence ranges from about 5.5% to 9%).
const calibrationOptions: SyntheticLaOptions = {
  ...DEFAULT_DEMO_OPTIONS,
  asOf: '2025-07-31',
  amendedExports: false,
};

let measures: SyntheticLaMeasures;
const rateOf = (group: keyof SyntheticLaMeasures['byGroup']): number =>
  measures.byGroup[group].rates?.overallAbsenceRate ?? Number.NaN;

beforeAll(() => {
  measures = measureSyntheticLa(calibrationOptions);
  const row = (label: string, value: number | null | undefined): [string, string] => [
    label,
    value?.toFixed(2) ?? '-',
  ];
  console.info(
    'Synthetic LA calibration (demo LA over the whole of 2024/25, statutory cohort)\n' +
      [
        row('overall absence %', measures.overall.rates?.overallAbsenceRate),
        row('authorised %', measures.overall.rates?.authorisedAbsenceRate),
        row('unauthorised %', measures.overall.rates?.unauthorisedAbsenceRate),
        row('illness (I) %', measures.overall.rates?.reasonRates.sess_auth_illness),
        row('persistent absence %', measures.overall.persistentAbsenceRate),
        row('severe absence %', measures.overall.severeAbsenceRate),
        row('autumn term %', measures.byTerm[0]?.overallAbsenceRate),
        row('spring term %', measures.byTerm[1]?.overallAbsenceRate),
        row('summer term %', measures.byTerm[2]?.overallAbsenceRate),
        ...(
          [
            'primary',
            'secondary',
            'special',
            'fsm',
            'not-fsm',
            'sen-none',
            'sen-support',
            'ehc-plan',
            'cin',
          ] as const
        ).map((group) => row(`${group} %`, rateOf(group))),
      ]
        .map(([label, value]) => `  ${label.padEnd(28)} ${value}`)
        .join('\n'),
  );
});

describe(measureSyntheticLa.name, () => {
  it('gives overall absence about 7%, with autumn a little lower', () => {
    const overall = measures.overall.rates?.overallAbsenceRate ?? 0;
    expect(overall).toBeGreaterThan(6);
    expect(overall).toBeLessThan(8.2);
    const autumn = measures.byTerm[0]?.overallAbsenceRate ?? 0;
    expect(autumn).toBeGreaterThan(5.5);
    expect(autumn).toBeLessThan(overall);
    expect(measures.byTerm[2]?.overallAbsenceRate).toBeGreaterThan(autumn);
  });

  it('gives persistent absence about 18-21% and severe absence about 2%', () => {
    expect(measures.overall.persistentAbsenceRate).toBeGreaterThan(17);
    expect(measures.overall.persistentAbsenceRate).toBeLessThan(23);
    expect(measures.overall.severeAbsenceRate).toBeGreaterThan(1.2);
    expect(measures.overall.severeAbsenceRate).toBeLessThan(3.5);
  });

  it('makes illness about half of absence and unauthorised absence about a third', () => {
    const rates = measures.overall.rates;
    const overall = rates?.overallAbsenceRate ?? 1;
    expect((rates?.reasonRates.sess_auth_illness ?? 0) / overall).toBeGreaterThan(0.4);
    expect((rates?.reasonRates.sess_auth_illness ?? 0) / overall).toBeLessThan(0.6);
    expect((rates?.unauthorisedAbsenceRate ?? 0) / overall).toBeGreaterThan(0.25);
    expect((rates?.unauthorisedAbsenceRate ?? 0) / overall).toBeLessThan(0.42);
    expect(rates?.reasonRates.sess_unauth_holiday).toBeGreaterThan(0.2);
    expect(rates?.reasonRates.sess_unauth_holiday).toBeLessThan(0.9);
    expect(rates?.reasonRates.sess_auth_excluded).toBeGreaterThan(0.05);
    expect(rates?.reasonRates.sess_unauth_late).toBeGreaterThan(0.05);
  });

  it('gives clearly higher absence for disadvantaged pupils, pupils with SEN and children in need', () => {
    expect(rateOf('fsm')).toBeGreaterThan(8.5);
    expect(rateOf('fsm')).toBeLessThan(13);
    expect(rateOf('not-fsm')).toBeGreaterThan(4.5);
    expect(rateOf('not-fsm')).toBeLessThan(7);
    expect(rateOf('fsm') / rateOf('not-fsm')).toBeGreaterThan(1.6);
    expect(rateOf('sen-support')).toBeGreaterThan(8.5);
    expect(rateOf('sen-support')).toBeLessThan(13);
    expect(rateOf('ehc-plan')).toBeGreaterThan(10);
    expect(rateOf('ehc-plan')).toBeLessThan(16);
    expect(rateOf('sen-none')).toBeLessThan(rateOf('sen-support'));
    expect(rateOf('sen-support')).toBeLessThan(rateOf('ehc-plan'));
    expect(rateOf('cin')).toBeGreaterThan(13);
    expect(rateOf('cin')).toBeLessThan(23);
  });

  it('gives secondary schools higher absence than primaries', () => {
    expect(rateOf('secondary') - rateOf('primary')).toBeGreaterThan(2);
    expect(rateOf('special')).toBeGreaterThan(rateOf('primary'));
  });

  it('peaks illness in the winter months and raises absence on Mondays and Fridays', () => {
    const illness = (month: number): number => measures.byMonth[month]?.reasonRates.sess_auth_illness ?? 0;
    const winter = (illness(12) + illness(1) + illness(2)) / 3;
    expect(winter).toBeGreaterThan(1.2 * illness(9));
    expect(winter).toBeGreaterThan(1.2 * illness(6));
    const weekday = (day: number): number => measures.byWeekday[day]?.overallAbsenceRate ?? 0;
    expect(weekday(1)).toBeGreaterThan(weekday(3));
    expect(weekday(5)).toBeGreaterThan(weekday(3));
  });

  it('has a pupil in the demo LA missing education for an unbroken run of 20 or more school days', () => {
    expect(measureSyntheticLa(DEFAULT_DEMO_OPTIONS).longestMissingRunDays).toBeGreaterThanOrEqual(20);
  });
});
