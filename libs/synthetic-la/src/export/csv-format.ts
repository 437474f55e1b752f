import { ncYearLabel } from '../pupils/nc-year.js';
import type { SyntheticPupil } from '../pupils/synthetic-pupil.types.js';
import type { SyntheticSchool } from '../school-plan/synthetic-school.types.js';

// Column layouts of the nightly export (README, "The nightly export formats").

export const SCHOOLS_HEADER = 'urn,laestab,name,phase,type';
export const PUPILS_HEADER =
  'upn,forename,surname,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,enrolment_status,admission_date,leaving_date';
export const MARKS_HEADER = 'upn,date,session,mark';

/** Quotes a field only when it needs it (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const yesNo = (value: boolean): string => (value ? 'Y' : 'N');

export function schoolRow(school: SyntheticSchool): string {
  return [school.urn, school.laestab, school.name, school.phase, school.type].map(csvField).join(',');
}

export function pupilRow(pupil: SyntheticPupil): string {
  return [
    pupil.upn,
    pupil.forename,
    pupil.surname,
    pupil.dateOfBirth,
    pupil.sex,
    ncYearLabel(pupil.ncYear),
    pupil.ethnicity,
    pupil.senProvision,
    yesNo(pupil.fsmEligible),
    yesNo(pupil.eal),
    yesNo(pupil.cla),
    yesNo(pupil.cin),
    yesNo(pupil.cpp),
    pupil.enrolmentStatus,
    pupil.admissionDate,
    pupil.leavingDate ?? '',
  ]
    .map(csvField)
    .join(',');
}

/** `<URN>_<YYYYMMDD>_pupils.csv` / `_marks.csv`. */
export function exportFileName(urn: string, exportDate: string, kind: 'pupils' | 'marks'): string {
  return `${urn}_${exportDate.replace(/-/g, '')}_${kind}.csv`;
}
