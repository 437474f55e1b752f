import { formatCount, formatDate, formatRate } from '@attendance/web-ui';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import {
  SchoolAbsenteeListQuery,
  SchoolBandCrossingListQuery,
  SchoolCmeMilestoneListQuery,
  SchoolEarlyWarningListQuery,
  SchoolIllnessListQuery,
  SchoolPartTimeListQuery,
  SchoolPenaltyNoticeListQuery,
} from '../../graphql/school-action-lists.query.js';
import type { ActionListId } from './school-search.js';

// Every action list of the school page shown by one table: each list names its columns, turns its rows into
// text cells (formatted as everywhere: rates to one decimal place, counts, dates) and offers its API orders.
// Lists over a period take the page's from/to; lists drawn up on a date (band crossings, penalty notices, CME,
// early warning) are drawn up on the period's last day.

export const LIST_PAGE_LENGTH = 25;

export interface ActionListRow {
  pupilId: number;
  upn: string;
  yearGroup: string | null;
  cells: string[];
}

export interface ActionListPage {
  length: number;
  rows: ActionListRow[];
}

interface ListRequest {
  urn: string;
  sort: string;
  limit: number;
  offset: number;
  /** The page's period (absent: the API's default, the academic year to date). */
  from?: string | undefined;
  to?: string | undefined;
}

