// National curriculum years as ordinals: N1 = -2, N2 = -1, R = 0, then 1..14. Age on 31 August before the
// academic year is ordinal + 4 (R = 4, year 1 = 5, year 11 = 15), the DfE's rule for year groups.

export type NcYearLabel = 'N1' | 'N2' | 'R' | `${number}`;

export const NURSERY_2 = -1;
export const RECEPTION = 0;
export const YEAR_11 = 11;

export function ncYearLabel(ordinal: number): NcYearLabel {
  if (ordinal === -2) return 'N1';
  if (ordinal === NURSERY_2) return 'N2';
  if (ordinal === RECEPTION) return 'R';
  if (ordinal >= 1 && ordinal <= 14) return `${ordinal}`;
  throw new RangeError(`No national curriculum year for ordinal ${ordinal}`);
}

export function ageOn31AugustBeforeYear(ordinal: number): number {
  return ordinal + 4;
}

/** Years 1 to 11: the pupils aged 5 to 15 on 31 August, whom the statutory absence measures cover. */
export function isCompulsorySchoolAgeYear(ordinal: number): boolean {
  return ordinal >= 1 && ordinal <= YEAR_11;
}

export function range(first: number, last: number): number[] {
  const values: number[] = [];
  for (let value = first; value <= last; value += 1) values.push(value);
  return values;
}
