import { DFE_ABSENCE_COLUMN_NAMES, DFE_ABSENCE_COLUMNS } from './dfe-absence-columns.js';
import { dfeAbsenceColumnsMarkdown } from './dfe-absence-columns-markdown.js';

const reasons = [
  'sess_auth_illness',
  'sess_auth_appointments',
  'sess_auth_religious',
  'sess_auth_study',
  'sess_auth_traveller',
  'sess_auth_holiday',
  'sess_auth_ext_holiday',
  'sess_auth_excluded',
  'sess_auth_other',
  'sess_unauth_holiday',
  'sess_unauth_late',
  'sess_unauth_other',
  'sess_unauth_noyet',
];

describe('DFE_ABSENCE_COLUMNS', () => {
  it("lists the DfE absence file's columns in the DfE's order", () => {
    expect(DFE_ABSENCE_COLUMN_NAMES).toEqual([
      'time_period',
      'time_identifier',
      'geographic_level',
      'country_code',
      'country_name',
      'region_code',
      'region_name',
      'old_la_code',
      'new_la_code',
      'la_name',
      'school_urn',
      'school_name',
      'school_type',
      'breakdown_topic',
      'breakdown',
      'enrolments',
      'sess_possible',
      'sess_overall',
      'sess_authorised',
      'sess_unauthorised',
      'sess_overall_percent',
      'sess_authorised_percent',
      'sess_unauthorised_percent',
      'enrolments_pa_10_exact',
      'enrolments_pa_10_exact_percent',
      'enrolments_pa_50_exact',
      'enrolments_pa_50_exact_percent',
      ...reasons,
      ...reasons.map((reason) => `${reason}_rate`),
    ]);
  });

  it('gives every column a kind and a one-line meaning', () => {
    for (const column of DFE_ABSENCE_COLUMNS) {
      expect(column.description, column.name).toMatch(/^[A-Z].*\.$/);
      expect(column.description, column.name).not.toMatch(/[\r\n]/);
    }
    const kinds = Object.fromEntries(DFE_ABSENCE_COLUMNS.map((column) => [column.name, column.kind]));
    expect(kinds).toMatchObject({
      time_period: 'text',
      breakdown: 'text',
      enrolments: 'count',
      sess_overall_percent: 'percent',
      enrolments_pa_50_exact: 'count',
      sess_auth_illness: 'count',
      sess_unauth_noyet_rate: 'percent',
    });
  });

  it('computes each rate from count columns of the same row', () => {
    const percents = DFE_ABSENCE_COLUMNS.flatMap((column) => (column.kind === 'percent' ? [column] : []));
    expect(percents).toHaveLength(5 + reasons.length);
    for (const column of percents) {
      expect(DFE_ABSENCE_COLUMNS.find((other) => other.name === column.numerator)?.kind).toBe('count');
      expect(column.description).toContain(`100 x ${column.numerator} / ${column.denominator}, 1 dp`);
    }
    expect(percents.find((column) => column.name === 'enrolments_pa_10_exact_percent')).toMatchObject({
      numerator: 'enrolments_pa_10_exact',
      denominator: 'enrolments',
    });
  });

  it('names the register codes behind each reason column, from both code sets', () => {
    const meaningOf = (name: string) =>
      DFE_ABSENCE_COLUMNS.find((column) => column.name === name)?.description;
    expect(meaningOf('sess_auth_illness')).toBe(
      'Authorised absence for illness, not medical or dental appointments (code I): sessions.',
    );
    expect(meaningOf('sess_auth_other')).toContain('(codes C, C1, J1, C2): sessions.');
    expect(meaningOf('sess_auth_holiday')).toContain('(code H)');
    expect(meaningOf('sess_unauth_late')).toContain('(code U)');
  });
});

describe('COLUMNS.md', () => {
  it('is generated from the column array (run vitest with --update after changing it)', async () => {
    const markdown = dfeAbsenceColumnsMarkdown();
    for (const column of DFE_ABSENCE_COLUMNS) {
      expect(markdown).toContain(`| \`${column.name}\` | ${column.kind} | ${column.description} |`);
    }
    await expect(markdown).toMatchFileSnapshot('./COLUMNS.md');
  });
});
