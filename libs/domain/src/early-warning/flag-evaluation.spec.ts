import { confusionMatrix, flagScores, meanAbsoluteError, precisionAtRecall } from './flag-evaluation.js';

const outcomes = (flagged: boolean, happened: boolean, count: number) =>
  Array.from({ length: count }, () => ({ flagged, happened }));

describe(flagScores.name, () => {
  it('scores a flag against what happened', () => {
    const matrix = confusionMatrix([
      ...outcomes(true, true, 6),
      ...outcomes(true, false, 4),
      ...outcomes(false, true, 9),
      ...outcomes(false, false, 81),
    ]);
    expect(matrix).toEqual({ truePositives: 6, falsePositives: 4, falseNegatives: 9, trueNegatives: 81 });
    const scores = flagScores(matrix);
    expect(scores).toMatchObject({ total: 100, flagged: 10, precision: 0.6, recall: 0.4, baseRate: 0.15 });
    expect(scores.f1).toBeCloseTo(0.48, 12);
  });

  it('has no precision when nothing is flagged, no recall when nothing happened, F1 0 when both are 0', () => {
    expect(flagScores(confusionMatrix(outcomes(false, true, 3)))).toMatchObject({
      precision: null,
      recall: 0,
      f1: null,
      baseRate: 1,
    });
    expect(flagScores(confusionMatrix(outcomes(true, false, 3)))).toMatchObject({
      precision: 0,
      recall: null,
      f1: null,
      baseRate: 0,
    });
    expect(flagScores(confusionMatrix([...outcomes(true, false, 2), ...outcomes(false, true, 1)])).f1).toBe(
      0,
    );
    expect(flagScores(confusionMatrix([]))).toMatchObject({ total: 0, baseRate: null, precision: null });
  });
});

describe(meanAbsoluteError.name, () => {
  it('averages the size of the misses, null for none', () => {
    expect(
      meanAbsoluteError([
        { predicted: 90, actual: 92 },
        { predicted: 85, actual: 80 },
        { predicted: 70, actual: 70 },
      ]),
    ).toBeCloseTo(7 / 3, 12);
    expect(meanAbsoluteError([])).toBeNull();
  });
});

describe(precisionAtRecall.name, () => {
  const pupil = (score: number, happened: boolean) => ({ score, happened });

  it('flags the highest scores until the recall is reached, whatever order they come in', () => {
    // Four cases; half of them are among the top three scores.
    const scored = [
      pupil(1, true),
      pupil(9, true),
      pupil(8, false),
      pupil(7, true),
      pupil(2, true),
      pupil(3, false),
    ];
    expect(precisionAtRecall(scored, 0.5)).toEqual({ flagged: 3, precision: 2 / 3, recall: 0.5, score: 7 });
    expect(precisionAtRecall([...scored].reverse(), 0.5)).toEqual(precisionAtRecall(scored, 0.5));
    expect(precisionAtRecall(scored, 0.25)).toEqual({ flagged: 1, precision: 1, recall: 0.25, score: 9 });
    expect(precisionAtRecall(scored, 1)).toEqual({ flagged: 6, precision: 4 / 6, recall: 1, score: 1 });
  });

  it('takes a tie at the cut-off whole, and is null when nothing happened', () => {
    const tied = [pupil(5, false), pupil(9, true), pupil(5, true), pupil(5, false), pupil(1, true)];
    expect(precisionAtRecall(tied, 0.6)).toEqual({ flagged: 4, precision: 0.5, recall: 2 / 3, score: 5 });
    expect(precisionAtRecall([pupil(3, false)], 0.5)).toBeNull();
    expect(() => precisionAtRecall(tied, 0)).toThrow(/recall must be above 0 and at most 1, got 0/);
  });
});
