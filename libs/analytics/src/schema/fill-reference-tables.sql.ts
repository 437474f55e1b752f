// Run on every open after register_codes is rebuilt. New code texts get the next ids; existing ids never move.
export const ADD_NEW_MARK_CODES_SQL = `
INSERT INTO mark_codes (code_id, code)
SELECT CAST((SELECT coalesce(max(code_id), 0) FROM mark_codes) + row_number() OVER (ORDER BY code) AS UTINYINT), code
FROM (SELECT DISTINCT code FROM register_codes WHERE code NOT IN (SELECT code FROM mark_codes))
`;

// Filled once: every date iso_date_or_null accepts (1900 to 2199).
export const FILL_CALENDAR_DATES_SQL = `
INSERT INTO calendar_dates (date_text, day)
SELECT strftime(day, '%Y-%m-%d'), CAST(day AS DATE)
FROM range(TIMESTAMP '1900-01-01', TIMESTAMP '2200-01-01', INTERVAL 1 DAY) AS days(day)
WHERE NOT EXISTS (SELECT 1 FROM calendar_dates)
ORDER BY day
`;

// A file written before marks were stored as ids has marks.upn; it cannot be read by this version.
export const OLD_MARKS_LAYOUT_SQL = `
SELECT count(*) AS old_columns
FROM information_schema.columns
WHERE table_name = 'marks' AND column_name = 'upn'
`;
