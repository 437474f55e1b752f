// The CME run and penalty-notice window of one enrolment are counted by the domain's own functions
// (consecutiveUnexplainedAbsenceDays, unauthorisedSessionsInRollingWindow) over the school's own register, as
// the lists' tests define them: these statements only read what those functions take. Both name the school
// by its school_id (marks sit in row groups by school, so only that school's are read) and stop at the end
// of the week of $as_of, as the lists do (a later mark cannot change a run or a window ending by then).

/**
 * Each date the school recorded a mark for and each code recorded on it (any pupil, any session): the
 * domain's registerCalendar makes the school's register calendar of them. Every year: a run or a window may
 * reach back across holidays and into the previous academic year.
 */
export const SCHOOL_REGISTER_CODES_SQL = `
SELECT d.session_date, mc.code
FROM (
  SELECT DISTINCT session_date, code_id
  FROM marks
  WHERE school_id = $school_id
    AND session_date <= week_start_of(CAST($as_of AS DATE)) + 6
) AS d
JOIN mark_codes AS mc ON mc.code_id = d.code_id
ORDER BY d.session_date
`;

/** The pupil's marks at the school up to $as_of, every year, with their codes (session 0 is AM). */
export const PUPIL_MARKS_TO_DATE_SQL = `
SELECT m.session_date, m.session, mc.code
FROM marks AS m
JOIN mark_codes AS mc ON mc.code_id = m.code_id
WHERE m.school_id = $school_id
  AND m.pupil_id = $pupil_id
  AND m.session_date <= CAST($as_of AS DATE)
ORDER BY m.session_date, m.session
`;
