// Which of the recent register dates each school has marks for (its "fullness").
export const SCHOOL_REGISTER_DATES_SQL = `
SELECT school_id, strftime(session_date, '%Y-%m-%d') AS register_date
FROM marks
WHERE session_date >= CAST($from AS DATE)
GROUP BY school_id, session_date
ORDER BY school_id, session_date
`;
