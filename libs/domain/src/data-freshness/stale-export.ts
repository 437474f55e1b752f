// A school's figures are only as current as its last export. Schools send registers nightly, so a school
// whose latest mark is behind the LA's latest register dates has a missing or late export: its figures for a
// period that reaches past its last mark undercount, and published figures resting on it carry the DfE's `u`
// (low reliability). One missed night is common (a failed upload, a closure the LA calendar does not know);
// two register dates behind is treated as stale.

/** How many of the LA's recent register dates a school may be behind before its export counts as stale. */
export const STALE_EXPORT_REGISTER_DATES_BEHIND = 2;

/**
 * Whether a school's export is stale for a period ending on `periodEnd`: it is STALE_EXPORT_REGISTER_DATES_BEHIND
 * or more of the LA's register dates behind and the period reaches past its last mark (null: no marks at all).
 */
export function isStaleExport(school: {
  registerDatesBehind: number;
  lastMarkDate: string | null;
  periodEnd: string;
}): boolean {
  if (school.registerDatesBehind < STALE_EXPORT_REGISTER_DATES_BEHIND) return false;
  return school.lastMarkDate === null || school.lastMarkDate < school.periodEnd;
}
