import type { DisclosureOptions } from './disclosure-options.js';
import type { GroupFigures, PublishedFigure, PublishedGroup, RateInput } from './disclosure.types.js';
import { publishedPercent, roundsToZero } from './published-percent.js';

const SUPPRESSED: PublishedFigure = { value: null, symbol: 'c' };
const NOT_AVAILABLE: PublishedFigure = { value: null, symbol: 'x' };
const NOT_APPLICABLE: PublishedFigure = { value: null, symbol: 'z' };

function restsOnStaleSchool(group: GroupFigures, options: DisclosureOptions): boolean {
  return (group.schools ?? []).some((school) => options.staleSchools.has(school));
}

function publishCount(count: number | null, stale: boolean): PublishedFigure {
  if (count === null) return { ...NOT_AVAILABLE };
  return { value: count, symbol: stale ? 'u' : null };
}

// `u` outranks `low`: a figure from a stale export is unreliable whatever its size, and its value (0 at the
// published precision) is still shown with it.
function publishRate(rate: RateInput | null, stale: boolean, options: DisclosureOptions): PublishedFigure {
  if (rate === null) return { ...NOT_AVAILABLE };
  if (rate.denominator === 0) return { ...NOT_APPLICABLE };
  const value = publishedPercent(rate.numerator, rate.denominator, options.rateDecimalPlaces);
  if (stale) return { value, symbol: 'u' };
  const low = roundsToZero(rate.numerator, rate.denominator, options.rateDecimalPlaces);
  return { value, symbol: low ? 'low' : null };
}

function mapValues<T>(record: Readonly<Record<string, T>>, publish: (value: T) => PublishedFigure) {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, publish(value)]));
}

/**
 * One cell as published once the suppression pattern is known. A suppressed cell keeps only its key and the
 * names of its figures, each `c`: an aggregate-only audience gets no number from it, not even `x` or `z`
 * (which would say whether a denominator was zero).
 */
export function publishGroupFigures(
  group: GroupFigures,
  suppressed: boolean,
  options: DisclosureOptions,
): PublishedGroup {
  if (suppressed) {
    return {
      key: group.key,
      enrolments: { ...SUPPRESSED },
      counts: mapValues(group.counts, () => ({ ...SUPPRESSED })),
      rates: mapValues(group.rates, () => ({ ...SUPPRESSED })),
    };
  }
  const stale = restsOnStaleSchool(group, options);
  return {
    key: group.key,
    enrolments: publishCount(group.enrolments, stale),
    counts: mapValues(group.counts, (count) => publishCount(count, stale)),
    rates: mapValues(group.rates, (rate) => publishRate(rate, stale, options)),
  };
}
