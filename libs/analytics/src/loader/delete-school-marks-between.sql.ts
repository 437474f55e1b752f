// An export replaces the school's marks for the dates it covers, both ends inclusive.
export const DELETE_SCHOOL_MARKS_BETWEEN_SQL = `
DELETE FROM marks
WHERE school_id = $school_id
  AND session_date BETWEEN CAST($first_date AS DATE) AND CAST($last_date AS DATE)
`;
