export const LATEST_MARK_DATE_SQL = `SELECT max(session_date) AS latest_mark_date FROM marks`;
