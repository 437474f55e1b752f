// C2, "part-time timetable (compulsory school age)", in the domain's 2024 code set (in force from 19 August
// 2024; the 2006 set had no such code and schools used C). The DfE files still count it under
// sess_auth_other with C, C1 and J1, so neither enrolment_weeks nor any DfE column tells it apart: the list
// reads the marks with this code. part-time-code.spec.ts checks it against the domain's code sets.
export const PART_TIME_TIMETABLE_CODE = 'C2';

/** A part-time timetable counts as current when its latest C2 mark falls in the school's last two school weeks. */
export const CURRENT_PART_TIME_SCHOOL_WEEKS = 2;
