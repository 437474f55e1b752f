// How often each school uses each register code: unusual codes, or none of a common one, point at MIS setup.
export const CODES_USED_SQL = `
SELECT m.school_id, c.code, count(*) AS marks
FROM marks AS m
JOIN mark_codes AS c ON c.code_id = m.code_id
GROUP BY m.school_id, c.code
ORDER BY m.school_id, marks DESC, c.code
`;
