// The dates an export covers: it replaces the school's marks from the first to the last of them.
export const STAGED_MARKS_DATE_RANGE_SQL = `
SELECT min(iso_date_or_null(date)) AS first_date, max(iso_date_or_null(date)) AS last_date
FROM staged_marks
`;
