import type { DisclosureOptions } from './disclosure-options.js';
import type { GroupFigures } from './disclosure.types.js';

export type PrimarySuppressionReason = 'fewer-than-minimum-enrolments' | 'zero-or-all-in-small-group';

/** The enrolments a cell needs before any of its figures may be shown. */
export function minimumEnrolments(sensitive: boolean, options: DisclosureOptions): number {
  return sensitive ? options.minimumSensitiveGroupSize : options.minimumGroupSize;
}

/**
 * True when a figure is true of every pupil in the group or of none: a zero count ("no pupil had an
 * unauthorised holiday"), a 0% rate or a 100% rate. In a small group that tells a reader about each pupil.
 */
export function showsZeroOrAll(group: GroupFigures): boolean {
  const zeroCount = Object.values(group.counts).some((count) => count === 0);
  const zeroOrAllRate = Object.values(group.rates).some(
    (rate) =>
      rate !== null && rate.denominator > 0 && (rate.numerator === 0 || rate.numerator === rate.denominator),
  );
  return zeroCount || zeroOrAllRate;
}

/**
 * Why a cell must be suppressed on its own figures, or null when it may be shown. The whole cell is
 * suppressed, not one figure: a cell's figures are tied together (overall = authorised + unauthorised, a rate
 * and its count, attendance = 100 - absence), so hiding one while showing the rest would give it away.
 */
export function primarySuppressionReason(
  group: GroupFigures,
  sensitive: boolean,
  options: DisclosureOptions,
): PrimarySuppressionReason | null {
  if (group.enrolments < minimumEnrolments(sensitive, options)) return 'fewer-than-minimum-enrolments';
  if (group.enrolments < options.minimumGroupSizeForZeroOrAll && showsZeroOrAll(group)) {
    return 'zero-or-all-in-small-group';
  }
  return null;
}
