export { querySchoolActions, RECENT_REGISTER_DATES_COUNTED } from './query-school-actions.js';
export type {
  SchoolActions,
  SchoolActionsParams,
  SchoolActionsResult,
  SchoolCmeMilestoneCount,
} from './school-actions.types.js';
