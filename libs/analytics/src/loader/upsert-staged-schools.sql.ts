// schools.csv adds and updates schools; a school missing from it keeps its row (and its figures). A new school
// gets the next school_id; an existing one keeps its id, which its marks and summaries refer to.
export const UPSERT_STAGED_SCHOOLS_SQL = `
INSERT INTO schools (urn, school_id, laestab, name, phase, type)
SELECT
  staged.urn,
  coalesce(
    existing.school_id,
    CAST((SELECT coalesce(max(school_id), 0) FROM schools)
      + row_number() OVER (PARTITION BY existing.school_id IS NULL ORDER BY staged.urn) AS INTEGER)
  ),
  staged.laestab,
  staged.name,
  staged.phase,
  staged.type
FROM staged_schools AS staged
LEFT JOIN schools AS existing ON existing.urn = staged.urn
ON CONFLICT (urn) DO UPDATE SET
  laestab = excluded.laestab,
  name = excluded.name,
  phase = excluded.phase,
  type = excluded.type
`;
