// Every stored mark is counted in its school's school_weeks row, so the latest last_mark_date is the
// latest mark.
export const LATEST_MARK_DATE_SQL = `SELECT max(last_mark_date) AS latest_mark_date FROM school_weeks`;
