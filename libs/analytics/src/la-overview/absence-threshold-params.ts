import { PERSISTENT_ABSENCE_THRESHOLD_PERCENT, SEVERE_ABSENCE_THRESHOLD_PERCENT } from '@attendance/domain';

/** The domain's persistent and severe absence thresholds, as every query that classifies enrolments takes them. */
export const ABSENCE_THRESHOLD_PARAMS = {
  persistent_threshold_percent: PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  severe_threshold_percent: SEVERE_ABSENCE_THRESHOLD_PERCENT,
};
