import { DEFAULT_ESCALATION_BANDS } from './default-escalation-bands.js';
import { bandForAttendanceRate } from './escalation-band-ranges.js';
import { absenceClassification } from '../measures/persistent-absence.js';
import { emptySessionCounts } from '../measures/session-counts.js';

describe('DEFAULT_ESCALATION_BANDS', () => {
  it('follows seed 002 from the top of the ladder down', () => {
    expect(
      DEFAULT_ESCALATION_BANDS.map((band) => [band.id, band.minAttendanceRate, band.maxAttendanceRate]),
    ).toEqual([
      ['excellent', 97, 100],
      ['at-risk', 95, 97],
      ['lower-than-expected', 93, 95],
      ['notice-to-improve', 90, 93],
      ['persistent-absence', 50, 90],
      ['severe-absence', 0, 50],
    ]);
    expect(DEFAULT_ESCALATION_BANDS.every((band) => band.actions.length > 0)).toBe(true);
  });

  // The PA and SA rungs must agree with the DfE classification for every whole number of absent sessions.
  it.each([380, 20, 10])(
    'agrees with absenceClassification for every absence count out of %i',
    (possible) => {
      for (let absent = 0; absent <= possible; absent += 1) {
        const counts = { ...emptySessionCounts(), possible, authorised: absent, present: possible - absent };
        const attendanceRate = 100 - (absent * 100) / possible;
        const bandId = bandForAttendanceRate(attendanceRate, DEFAULT_ESCALATION_BANDS)?.id;
        const classification = absenceClassification(counts);
        const expected =
          classification === 'severe'
            ? 'severe-absence'
            : classification === 'persistent'
              ? 'persistent-absence'
              : bandId;
        expect(bandId).toBe(expected);
      }
    },
  );
});
