export const DELETE_REGISTER_CODES_SQL = `DELETE FROM register_codes`;
