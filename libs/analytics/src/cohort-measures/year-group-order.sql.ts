import { NC_YEAR_GROUPS } from '@attendance/domain';

/**
 * SQL giving a year group's position in the domain's NC_YEAR_GROUPS (nursery first, then reception, then years
 * 1 to 14; unknown last), so lists and tables sort Year 5 before Year 10, as the domain's yearGroupOrder does.
 */
export function yearGroupOrderSql(column: string): string {
  const positions = NC_YEAR_GROUPS.map((group, index) => `WHEN '${group}' THEN ${index}`).join(' ');
  return `(CASE trim(${column}) ${positions} ELSE ${NC_YEAR_GROUPS.length} END)`;
}
