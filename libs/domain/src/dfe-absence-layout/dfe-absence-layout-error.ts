/** Bad input to the DfE absence layout: says where (which row or CSV line), which field, its value and what was expected. */
export class DfeAbsenceLayoutError extends Error {
  constructor(
    readonly where: string,
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`${where}: ${field} is ${describeValue(value)}; expected ${expected}`);
    this.name = 'DfeAbsenceLayoutError';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string' || (typeof value === 'object' && value !== null))
    return JSON.stringify(value);
  return String(value);
}
