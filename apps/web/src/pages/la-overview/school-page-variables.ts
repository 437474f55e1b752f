import type { LaOverviewSchoolsQueryVariables, SchoolSortOrder } from '../../graphql/generated/graphql.js';
import type { LaOverviewSearch, SchoolTableSort } from './la-overview-search.js';

/** Schools on a page of the overview's table. */
export const SCHOOL_PAGE_LENGTH = 50;

/** The API's order for each sortable column of the table. */
const API_SORTS: Record<SchoolTableSort, SchoolSortOrder> = {
  name: 'NAME',
  attendance: 'ATTENDANCE',
  persistent: 'PERSISTENT_ABSENCE',
  severe: 'SEVERE_ABSENCE',
  'four-week-change': 'FOUR_WEEK_CHANGE',
  'penalty-notice': 'PENALTY_NOTICE_PUPILS',
  cme: 'CME_CHILDREN',
  'last-data': 'LAST_MARK_DATE',
};

/** The URL's filters, order and page as the API's arguments for one page of schools (a filter not chosen left out). */
export function schoolPageVariables(search: LaOverviewSearch): LaOverviewSchoolsQueryVariables {
  return {
    ...(search.phase === undefined ? {} : { phase: search.phase }),
    ...(search.type === undefined ? {} : { type: search.type }),
    sort: API_SORTS[search.sort],
    descending: search.direction === 'descending',
    limit: SCHOOL_PAGE_LENGTH,
    offset: (search.page - 1) * SCHOOL_PAGE_LENGTH,
  };
}
