// Each school's latest export loaded and latest mark stored (school_weeks carries every stored mark's week).
export const SCHOOL_FRESHNESS_SQL = `
SELECT
  s.school_id,
  s.urn,
  s.name,
  strftime(max_export.latest_export_date, '%Y-%m-%d') AS latest_export_date,
  strftime(max_mark.last_mark_date, '%Y-%m-%d') AS last_mark_date
FROM schools AS s
LEFT JOIN (SELECT urn, max(export_date) AS latest_export_date FROM loaded_exports GROUP BY urn) AS max_export
  ON max_export.urn = s.urn
LEFT JOIN (SELECT school_id, max(last_mark_date) AS last_mark_date FROM school_weeks GROUP BY school_id) AS max_mark
  ON max_mark.school_id = s.school_id
ORDER BY s.name, s.urn
`;
