import type { RegisterCodeDefinition, RegisterCodeSet } from './register-code.types.js';

// Sources: DfE "Working together to improve school attendance" (August 2024), chapter on attendance codes,
// and the School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208), in force from
// 19 August 2024. The earlier set follows the Education (Pupil Registration) (England) Regulations 2006 and
// the DfE "School attendance" guidance (2016-2023). Q and Y1..Y7 are "not counted in possible attendances"
// in the 2024 guidance's code table, as are D and X.

/** The 2024 regulations apply to every session on or after this date. */
export const CODE_SET_2024_IN_FORCE_FROM = '2024-08-19';

/**
 * Z, the one code a register may hold for a pupil outside their enrolment (a prospective pupil shown before the
 * admission date), in both code sets. Any other mark outside a pupil's admission and leaving dates is an error.
 */
export const NOT_ON_ROLL_CODE = 'Z';

/**
 * #, a planned whole or partial school closure (an inset day, for example), in both code sets: a day whose only
 * marks are # is a day the school was closed to pupils, not a day it took registers.
 */
export const PLANNED_CLOSURE_CODE = '#';

const attendanceCodesCommonToBothSets: readonly RegisterCodeDefinition[] = [
  { code: '/', meaning: 'Present (AM)', category: 'present', reasonColumn: null },
  { code: '\\', meaning: 'Present (PM)', category: 'present', reasonColumn: null },
  { code: 'L', meaning: 'Late, arrived before the register closed', category: 'present', reasonColumn: null },
  {
    code: 'V',
    meaning: 'Educational visit or trip',
    category: 'approved-educational-activity',
    reasonColumn: null,
  },
  {
    code: 'P',
    meaning: 'Approved sporting activity',
    category: 'approved-educational-activity',
    reasonColumn: null,
  },
  { code: 'W', meaning: 'Work experience', category: 'approved-educational-activity', reasonColumn: null },
  {
    code: 'B',
    meaning: 'Other supervised approved off-site education',
    category: 'approved-educational-activity',
    reasonColumn: null,
  },
];

const absenceCodesCommonToBothSets: readonly RegisterCodeDefinition[] = [
  {
    code: 'M',
    meaning: 'Medical or dental appointment',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_appointments',
  },
  { code: 'S', meaning: 'Study leave', category: 'authorised-absence', reasonColumn: 'sess_auth_study' },
  {
    code: 'C',
    meaning: 'Leave of absence, exceptional circumstances',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_other',
  },
  {
    code: 'T',
    meaning: 'Parent travelling for occupational purposes (mobile child)',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_traveller',
  },
  {
    code: 'R',
    meaning: 'Religious observance',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_religious',
  },
  { code: 'I', meaning: 'Illness', category: 'authorised-absence', reasonColumn: 'sess_auth_illness' },
  {
    code: 'E',
    meaning: 'Suspended or excluded, no alternative provision',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_excluded',
  },
  {
    code: 'G',
    meaning: 'Holiday not authorised',
    category: 'unauthorised-absence',
    reasonColumn: 'sess_unauth_holiday',
  },
  {
    code: 'N',
    meaning: 'Reason not yet established',
    category: 'unauthorised-absence',
    reasonColumn: 'sess_unauth_noyet',
  },
  {
    code: 'O',
    meaning: 'Other unauthorised absence',
    category: 'unauthorised-absence',
    reasonColumn: 'sess_unauth_other',
  },
  {
    code: 'U',
    meaning: 'Arrived after the register closed',
    category: 'unauthorised-absence',
    reasonColumn: 'sess_unauth_late',
  },
  {
    code: 'D',
    meaning: 'Dual registered, attending the other school',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'X',
    meaning: 'Non-compulsory-age pupil not required to attend',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Z',
    meaning: 'Prospective pupil, not yet on roll',
    category: 'administrative',
    reasonColumn: null,
  },
  {
    code: '#',
    meaning: 'Planned whole or partial school closure',
    category: 'administrative',
    reasonColumn: null,
  },
];

const codesOnlyIn2006Set: readonly RegisterCodeDefinition[] = [
  {
    code: 'H',
    meaning: 'Authorised holiday',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_holiday',
  },
  {
    code: 'F',
    meaning: 'Extended authorised holiday (withdrawn 2013/14)',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_ext_holiday',
  },
  { code: 'J', meaning: 'Interview', category: 'approved-educational-activity', reasonColumn: null },
  {
    code: 'Y',
    meaning: 'Unable to attend due to exceptional circumstances',
    category: 'not-possible',
    reasonColumn: null,
  },
];

const codesOnlyIn2024Set: readonly RegisterCodeDefinition[] = [
  {
    code: 'K',
    meaning: 'Attending education arranged by the local authority',
    category: 'approved-educational-activity',
    reasonColumn: null,
  },
  {
    code: 'C1',
    meaning: 'Leave for a regulated performance or regulated employment abroad',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_other',
  },
  {
    code: 'J1',
    meaning: 'Interview for employment or another educational institution',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_other',
  },
  {
    code: 'C2',
    meaning: 'Part-time timetable (compulsory school age)',
    category: 'authorised-absence',
    reasonColumn: 'sess_auth_other',
  },
  {
    code: 'Q',
    meaning: 'Unable to attend: lack of access arrangements',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y1',
    meaning: 'Unable to attend: transport not available',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y2',
    meaning: 'Unable to attend: widespread travel disruption',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y3',
    meaning: 'Unable to attend: part of the premises closed',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y4',
    meaning: 'Unable to attend: whole school site unexpectedly closed',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y5',
    meaning: 'Unable to attend: in custody or criminal justice detention',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y6',
    meaning: 'Unable to attend: public health guidance or law',
    category: 'not-possible',
    reasonColumn: null,
  },
  {
    code: 'Y7',
    meaning: 'Unable to attend: any other unavoidable cause',
    category: 'not-possible',
    reasonColumn: null,
  },
];

export const REGISTER_CODE_SETS: readonly RegisterCodeSet[] = [
  {
    id: 'regulations-2006',
    inForceFrom: null,
    codes: [...attendanceCodesCommonToBothSets, ...absenceCodesCommonToBothSets, ...codesOnlyIn2006Set],
  },
  {
    id: 'regulations-2024',
    inForceFrom: CODE_SET_2024_IN_FORCE_FROM,
    codes: [...attendanceCodesCommonToBothSets, ...absenceCodesCommonToBothSets, ...codesOnlyIn2024Set],
  },
];
