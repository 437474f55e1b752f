import { CohortMeasuresResolver } from './cohort-measures/cohort-measures.resolver.js';
import { DataQualityResolver } from './data-quality/data-quality.resolver.js';
import { ImportHistoryResolver } from './import-history/import-history.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';
import { AbsenteeListResolver } from './pupil-lists/absentee-list.resolver.js';

/** Every resolver the API serves; the schema printer reads the same list so schema.gql cannot drift. */
export const GRAPHQL_RESOLVERS = [
  OverviewResolver,
  CohortMeasuresResolver,
  AbsenteeListResolver,
  ImportHistoryResolver,
  DataQualityResolver,
];
