// Pupil ids for the staged pupils file, in a short transaction of their own before the school's (loads take
// it one at a time: see registerSharedRows in load-school-export.ts; an id whose load then fails counts
// nowhere, as figures start from enrolments). Most of a
// school's pupils were in its previous export: their ids come from the school's own enrolments, a few hundred
// rows, rather than from the LA-wide pupils table. Only when some are left (a first export, new pupils) is
// the pupils table searched, and any UPN it has never seen gets the next id.
export const MAP_STAGED_PUPIL_IDS_SQL = `
CREATE OR REPLACE TEMP TABLE staged_pupil_ids AS
SELECT sp.rowid AS pupil_row, sp.upn, known.pupil_id
FROM staged_pupils AS sp
LEFT JOIN (SELECT upn, pupil_id FROM enrolments WHERE school_id = $school_id) AS known ON known.upn = sp.upn
`;

export const COUNT_UNMAPPED_PUPILS_SQL = `
SELECT count(*) AS unmapped FROM staged_pupil_ids WHERE pupil_id IS NULL
`;

export const MAP_PUPILS_FROM_ALL_PUPILS_SQL = `
UPDATE staged_pupil_ids
SET pupil_id = p.pupil_id
FROM pupils AS p
WHERE staged_pupil_ids.pupil_id IS NULL AND p.upn = staged_pupil_ids.upn
`;

// New ids for the UPNs the store has never seen, numbered on from the largest id, then stored in pupils and in
// staged_pupil_ids straight from this small table (not by searching pupils again).
export const ADD_NEW_PUPILS_SQL = `
CREATE OR REPLACE TEMP TABLE new_pupil_ids AS
SELECT CAST((SELECT coalesce(max(pupil_id), 0) FROM pupils) + row_number() OVER (ORDER BY upn) AS INTEGER) AS pupil_id, upn
FROM staged_pupil_ids
WHERE pupil_id IS NULL;
INSERT INTO pupils (pupil_id, upn) SELECT pupil_id, upn FROM new_pupil_ids;
UPDATE staged_pupil_ids
SET pupil_id = n.pupil_id
FROM new_pupil_ids AS n
WHERE staged_pupil_ids.pupil_id IS NULL AND n.upn = staged_pupil_ids.upn;
DROP TABLE new_pupil_ids;
`;
