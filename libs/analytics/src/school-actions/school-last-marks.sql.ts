import { scopeCondition } from '../scope/scope-filter.sql.js';

// Each school's latest stored mark (any pupil, any code, any year; school_weeks carries every stored mark's
// week), for how far behind the LA's registers it is. Every school of the scope, null for one with no marks.
export function schoolLastMarksSql(scoped: boolean): string {
  return `
SELECT s.urn, strftime(max(sw.last_mark_date), '%Y-%m-%d') AS last_mark_date
FROM schools AS s
LEFT JOIN school_weeks AS sw ON sw.school_id = s.school_id
${scoped ? `WHERE ${scopeCondition('s.school_id')}` : ''}
GROUP BY s.urn
`;
}
