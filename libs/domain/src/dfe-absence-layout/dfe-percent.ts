// Rates in the export are written to one decimal place, rounded half up (5 rounds away from zero), from the
// unrounded counts. Why one place: it is how the DfE states absence rates in its releases and tables and in its
// social care absence file, it is what this product shows on screen (so the export and the dashboard agree),
// and daily-register figures do not support more precision against census figures. The counts sit in the same
// row, so anyone who needs more places can recompute them exactly. (The DfE's own underlying EES files carry
// rates to about five places; change this one constant to match them.)
//
// Half up is the DfE's rounding convention (its dfeR::round_five_up exists because R rounds half to even). The
// rounding runs on integers (BigInt), never on a float rate: 100 x 3 / 2000 is 0.15 exactly, but the float
// nearest it is just below, and Number.toFixed would write 0.1 where the DfE writes 0.2.

export const DFE_PERCENT_DECIMAL_PLACES = 1;

/** 100 x numerator / denominator, rounded half up to DFE_PERCENT_DECIMAL_PLACES; the denominator must be > 0. */
export function dfePercent(numerator: number, denominator: number): string {
  return percentRoundedHalfUp(numerator, denominator, DFE_PERCENT_DECIMAL_PLACES);
}

/** 100 x numerator / denominator, rounded half up to `places` decimal places, from exact integers. */
export function percentRoundedHalfUp(numerator: number, denominator: number, places: number): string {
  if (!Number.isSafeInteger(numerator) || numerator < 0) {
    throw new RangeError(`Percent numerator ${numerator} is not a whole number of 0 or more`);
  }
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Percent denominator ${denominator} is not a whole number above 0`);
  }
  if (!Number.isInteger(places) || places < 0 || places > 15) {
    throw new RangeError(`Decimal places ${places} is not a whole number from 0 to 15`);
  }
  const unit = 10n ** BigInt(places);
  const divisor = BigInt(denominator);
  // floor(100 x numerator x unit / denominator + 1/2) in integers: the rate in units of the last place.
  const rounded = (2n * BigInt(numerator) * 100n * unit + divisor) / (2n * divisor);
  const whole = (rounded / unit).toString();
  return places === 0 ? whole : `${whole}.${(rounded % unit).toString().padStart(places, '0')}`;
}
