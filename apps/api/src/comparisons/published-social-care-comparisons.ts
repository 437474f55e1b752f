import {
  academicYearsOf,
  socialCareBenchmarkFor,
  type AcademicYear,
  type AreaQuery,
  type Phase,
  type SocialCareBenchmark,
  type SocialCareGroup,
} from '@attendance/dfe-benchmarks';
import type { PublishedSocialCareComparison } from './models/published-social-care-comparison.model.js';
import { figure, publishedSource } from './published-comparison.js';

// The DfE publishes absence by social care group (children in need, on a protection plan, looked after) for
// England, regions and LAs, but only from the annual census and only for full years. So these sit beside the
// school's and LA's own cohort figures as the nearest published year at or before the period's, each labelled
// with its year, period and method; an area or phase the DfE left out is left out here, never zero.

const GROUPS: readonly SocialCareGroup[] = ['CIN', 'CPP', 'CLA'];

export interface SocialCareComparisonsQuery {
  /** The year of the figures being compared, as the DfE writes it: "2026/27". */
  readonly academicYear: AcademicYear;
  readonly phase: Phase;
  readonly laCode?: string | undefined;
  readonly regionCode?: string | undefined;
}

/** The latest year the social care figures are published for at or before `academicYear`. */
export function socialCareYearFor(academicYear: AcademicYear): AcademicYear | undefined {
  return academicYearsOf('census-social-care')
    .filter((year) => year <= academicYear)
    .at(-1);
}

/** Each group's published figures, LA then region then England (as `Comparisons.published` orders areas). */
export function publishedSocialCareComparisons(
  query: SocialCareComparisonsQuery,
): PublishedSocialCareComparison[] {
  const academicYear = socialCareYearFor(query.academicYear);
  if (academicYear === undefined) return [];
  const areas: AreaQuery[] = [
    ...(query.laCode ? [{ level: 'la' as const, code: query.laCode }] : []),
    ...(query.regionCode ? [{ level: 'region' as const, code: query.regionCode }] : []),
    { level: 'england' },
  ];
  return GROUPS.flatMap((group) =>
    areas.flatMap((area) => {
      const found = socialCareBenchmarkFor({
        method: 'annual-census',
        group,
        ...area,
        phase: query.phase,
        academicYear,
      });
      return found ? [socialCareComparison(group, found)] : [];
    }),
  );
}

function socialCareComparison(
  group: SocialCareGroup,
  benchmark: SocialCareBenchmark,
): PublishedSocialCareComparison {
  const { labels, figures } = benchmark;
  return {
    ...publishedSource(benchmark),
    group,
    groupLabel: labels.socialCareGroupLabel ?? group,
    pupils: figure(figures.pupils),
    overallAbsenceRate: figure(figures.overallAbsencePercent),
    authorisedAbsenceRate: figure(figures.authorisedAbsencePercent),
    unauthorisedAbsenceRate: figure(figures.unauthorisedAbsencePercent),
    persistentAbsenceRate: figure(figures.persistentAbsencePercent),
    severeAbsenceRate: figure(figures.severeAbsencePercent),
  };
}
