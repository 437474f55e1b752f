import {
  formatCount,
  formatRate,
  formatShortDate,
  NO_DATA_TEXT,
  type SortableColumn,
} from '@attendance/web-ui';
import type { AttendanceMeasures, SchoolSummary } from './la-overview.types.js';

type RateField = keyof Pick<
  AttendanceMeasures,
  | 'attendanceRate'
  | 'authorisedAbsenceRate'
  | 'unauthorisedAbsenceRate'
  | 'persistentAbsenceRate'
  | 'severeAbsenceRate'
>;

function rateColumn(key: string, header: string, field: RateField): SortableColumn<SchoolSummary> {
  return {
    key,
    header,
    numeric: true,
    sortValue: (school) => school.measures[field],
    renderCell: (school) => formatRate(school.measures[field]),
  };
}

export const schoolColumns: readonly SortableColumn<SchoolSummary>[] = [
  { key: 'urn', header: 'URN', sortValue: (school) => school.urn },
  { key: 'name', header: 'School', sortValue: (school) => school.name, rowHeader: true },
  { key: 'phase', header: 'Phase', sortValue: (school) => school.phase },
  { key: 'type', header: 'Type', sortValue: (school) => school.type },
  {
    key: 'enrolments',
    header: 'Enrolments',
    numeric: true,
    sortValue: (school) => school.measures.enrolments,
    renderCell: (school) => formatCount(school.measures.enrolments),
  },
  rateColumn('attendance', 'Attendance', 'attendanceRate'),
  rateColumn('authorised', 'Authorised absence', 'authorisedAbsenceRate'),
  rateColumn('unauthorised', 'Unauthorised absence', 'unauthorisedAbsenceRate'),
  rateColumn('persistent', 'Persistent absence', 'persistentAbsenceRate'),
  rateColumn('severe', 'Severe absence', 'severeAbsenceRate'),
  {
    key: 'last-data',
    header: 'Latest data',
    // ISO dates sort correctly as text.
    sortValue: (school) => school.lastMarkDate,
    renderCell: (school) => (school.lastMarkDate ? formatShortDate(school.lastMarkDate) : NO_DATA_TEXT),
  },
];
