import type { CanonicalPupilRow } from '../shared/canonical-rows.js';
import { decodeSessionString } from '../shared/session-string.js';
import type { ElementCollector, ElementGroup } from './ctf-element-collector.js';
import {
  countValue,
  dateValue,
  isTrue,
  oneOf,
  optionalDate,
  presentLeaf,
  requiredLeaf,
} from './ctf-field-values.js';
import {
  CTF_TOTAL_ELEMENTS,
  type CtfHeader,
  type CtfPupil,
  type CtfTotalField,
  type CtfYearData,
} from './ctf.types.js';

const NC_YEARS = ['N1', 'N2', 'R', ...Array.from({ length: 14 }, (_, year) => String(year + 1))] as const;
/** First-language codes that are not "other than English" (DfE language codes). */
const NOT_ADDITIONAL_LANGUAGE = new Set(['ENG', 'ENB', 'REF', 'NOT']);

/** Maps one collected `Pupil` to the canonical pupils row and its attendance years (README.md, "CTF"). */
export function toCtfPupil(pupil: ElementCollector, header: CtfHeader): CtfPupil {
  const { fields } = pupil;
  const owner = pupil.source;
  const upn = requiredLeaf(fields, owner, 'UPN');
  const school = schoolEntry(pupil, header);
  const dateOfBirth = requiredLeaf(fields, owner, 'DOB');
  const sex = requiredLeaf(fields, owner, 'Sex', 'Gender');
  const ncYear = requiredLeaf(fields, owner, 'BasicDetails/NCyearActual', 'NCyearActual');
  const ethnicity = presentLeaf(fields, 'BasicDetails/Ethnicity', 'Ethnicity');
  const enrolmentStatus = presentLeaf(fields, 'BasicDetails/EnrolStatus', 'EnrolStatus');
  const admission = requiredLeaf(school.fields, school.source, 'EntryDate');
  const leaving = presentLeaf(school.fields, 'LeavingDate');
  const row: CanonicalPupilRow = {
    upn: upn.text,
    forename: requiredLeaf(fields, owner, 'Forename').text,
    surname: requiredLeaf(fields, owner, 'Surname').text,
    date_of_birth: dateValue(dateOfBirth),
    sex: oneOf(sex, ['M', 'F']),
    nc_year: oneOf(ncYear, NC_YEARS),
    // NOBT is the DfE code for "information not yet obtained".
    ethnicity: ethnicity?.text ?? 'NOBT',
    sen_provision: senProvision(pupil.groups.get('SENhistory/SEN') ?? []),
    fsm_eligible: yesNo((pupil.groups.get('FSMhistory/FSMinstance') ?? []).some(isOpenFsmInstance)),
    eal: yesNo(hasAdditionalLanguage(pupil)),
    cla: yesNo(isTrue(fields, 'LookedAfter/InCare')),
    cin: '',
    cpp: '',
    enrolment_status: enrolmentStatus?.text ?? 'C',
    admission_date: dateValue(admission),
    leaving_date: leaving === undefined ? '' : dateValue(leaving),
  };
  const fieldSources: CtfPupil['fieldSources'] = {
    upn: upn.source,
    date_of_birth: dateOfBirth.source,
    sex: sex.source,
    nc_year: ncYear.source,
    admission_date: admission.source,
  };
  if (ethnicity) fieldSources.ethnicity = ethnicity.source;
  if (enrolmentStatus) fieldSources.enrolment_status = enrolmentStatus.source;
  if (leaving) fieldSources.leaving_date = leaving.source;
  const years = (pupil.groups.get('Attendance/YearData') ?? []).map((year) => toYearData(year, upn.text));
  return { header, pupil: row, fieldSources, years, source: owner };
}

const yesNo = (value: boolean): string => (value ? 'Y' : 'N');

/** The `SchoolHistory/School` of the sending school (matched on LEA and Estab) gives admission and leaving. */
function schoolEntry(pupil: ElementCollector, header: CtfHeader): ElementGroup {
  const { laCode, estab } = header.sourceSchool;
  const entry = (pupil.groups.get('SchoolHistory/School') ?? []).find(
    (school) => school.fields.get('LEA')?.text === laCode && school.fields.get('Estab')?.text === estab,
  );
  if (entry) return entry;
  return {
    fields: new Map(),
    source: { ...pupil.source, field: `SchoolHistory/School[LEA=${laCode}, Estab=${estab}]` },
  };
}

/** The latest SEN record (by StartDate) decides; no SEN history means no special provision. */
function senProvision(records: readonly ElementGroup[]): string {
  let latest: { start: string; provision: string } | null = null;
  for (const record of records) {
    const provision = oneOf(requiredLeaf(record.fields, { ...record.source, field: 'SEN' }, 'SENprovision'), [
      'N',
      'K',
      'E',
    ]);
    const start = optionalDate(record.fields, 'StartDate') ?? '';
    if (latest === null || start >= latest.start) latest = { start, provision };
  }
  return latest?.provision ?? 'N';
}

/** Eligible now: an FSM instance with a start date and no end date. */
function isOpenFsmInstance(instance: ElementGroup): boolean {
  return (
    optionalDate(instance.fields, 'FSMstartDate') !== null &&
    optionalDate(instance.fields, 'FSMendDate') === null
  );
}

function hasAdditionalLanguage(pupil: ElementCollector): boolean {
  const types = [
    ...(pupil.groups.get('BasicDetails/Languages/Type') ?? []),
    ...(pupil.groups.get('Languages/Type') ?? []),
  ];
  const first = types.find((type) => type.fields.get('LanguageType')?.text === 'F');
  const language = first?.fields.get('Language')?.text;
  return language !== undefined && language !== '' && !NOT_ADDITIONAL_LANGUAGE.has(language);
}

function toYearData(year: ElementGroup, upn: string): CtfYearData {
  const owner = { ...year.source, field: 'YearData' };
  const leaf = (name: string) => requiredLeaf(year.fields, owner, name);
  const totals = Object.fromEntries(
    Object.entries(CTF_TOTAL_ELEMENTS).map(([field, element]) => [field, leaf(element)]),
  ) as Record<CtfTotalField, ReturnType<typeof leaf>>;
  const marksLeaf = year.fields.get('AttendanceMarks');
  const hasMarks = marksLeaf !== undefined && marksLeaf.text !== '';
  const startDate = hasMarks
    ? dateValue(leaf('AttendanceStartDate'))
    : optionalDate(year.fields, 'AttendanceStartDate');
  const marks = hasMarks
    ? [...decodeSessionString(startDate as string, marksLeaf.text, marksLeaf.source)].map((decoded) => ({
        upn,
        date: decoded.date,
        session: decoded.session,
        mark: decoded.mark,
        source: { ...marksLeaf.source, offset: decoded.offset, sessionIndex: decoded.sessionIndex },
      }))
    : [];
  return {
    year: leaf('Year').text,
    laCode: leaf('LEA').text,
    estab: leaf('Estab').text,
    sessionsPossible: countValue(totals.sessionsPossible),
    sessionsAuthorised: countValue(totals.sessionsAuthorised),
    sessionsAttended: countValue(totals.sessionsAttended),
    sessionsUnauthorised: countValue(totals.sessionsUnauthorised),
    attendanceStartDate: startDate,
    marks,
    source: owner,
    totalSources: {
      sessionsPossible: totals.sessionsPossible.source,
      sessionsAuthorised: totals.sessionsAuthorised.source,
      sessionsAttended: totals.sessionsAttended.source,
      sessionsUnauthorised: totals.sessionsUnauthorised.source,
    },
  };
}
