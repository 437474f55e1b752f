import { DFE_PERCENT_DECIMAL_PLACES } from '../dfe-absence-layout/dfe-percent.js';
// Thresholds from the product's disclosure rule for aggregate audiences (see README.md): a figure resting on
// fewer than 6 pupils is suppressed, fewer than 10 for SEN, social care, ethnicity and reason splits, and 0%
// or 100% is suppressed in groups under 10 because it says something about every pupil in the group.

/** A cell resting on fewer enrolments than this is suppressed (`c`). */
export const MINIMUM_GROUP_SIZE = 6;
/** As `MINIMUM_GROUP_SIZE`, for SEN, social care (CIN/CPP/CLA), ethnicity and per-reason splits. */
export const MINIMUM_SENSITIVE_GROUP_SIZE = 10;
/** A group smaller than this may not show a 0% or 100% rate, nor a zero count (each is true of every pupil). */
export const MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL = 10;
/**
 * The DfE publishes rates to one decimal place (the DfE-layout export's precision); `low` marks a positive
 * rate that would display as 0.0.
 */
export const PUBLISHED_RATE_DECIMAL_PLACES = DFE_PERCENT_DECIMAL_PLACES;

export interface DisclosureOptions {
  minimumGroupSize: number;
  minimumSensitiveGroupSize: number;
  minimumGroupSizeForZeroOrAll: number;
  rateDecimalPlaces: number;
  /** Schools whose export is missing or stale: every figure resting on one of them is marked `u`. */
  staleSchools: ReadonlySet<string>;
}

/** What a caller may override; `staleSchools` may be any list of school ids. */
export type DisclosureOptionsInput = Partial<Omit<DisclosureOptions, 'staleSchools'>> & {
  staleSchools?: Iterable<string>;
};

/** Thrown for input this module cannot protect safely; lists every problem, each naming the field and value. */
export class DisclosureInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot apply disclosure control:\n- ${problems.join('\n- ')}`);
    this.name = 'DisclosureInputError';
  }
}

function checkWholeNumber(name: string, value: number, minimum: number, maximum: number, problems: string[]) {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    problems.push(`options.${name} must be a whole number from ${minimum} to ${maximum}, got ${value}`);
  }
}

/** The defaults with the caller's overrides, checked: a threshold below 1 would publish empty groups. */
export function resolveDisclosureOptions(input: DisclosureOptionsInput = {}): DisclosureOptions {
  const options: DisclosureOptions = {
    minimumGroupSize: input.minimumGroupSize ?? MINIMUM_GROUP_SIZE,
    minimumSensitiveGroupSize: input.minimumSensitiveGroupSize ?? MINIMUM_SENSITIVE_GROUP_SIZE,
    minimumGroupSizeForZeroOrAll: input.minimumGroupSizeForZeroOrAll ?? MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL,
    rateDecimalPlaces: input.rateDecimalPlaces ?? PUBLISHED_RATE_DECIMAL_PLACES,
    staleSchools: new Set(input.staleSchools ?? []),
  };
  const problems: string[] = [];
  const limit = Number.MAX_SAFE_INTEGER;
  checkWholeNumber('minimumGroupSize', options.minimumGroupSize, 1, limit, problems);
  checkWholeNumber('minimumSensitiveGroupSize', options.minimumSensitiveGroupSize, 1, limit, problems);
  checkWholeNumber('minimumGroupSizeForZeroOrAll', options.minimumGroupSizeForZeroOrAll, 0, limit, problems);
  // Beyond 3 places the whole-number arithmetic of `publishedPercent` could pass 2^53 for an LA's sessions.
  checkWholeNumber('rateDecimalPlaces', options.rateDecimalPlaces, 0, 3, problems);
  if (problems.length > 0) throw new DisclosureInputError(problems);
  return options;
}
