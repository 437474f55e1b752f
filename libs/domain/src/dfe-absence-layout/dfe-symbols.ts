// The symbols a figure's cell may hold instead of a number, as the DfE and the GSS use them in published files.
// The disclosure module decides which figure gets which; this layout only writes them. (Kept here as plain
// strings so the layout does not depend on that module.)

export const DFE_SYMBOLS = {
  c: 'Suppressed to protect confidentiality.',
  low: 'Rounds to 0 but is not 0.',
  x: 'Not available.',
  z: 'Not applicable: a rate over no possible sessions or no enrolments.',
  u: "Low reliability: a school's export is missing or stale.",
} as const;

export type DfeSymbol = keyof typeof DFE_SYMBOLS;

export function isDfeSymbol(value: string): value is DfeSymbol {
  return Object.hasOwn(DFE_SYMBOLS, value);
}
