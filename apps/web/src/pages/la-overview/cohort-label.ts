// The API names the pupils counted with a code ('statutory'); readers need to know what that covers.
const COHORT_LABELS: ReadonlyMap<string, string> = new Map([
  ['statutory', 'Statutory school age (5 to 15), the DfE headline measure'],
]);

/** A readable description of the API's cohort code; a code this page does not know is shown as it came. */
export function cohortLabel(code: string): string {
  return COHORT_LABELS.get(code) ?? code;
}
