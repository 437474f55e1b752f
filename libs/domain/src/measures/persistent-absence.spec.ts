import {
  absenceClassification,
  isPersistentlyAbsent,
  isSeverelyAbsent,
  PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  SEVERE_ABSENCE_THRESHOLD_PERCENT,
} from './persistent-absence.js';
import { emptySessionCounts, type SessionCounts } from './session-counts.js';

function counts(possible: number, authorised: number, unauthorised = 0): SessionCounts {
  return {
    ...emptySessionCounts(),
    possible,
    authorised,
    unauthorised,
    present: possible - authorised - unauthorised,
  };
}

describe(absenceClassification.name, () => {
  it.each([
    [counts(0, 0), 'no-possible-sessions'],
    [counts(380, 0), 'not-persistent'],
    // 9.99%: 999 of 10,000
    [counts(10_000, 999), 'not-persistent'],
    // exactly 10% is persistent (inclusive), including splits across authorised and unauthorised
    [counts(380, 38), 'persistent'],
    [counts(380, 20, 18), 'persistent'],
    [counts(10, 1), 'persistent'],
    // 37 of 380 = 9.74%
    [counts(380, 37), 'not-persistent'],
    // 49.99% and exactly 50%
    [counts(10_000, 4999), 'persistent'],
    [counts(380, 190), 'severe'],
    [counts(380, 100, 90), 'severe'],
    [counts(3, 3), 'severe'],
    // 1 of 3 sessions: 33.3%, a rate with no exact decimal form
    [counts(3, 1), 'persistent'],
  ])('%o -> %s', (value, expected) => {
    expect(absenceClassification(value)).toBe(expected);
  });

  it('uses the DfE thresholds', () => {
    expect(PERSISTENT_ABSENCE_THRESHOLD_PERCENT).toBe(10);
    expect(SEVERE_ABSENCE_THRESHOLD_PERCENT).toBe(50);
  });

  it('gets exactly 10% right where floating point would not', () => {
    // 0.1 * 3 !== 0.3 in floating point; 3 of 30 sessions is exactly 10%.
    expect(isPersistentlyAbsent(counts(30, 3))).toBe(true);
    expect(isPersistentlyAbsent(counts(70, 7))).toBe(true);
  });
});

describe(isSeverelyAbsent.name, () => {
  it('implies persistent absence', () => {
    const severe = counts(100, 50);
    expect(isSeverelyAbsent(severe)).toBe(true);
    expect(isPersistentlyAbsent(severe)).toBe(true);
  });

  it('is false without possible sessions', () => {
    expect(isSeverelyAbsent(counts(0, 0))).toBe(false);
    expect(isPersistentlyAbsent(counts(0, 0))).toBe(false);
  });
});
