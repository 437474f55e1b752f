import { codeSetIdForDate, type CodeSetId, type IsoDate } from '@attendance/domain';

// Marks are held as small integers while a school is generated (one byte per session) and turned into DfE
// codes only when written. The model speaks the 2024 code set; sessions before 19 August 2024 are written in
// the 2006 set through OLDER_CODE_SET_EQUIVALENT, so every mark is valid for its session date.

export const Mark = {
  None: 0,
  PresentAm: 1,
  PresentPm: 2,
  Late: 3,
  LateAfterClose: 4,
  Illness: 5,
  Medical: 6,
  Unauthorised: 7,
  NotYetKnown: 8,
  HolidayUnauthorised: 9,
  ExceptionalLeave: 10,
  Religious: 11,
  Suspended: 12,
  StudyLeave: 13,
  Traveller: 14,
  DualOther: 15,
  NotRequired: 16,
  Closure: 17,
  Visit: 18,
  Sporting: 19,
  WorkExperience: 20,
  OffSite: 21,
  LaArranged: 22,
  PartTime: 23,
  Interview: 24,
  TransportUnavailable: 25,
  TravelDisruption: 26,
  SiteClosed: 27,
} as const;

export type MarkId = (typeof Mark)[keyof typeof Mark];

/** DfE code (2024 set) for each mark id; index = id. */
export const MARK_CODES_2024: readonly string[] = [
  '',
  '/',
  '\\',
  'L',
  'U',
  'I',
  'M',
  'O',
  'N',
  'G',
  'C',
  'R',
  'E',
  'S',
  'T',
  'D',
  'X',
  '#',
  'V',
  'P',
  'W',
  'B',
  'K',
  'C2',
  'J1',
  'Y1',
  'Y2',
  'Y4',
];

/**
 * 2024 codes with no 2006 counterpart of the same name, and the 2006 code schools used for the same situation:
 * K (LA-arranged education) was recorded as B, part-time timetables as C, interviews as J, and every
 * "unable to attend" case as Y.
 */
export const OLDER_CODE_SET_EQUIVALENT: Readonly<Record<string, string>> = {
  K: 'B',
  C2: 'C',
  J1: 'J',
  Y1: 'Y',
  Y2: 'Y',
  Y4: 'Y',
};

export function markCodesFor(codeSet: CodeSetId): readonly string[] {
  if (codeSet === 'regulations-2024') return MARK_CODES_2024;
  return MARK_CODES_2024.map((code) => OLDER_CODE_SET_EQUIVALENT[code] ?? code);
}

export function markCodesForDate(date: IsoDate): readonly string[] {
  return markCodesFor(codeSetIdForDate(date));
}
