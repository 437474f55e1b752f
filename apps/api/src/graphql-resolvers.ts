import { CohortMeasuresResolver } from './cohort-measures/cohort-measures.resolver.js';
import { DfeExportResolver } from './dfe-export/dfe-export.resolver.js';
import { DataQualityResolver } from './data-quality/data-quality.resolver.js';
import { EarlyWarningResolver } from './early-warning/early-warning.resolver.js';
import { ImportHistoryResolver } from './import-history/import-history.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';
import { SchoolSummaryResolver } from './overview/school-summary.resolver.js';
import { PublishedMeasuresResolver } from './published-measures/published-measures.resolver.js';
import { AbsenteeListResolver } from './pupil-lists/absentee-list.resolver.js';
import { BandCrossingListResolver } from './pupil-lists/band-crossing-list.resolver.js';
import { CmeMilestoneListResolver } from './pupil-lists/cme-milestone-list.resolver.js';
import { IllnessListResolver } from './pupil-lists/illness-list.resolver.js';
import { PartTimeTimetableListResolver } from './pupil-lists/part-time-list.resolver.js';
import { PenaltyNoticeListResolver } from './pupil-lists/penalty-notice-list.resolver.js';
import { PupilRecordResolver } from './pupil-record/pupil-record.resolver.js';
import { SchoolContactResolver } from './school-contacts/school-contact.resolver.js';
import { SchoolOverviewResolver } from './school-overview/school-overview.resolver.js';
import { SCHOOL_FIELD_RESOLVERS } from './schools/school-fields.js';
import { TimeSeriesResolver } from './time-series/time-series.resolver.js';

/** Every resolver the API serves; the schema printer reads the same list so schema.gql cannot drift. */
export const GRAPHQL_RESOLVERS = [
  OverviewResolver,
  SchoolSummaryResolver,
  SchoolOverviewResolver,
  CohortMeasuresResolver,
  PublishedMeasuresResolver,
  DfeExportResolver,
  AbsenteeListResolver,
  BandCrossingListResolver,
  IllnessListResolver,
  PartTimeTimetableListResolver,
  PenaltyNoticeListResolver,
  CmeMilestoneListResolver,
  PupilRecordResolver,
  EarlyWarningResolver,
  ImportHistoryResolver,
  DataQualityResolver,
  TimeSeriesResolver,
  SchoolContactResolver,
  ...SCHOOL_FIELD_RESOLVERS,
];
