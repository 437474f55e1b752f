import type { SocialCareGroup } from '../benchmark.types.js';
import { readSocialCareFigures, type SocialCareAbsenceFigures } from '../figures/social-care-figures.js';
import {
  expectMethod,
  expectPhaseYearQuery,
  lookUp,
  type BenchmarkResult,
  type PhaseYearQuery,
} from './benchmark-query.js';

const GROUPS: readonly SocialCareGroup[] = ['CIN', 'CPP', 'CLA'];

export type SocialCareQuery = PhaseYearQuery & {
  /** These figures come from the census only; the method is still named so captions never guess. */
  readonly method: 'annual-census';
  readonly group: SocialCareGroup;
};

export type SocialCareBenchmark = BenchmarkResult<'annual-census', SocialCareAbsenceFigures>;

/**
 * Census absence, persistent and severe absence of children in need, on a protection plan or looked after,
 * for England, a region or an LA, with the file's symbols kept; undefined where the year is not shipped.
 */
export function socialCareBenchmarkFor(query: SocialCareQuery): SocialCareBenchmark | undefined {
  const caller = 'socialCareBenchmarkFor';
  expectMethod(caller, query.method, ['annual-census']);
  expectPhaseYearQuery(caller, query);
  if (!GROUPS.includes(query.group)) {
    throw new RangeError(
      `${caller}: group ${JSON.stringify(query.group)}, expected one of "CIN", "CPP", "CLA"`,
    );
  }
  const key = {
    dataset: 'census-social-care',
    academicYear: query.academicYear,
    period: 'full-year',
    week: null,
    socialCareGroup: query.group,
  } as const;
  return lookUp('annual-census', key, query, readSocialCareFigures);
}
