// The arithmetic of judging a flag against what happened (the early-warning evaluation holds back the later
// weeks of a year, flags pupils from the earlier ones and compares with the whole year). Ratios with nothing
// to divide by are null rather than 0 or 1: "no pupil flagged" has no precision.

/** Counts of flagged/not flagged against happened/did not happen. */
export interface ConfusionMatrix {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface FlagScores extends ConfusionMatrix {
  /** Pupils judged. */
  total: number;
  flagged: number;
  /** Of the flagged, the share for whom it happened; null when none was flagged. */
  precision: number | null;
  /** Of those for whom it happened, the share flagged; null when it happened to none. */
  recall: number | null;
  /** Harmonic mean of precision and recall; 0 when both are 0, null when either is null. */
  f1: number | null;
  /** The share for whom it happened (what flagging at random would reach as precision); null when empty. */
  baseRate: number | null;
}

export function confusionMatrix(
  outcomes: Iterable<{ flagged: boolean; happened: boolean }>,
): ConfusionMatrix {
  const matrix = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  for (const { flagged, happened } of outcomes) {
    if (flagged && happened) matrix.truePositives += 1;
    else if (flagged) matrix.falsePositives += 1;
    else if (happened) matrix.falseNegatives += 1;
    else matrix.trueNegatives += 1;
  }
  return matrix;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function flagScores(matrix: ConfusionMatrix): FlagScores {
  const { truePositives, falsePositives, falseNegatives, trueNegatives } = matrix;
  const flagged = truePositives + falsePositives;
  const happened = truePositives + falseNegatives;
  const total = flagged + falseNegatives + trueNegatives;
  const precision = ratio(truePositives, flagged);
  const recall = ratio(truePositives, happened);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { ...matrix, total, flagged, precision, recall, f1, baseRate: ratio(happened, total) };
}

/** Mean of |predicted - actual|; null for no pairs. */
export function meanAbsoluteError(pairs: Iterable<{ predicted: number; actual: number }>): number | null {
  let sum = 0;
  let count = 0;
  for (const { predicted, actual } of pairs) {
    sum += Math.abs(predicted - actual);
    count += 1;
  }
  return ratio(sum, count);
}

export interface PrecisionAtRecall {
  /** Pupils at or above the score that reaches the recall: an officer's caseload for it. */
  flagged: number;
  precision: number;
  /** The recall actually reached (at least the one asked for; ties at the cut-off score are all taken). */
  recall: number;
  /** The lowest score flagged. */
  score: number;
}

/**
 * How precise a ranking is when it flags enough of the highest-scored pupils to reach `recall` (a fraction,
 * above 0 and at most 1): pupils tied on the cut-off score are all flagged, so the answer does not depend on
 * their order. Null when it happened to none.
 */
export function precisionAtRecall(
  scored: Iterable<{ score: number; happened: boolean }>,
  recall: number,
): PrecisionAtRecall | null {
  if (!(recall > 0 && recall <= 1))
    throw new RangeError(`recall must be above 0 and at most 1, got ${recall}`);
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const happened = ranked.filter((pupil) => pupil.happened).length;
  if (happened === 0) return null;
  let truePositives = 0;
  let flagged = 0;
  let lowest = Infinity;
  // Stop only where the score drops, so a tie is flagged whole; at worst every pupil is flagged (recall 1).
  for (const pupil of ranked) {
    if (pupil.score < lowest && truePositives >= recall * happened) break;
    flagged += 1;
    lowest = pupil.score;
    if (pupil.happened) truePositives += 1;
  }
  return { flagged, precision: truePositives / flagged, recall: truePositives / happened, score: lowest };
}
