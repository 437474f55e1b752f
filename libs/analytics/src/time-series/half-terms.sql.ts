// The LA's half terms (the domain's default calendar, filled by the loader for every year with marks) of a year
// and the year before: weeks and days are placed in them, and last year's half terms are matched by number.
export const HALF_TERMS_OF_YEAR_AND_LAST_SQL = `
SELECT academic_year, number, start_date, end_date
FROM half_terms
WHERE academic_year = $academic_year OR academic_year = $academic_year - 1
ORDER BY academic_year, number
`;
