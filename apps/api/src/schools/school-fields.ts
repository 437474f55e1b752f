import { EarlyWarningPupil } from '../early-warning/models/early-warning-list.model.js';
import { PupilOtherEnrolment } from '../pupil-record/models/pupil-record.model.js';
import { Absentee } from '../pupil-lists/models/absentee-list.model.js';
import { BandCrossing } from '../pupil-lists/models/band-crossing-list.model.js';
import { CmeMilestonePupil } from '../pupil-lists/models/cme-milestone-list.model.js';
import { IllnessAbsentee } from '../pupil-lists/models/illness-list.model.js';
import { PartTimeTimetablePupil } from '../pupil-lists/models/part-time-list.model.js';
import { PenaltyNoticePupil } from '../pupil-lists/models/penalty-notice-list.model.js';
import { SchoolOverview } from '../school-overview/models/school-overview.model.js';
import { SimilarSchool } from '../school-overview/models/similar-school.model.js';
import { schoolFieldResolver } from './school-field.resolver.js';

/** Every type whose rows name a school by URN gets a `school` field, resolved in one batch per request. */
export const SCHOOL_FIELD_RESOLVERS = [
  Absentee,
  BandCrossing,
  CmeMilestonePupil,
  IllnessAbsentee,
  PartTimeTimetablePupil,
  PenaltyNoticePupil,
  EarlyWarningPupil,
  PupilOtherEnrolment,
  SchoolOverview,
  SimilarSchool,
].map((rowType) => schoolFieldResolver(rowType));
