import { percentRoundedHalfUp } from '../dfe-absence-layout/dfe-percent.js';

/**
 * A rate as the DfE publishes it: numerator / denominator x 100, rounded half up to `decimalPlaces` by the
 * DfE export's own exact integer rounding, so that a boundary such as 0.05% is decided exactly and a figure
 * is suppressed or shown exactly as the export writes it. The denominator must be positive.
 */
export function publishedPercent(numerator: number, denominator: number, decimalPlaces: number): number {
  return Number(percentRoundedHalfUp(numerator, denominator, decimalPlaces));
}

/** A positive rate that displays as zero at the published precision: the DfE's `low`. */
export function roundsToZero(numerator: number, denominator: number, decimalPlaces: number): boolean {
  return numerator > 0 && publishedPercent(numerator, denominator, decimalPlaces) === 0;
}
