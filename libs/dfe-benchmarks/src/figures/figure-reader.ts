import type { BenchmarkFigure } from '../benchmark.types.js';
import type { GeneratedFigure } from '../generated-source.types.js';

/** Reads one phase's figures by column name from a generated table. */
export interface FigureReader {
  /** A figure every row of this dataset has; a gap means the generated module and this library disagree. */
  required(column: string): BenchmarkFigure;
  /** A figure the source may not have for this row (undefined then). */
  optional(column: string): BenchmarkFigure | undefined;
}

export function figureReader(
  columns: readonly string[],
  figures: readonly GeneratedFigure[],
  where: string,
): FigureReader {
  const valueOf = (column: string): GeneratedFigure | undefined => {
    const index = columns.indexOf(column);
    if (index === -1) throw new Error(`${where}: no column "${column}" (columns: ${columns.join(', ')})`);
    return figures[index];
  };
  return {
    required(column) {
      const value = valueOf(column);
      if (value === null || value === undefined) {
        throw new Error(`${where}: no ${column} figure, expected a number or a DfE symbol`);
      }
      return value;
    },
    optional(column) {
      return valueOf(column) ?? undefined;
    },
  };
}
