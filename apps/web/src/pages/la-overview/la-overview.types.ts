import type { AttendanceMeasuresFieldsFragment, LaOverviewQuery } from '../../graphql/generated/graphql.js';

export type LaOverview = LaOverviewQuery['laOverview'];
export type SchoolSummary = LaOverview['schools'][number];
export type AttendanceMeasures = AttendanceMeasuresFieldsFragment;
