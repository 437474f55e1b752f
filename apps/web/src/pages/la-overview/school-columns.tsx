import {
  formatCount,
  formatRate,
  formatShortDate,
  NO_DATA_TEXT,
  type SortableColumn,
} from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import type { SchoolTableSort } from './la-overview-search.js';
import type { SchoolSummary } from './la-overview.types.js';

// The API sorts the schools before it pages them, so only the columns it can sort by (SCHOOL_TABLE_SORTS)
// have sort buttons; the rest are plain headers. Sort values stay for the cells' default text.
type Column = SortableColumn<SchoolSummary> & ({ key: SchoolTableSort } | { key: string; sortable: false });

type RateField = 'attendanceRate' | 'persistentAbsenceRate' | 'severeAbsenceRate';

function rateColumn(key: SchoolTableSort, header: string, field: RateField): Column {
  return {
    key,
    header,
    numeric: true,
    sortValue: (school) => school.measures[field],
    renderCell: (school) => formatRate(school.measures[field]),
  };
}

/** Children on the CME list (3 school days or more) and how many of them have reached each longer milestone. */
function cmeCell(school: SchoolSummary) {
  const milestones = school.actions?.cmeMilestones ?? [];
  const [first, ...longer] = milestones;
  if (!first) return NO_DATA_TEXT;
  const reached = longer.filter((count) => count.children > 0);
  return (
    <>
      {formatCount(first.children)}
      {reached.length > 0 ? (
        <span className="govuk-body-s app-school-table__detail">
          {reached.map((count) => `${formatCount(count.children)} at ${count.milestone}+ days`).join(', ')}
        </span>
      ) : null}
    </>
  );
}

/** The school's latest mark, and how many of the LA's recent register dates it has not sent yet. */
function freshnessCell(school: SchoolSummary) {
  const actions = school.actions;
  if (!actions?.lastMarkDate) return NO_DATA_TEXT;
  const behind = actions.registerDatesBehind;
  return (
    <>
      {formatShortDate(actions.lastMarkDate)}
      <span className="govuk-body-s app-school-table__detail">
        {behind === 0
          ? 'up to date'
          : `${formatCount(behind)} register ${behind === 1 ? 'date' : 'dates'} behind`}
      </span>
    </>
  );
}

function signedPoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return NO_DATA_TEXT;
  const rounded = Math.round(points * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)} pts`;
}

export const schoolColumns: readonly Column[] = [
  { key: 'urn', header: 'URN', sortable: false, sortValue: (school) => school.urn },
  {
    key: 'name',
    header: 'School',
    sortValue: (school) => school.name,
    rowHeader: true,
    renderCell: (school) => (
      <Link to="/schools/$urn" params={{ urn: school.urn }} className="govuk-link">
        {school.name}
      </Link>
    ),
  },
  { key: 'phase', header: 'Phase', sortable: false, sortValue: (school) => school.phase },
  { key: 'type', header: 'Type', sortable: false, sortValue: (school) => school.type },
  {
    key: 'enrolments',
    sortable: false,
    header: 'Enrolments',
    numeric: true,
    sortValue: (school) => school.measures.enrolments,
    renderCell: (school) => formatCount(school.measures.enrolments),
  },
  rateColumn('attendance', 'Attendance', 'attendanceRate'),
  rateColumn('persistent', 'Persistent absence', 'persistentAbsenceRate'),
  rateColumn('severe', 'Severe absence', 'severeAbsenceRate'),
  {
    key: 'four-week-change',
    header: '4-week change',
    numeric: true,
    sortValue: (school) => school.actions?.fourWeekChange ?? null,
    renderCell: (school) => signedPoints(school.actions?.fourWeekChange),
  },
  {
    key: 'penalty-notice',
    header: 'At penalty notice threshold',
    numeric: true,
    sortValue: (school) => school.actions?.penaltyNoticePupils ?? null,
    renderCell: (school) => (school.actions ? formatCount(school.actions.penaltyNoticePupils) : NO_DATA_TEXT),
  },
  {
    key: 'cme',
    header: 'CME flags (3+ days)',
    numeric: true,
    sortValue: (school) => school.actions?.cmeMilestones[0]?.children ?? null,
    renderCell: cmeCell,
  },
  {
    key: 'last-data',
    header: 'Latest data',
    sortValue: (school) => school.actions?.lastMarkDate ?? null,
    renderCell: freshnessCell,
  },
];
