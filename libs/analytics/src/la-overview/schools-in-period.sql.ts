// Every school, by name (case-insensitive, then URN for equal names), with its latest mark in the period.
export const SCHOOLS_IN_PERIOD_SQL = `
SELECT s.urn, s.name, s.phase, s.type, max(m.session_date) AS last_mark_date
FROM schools AS s
LEFT JOIN marks AS m
  ON m.urn = s.urn AND m.session_date BETWEEN CAST($period_start AS DATE) AND CAST($period_end AS DATE)
GROUP BY s.urn, s.name, s.phase, s.type
ORDER BY s.name COLLATE NOCASE, s.urn
`;
