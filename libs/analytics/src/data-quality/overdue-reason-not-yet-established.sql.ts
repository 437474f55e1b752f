// N ("reason not yet established") must be replaced within 5 school days (DfE, Working together to improve
// school attendance, 2024). Counted per school: N marks on a date followed by at least $school_days later
// school days in that school's own register (the days it recorded marks).
export const OVERDUE_REASON_NOT_YET_ESTABLISHED_SQL = `
WITH register_days AS (
  SELECT
    school_id,
    session_date,
    row_number() OVER (PARTITION BY school_id ORDER BY session_date DESC) - 1 AS later_school_days
  FROM (SELECT DISTINCT school_id, session_date FROM marks)
)
SELECT m.school_id, count(*) AS overdue_n_marks
FROM marks AS m
JOIN mark_codes AS c ON c.code_id = m.code_id AND c.code = 'N'
JOIN register_days AS d ON d.school_id = m.school_id AND d.session_date = m.session_date
WHERE d.later_school_days >= $school_days
GROUP BY m.school_id
`;