export interface ActionListDefinition {
  id: ActionListId;
  title: string;
  /** What the list holds, in a sentence under its heading. */
  description: string;
  empty: string;
  /** The API's orders; the first is the default. */
  sorts: readonly { value: string; label: string }[];
  columns: readonly { header: string; numeric: boolean }[];
  fetch: (request: ListRequest, signal: AbortSignal) => Promise<ActionListPage>;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const optionalDate = (date: string | null | undefined) => (date ? formatDate(date) : 'None');

function absentees(id: 'persistent' | 'severe'): ActionListDefinition {
  const persistent = id === 'persistent';
  return {
    id,
    title: persistent ? 'Persistent absentees' : 'Severe absentees',
    description: persistent
      ? 'Pupils who have missed 10% or more of their possible sessions this period (severe absentees included).'
      : 'Pupils who have missed 50% or more of their possible sessions this period.',
    empty: persistent
      ? 'No pupils are persistently absent at this school.'
      : 'No pupils are severely absent at this school.',
    sorts: [
      { value: 'ATTENDANCE', label: 'Lowest attendance first' },
      { value: 'UNAUTHORISED', label: 'Most unauthorised absence first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Attendance', numeric: true },
      { header: 'Unauthorised sessions', numeric: true },
      { header: 'Possible sessions', numeric: true },
    ],
    fetch: async ({ urn, sort, limit, offset, from, to }, signal) => {
      const { absenteeList } = await executeGraphql(
        SchoolAbsenteeListQuery,
        {
          urn,
          list: persistent ? 'PERSISTENT' : 'SEVERE',
          sort: sort as 'ATTENDANCE',
          limit,
          offset,
          from,
          to,
        },
        { signal },
      );
      return {
        length: absenteeList.length,
        rows: absenteeList.pupils.map((pupil) => ({
          ...pupil,
          cells: [
            formatRate(pupil.attendanceRate),
            formatCount(pupil.unauthorisedSessions),
            formatCount(pupil.possibleSessions),
          ],
        })),
      };
    },
  };
}

export const ACTION_LIST_DEFINITIONS: readonly ActionListDefinition[] = [
  absentees('persistent'),
  absentees('severe'),
  {
    id: 'bandCrossings',
    title: 'Band crossings',
    description:
      "Pupils whose attendance this year has fallen into a lower escalation band over the last 4 school weeks (the LA's bands).",
    empty: 'No pupils have moved into a lower escalation band at this school in the last 4 school weeks.',
    sorts: [
      { value: 'DROP', label: 'Most bands dropped first' },
      { value: 'ATTENDANCE', label: 'Lowest attendance now first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Band before', numeric: false },
      { header: 'Band now', numeric: false },
      { header: 'Attendance before', numeric: true },
      { header: 'Attendance now', numeric: true },
    ],
    fetch: async ({ urn, sort, limit, offset, to }, signal) => {
      const { bandCrossingList } = await executeGraphql(
        SchoolBandCrossingListQuery,
        { urn, sort: sort as 'DROP', limit, offset, asOf: to },
        { signal },
      );
      return {
        length: bandCrossingList.length,
        rows: bandCrossingList.pupils.map((pupil) => ({
          ...pupil,
          cells: [
            pupil.bandBefore.label,
            pupil.bandNow.label,
            formatRate(pupil.attendanceRateBefore),
            formatRate(pupil.attendanceRateNow),
          ],
        })),
      };
    },
  },
  {
    id: 'penaltyNotice',
    title: 'Penalty-notice threshold',
    description:
      'Pupils with 10 or more unauthorised absence sessions in the last 10 school weeks (the national threshold for considering a penalty notice).',
    empty: 'No pupils meet the penalty-notice threshold at this school.',
    sorts: [
      { value: 'SESSIONS', label: 'Most unauthorised sessions first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Unauthorised sessions in the window', numeric: true },
      { header: 'Threshold met on', numeric: false },
    ],
    fetch: async ({ urn, sort, limit, offset, to }, signal) => {
      const { penaltyNoticeList } = await executeGraphql(
        SchoolPenaltyNoticeListQuery,
        { urn, sort: sort as 'SESSIONS', limit, offset, asOf: to },
        { signal },
      );
      return {
        length: penaltyNoticeList.length,
        rows: penaltyNoticeList.pupils.map((pupil) => ({
          ...pupil,
          cells: [formatCount(pupil.unauthorisedSessions), formatDate(pupil.thresholdMetOn)],
        })),
      };
    },
  },
  {
    id: 'cme',
    title: 'Children missing education milestones',
    description:
      'Children with 3, 6, 10 or 20 consecutive school days of unexplained absence (codes N and O).',
    empty: 'No children at this school have reached a children-missing-education milestone.',
    sorts: [
      { value: 'DAYS', label: 'Longest run first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'School days in the run', numeric: true },
      { header: 'Milestone reached', numeric: true },
      { header: 'Last attended', numeric: false },
    ],
    fetch: async ({ urn, sort, limit, offset, to }, signal) => {
      const { cmeMilestoneList } = await executeGraphql(
        SchoolCmeMilestoneListQuery,
        { urn, sort: sort as 'DAYS', limit, offset, asOf: to },
        { signal },
      );
      return {
        length: cmeMilestoneList.length,
        rows: cmeMilestoneList.pupils.map((pupil) => ({
          ...pupil,
          cells: [
            formatCount(pupil.daysInRun),
            `${formatCount(pupil.milestone)} days`,
            optionalDate(pupil.lastAttended),
          ],
        })),
      };
    },
  },
  {
    id: 'illness',
    title: 'Illness (section 19)',
    description:
      "Pupils with 15 or more days of illness absence this period, counting the pupil's illness at every school they attend.",
    empty: 'No pupils at this school have 15 or more days of illness absence.',
    sorts: [
      { value: 'ILLNESS', label: 'Most illness first' },
      { value: 'LATEST', label: 'Latest illness first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Days ill at this school', numeric: true },
      { header: 'Days ill in total', numeric: true },
      { header: 'Latest week with illness', numeric: false },
    ],
    fetch: async ({ urn, sort, limit, offset, from, to }, signal) => {
      const { illnessList } = await executeGraphql(
        SchoolIllnessListQuery,
        { urn, sort: sort as 'ILLNESS', limit, offset, from, to },
        { signal },
      );
      return {
        length: illnessList.length,
        rows: illnessList.pupils.map((pupil) => ({
          ...pupil,
          cells: [
            String(pupil.illnessDays),
            String(pupil.pupilIllnessDays),
            optionalDate(pupil.latestIllnessWeek),
          ],
        })),
      };
    },
  },
  {
    id: 'partTime',
    title: 'Part-time timetables',
    description: 'Pupils with sessions marked C2 (part-time timetable) this period.',
    empty: 'No pupils at this school are on a part-time timetable this period.',
    sorts: [
      { value: 'SESSIONS', label: 'Most part-time sessions first' },
      { value: 'LATEST', label: 'Latest part-time session first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Part-time sessions', numeric: true },
      { header: 'Latest part-time session', numeric: false },
      { header: 'Still part-time', numeric: false },
    ],
    fetch: async ({ urn, sort, limit, offset, from, to }, signal) => {
      const { partTimeTimetableList } = await executeGraphql(
        SchoolPartTimeListQuery,
        { urn, sort: sort as 'SESSIONS', limit, offset, from, to },
        { signal },
      );
      return {
        length: partTimeTimetableList.length,
        rows: partTimeTimetableList.pupils.map((pupil) => ({
          ...pupil,
          cells: [
            formatCount(pupil.partTimeSessions),
            formatDate(pupil.latestPartTimeDate),
            yesNo(pupil.current),
          ],
        })),
      };
    },
  },
  {
    id: 'earlyWarning',
    title: 'Early warning',
    description:
      'Pupils not yet persistently absent whose projected attendance for the year suggests they are likely to become so.',
    empty: 'No pupils at this school are flagged as likely to become persistently absent.',
    sorts: [
      { value: 'PROJECTED', label: 'Lowest projected attendance first' },
      { value: 'ATTENDANCE', label: 'Lowest attendance so far first' },
      { value: 'RECENT', label: 'Lowest recent attendance first' },
      { value: 'YEAR_GROUP', label: 'Year group' },
    ],
    columns: [
      { header: 'Attendance so far', numeric: true },
      { header: 'Projected attendance', numeric: true },
    ],
    fetch: async ({ urn, sort, limit, offset, to }, signal) => {
      const { earlyWarningList } = await executeGraphql(
        SchoolEarlyWarningListQuery,
        { urn, sort: sort as 'PROJECTED', limit, offset, asOf: to },
        { signal },
      );
      return {
        length: earlyWarningList.length,
        rows: earlyWarningList.pupils.map((pupil) => ({
          ...pupil,
          cells: [formatRate(pupil.attendanceRate), formatRate(pupil.projectedAttendanceRate)],
        })),
      };
    },
  },
];

/** The definition of a list id (every id has one). */
export function actionListDefinition(id: ActionListId): ActionListDefinition {
  const definition = ACTION_LIST_DEFINITIONS.find((list) => list.id === id);
  if (!definition) throw new Error(`No action list ${id}`);
  return definition;
}

/** The list's order from the URL: one of its own sorts, else its default. */
export function effectiveSort(definition: ActionListDefinition, sort: string | undefined): string {
  return definition.sorts.some((option) => option.value === sort)
    ? (sort as string)
    : (definition.sorts[0]?.value ?? '');
}
