// Small Common Transfer Files for tests, one element per line so a test can find the line of any element.

export interface CtfYearSpec {
  lea?: string;
  estab?: string;
  start: string;
  marks: string;
  /** Possible, authorised, attended, unauthorised, as stated in the file. */
  totals: readonly [number, number, number, number];
}

export interface CtfPupilSpec {
  upn: string;
  enrolStatus?: string;
  years: readonly CtfYearSpec[];
}

export interface CtfSpec {
  source?: { lea?: string; estab?: string; urn?: string | null };
  dateTime?: string;
  pupils: readonly CtfPupilSpec[];
}

export function handMadeCtf(spec: CtfSpec): string {
  const lea = spec.source?.lea ?? '999';
  const estab = spec.source?.estab ?? '2001';
  const urn = spec.source?.urn === undefined ? '900001' : spec.source.urn;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CTfile>',
    '<Header>',
    '<CTFversion>25.0</CTFversion>',
    `<DateTime>${spec.dateTime ?? '2024-09-13T18:00:00'}</DateTime>`,
    '<SourceSchool>',
    `<LEA>${lea}</LEA>`,
    `<Estab>${estab}</Estab>`,
    urn === null ? '' : `<URN>${urn}</URN>`,
    '</SourceSchool>',
    '</Header>',
    '<CTFpupilData>',
    ...spec.pupils.flatMap((pupil) => pupilLines(pupil, lea, estab)),
    '</CTFpupilData>',
    '</CTfile>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}

function pupilLines(pupil: CtfPupilSpec, lea: string, estab: string): string[] {
  return [
    '<Pupil>',
    `<UPN>${pupil.upn}</UPN>`,
    '<Surname>Example</Surname>',
    '<Forename>Alex</Forename>',
    '<DOB>2016-05-10</DOB>',
    '<Sex>F</Sex>',
    '<BasicDetails>',
    '<NCyearActual>3</NCyearActual>',
    '<Ethnicity>WBRI</Ethnicity>',
    `<EnrolStatus>${pupil.enrolStatus ?? 'C'}</EnrolStatus>`,
    '</BasicDetails>',
    '<SchoolHistory>',
    '<School>',
    `<LEA>${lea}</LEA>`,
    `<Estab>${estab}</Estab>`,
    '<EntryDate>2024-09-02</EntryDate>',
    '</School>',
    '</SchoolHistory>',
    '<Attendance>',
    ...pupil.years.flatMap((year) => [
      '<YearData>',
      '<Year>2024</Year>',
      `<LEA>${year.lea ?? lea}</LEA>`,
      `<Estab>${year.estab ?? estab}</Estab>`,
      `<SessionsPossible>${year.totals[0]}</SessionsPossible>`,
      `<SessionsAuthorised>${year.totals[1]}</SessionsAuthorised>`,
      `<SessionsAttended>${year.totals[2]}</SessionsAttended>`,
      `<SessionsUnauthorised>${year.totals[3]}</SessionsUnauthorised>`,
      `<AttendanceStartDate>${year.start}</AttendanceStartDate>`,
      `<AttendanceMarks>${year.marks}</AttendanceMarks>`,
      '</YearData>',
    ]),
    '</Attendance>',
    '</Pupil>',
  ];
}

/** The 1-based line of the `occurrence`-th line containing `text`. */
export function lineContaining(fileText: string, text: string, occurrence = 1): number {
  let seen = 0;
  const lines = fileText.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.includes(text) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`"${text}" (occurrence ${occurrence}) is not in the file`);
}
