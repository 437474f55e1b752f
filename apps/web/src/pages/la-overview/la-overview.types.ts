import type {
  AttendanceMeasuresFieldsFragment,
  LaOverviewQuery,
  LaOverviewSchoolsQuery,
  OverviewHeadlineChangeFieldsFragment,
} from '../../graphql/generated/graphql.js';

export type LaOverview = LaOverviewQuery['laOverview'];
export type SchoolPage = LaOverviewSchoolsQuery['laOverview'];
export type SchoolSummary = SchoolPage['schools'][number];
export type AttendanceMeasures = AttendanceMeasuresFieldsFragment;
export type HeadlineChange = OverviewHeadlineChangeFieldsFragment;
export type HeadlineChanges = LaOverview['changes'];
export type PublishedComparison = LaOverview['comparisons']['published'][number];
