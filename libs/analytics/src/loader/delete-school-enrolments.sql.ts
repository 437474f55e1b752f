// An export carries the school's whole pupil list, so it replaces every enrolment the school had.
export const DELETE_SCHOOL_ENROLMENTS_SQL = `DELETE FROM enrolments WHERE school_id = $school_id`;
