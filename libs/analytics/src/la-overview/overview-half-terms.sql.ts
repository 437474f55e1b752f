// The LA's half terms of one academic year (the domain's default calendar, filled by the loader for every year
// with marks), oldest first: the overview's trend marks them, and says which half term each week is in.
export const HALF_TERMS_OF_YEAR_SQL = `
SELECT number, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date
FROM half_terms
WHERE academic_year = $academic_year
ORDER BY number
`;
