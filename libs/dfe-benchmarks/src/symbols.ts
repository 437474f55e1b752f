import type { BenchmarkFigure, DfeSymbol } from './benchmark.types.js';

/** What each symbol in the DfE files means, for footnotes and tooltips. */
export const DFE_SYMBOL_MEANINGS: Readonly<Record<DfeSymbol, string>> = {
  c: 'suppressed to protect confidentiality',
  x: 'not available',
  z: 'not applicable',
  k: 'rounds to 0 but is not 0',
  low: 'a low figure, rounds to 0 but is not 0',
  '.': 'not applicable or not available (older files)',
  '-': 'no figure published',
};

/** True for a published number, false for a symbol: the one check a caller needs before arithmetic. */
export function isPublishedNumber(figure: BenchmarkFigure | undefined): figure is number {
  return typeof figure === 'number';
}
