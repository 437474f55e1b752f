import { validateEscalationBands } from './escalation-band-ranges.js';
import type { EscalationBand } from './escalation-band.types.js';

/** Every problem found in an LA's escalation band configuration, each naming the field at fault. */
export class EscalationBandsConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid escalation bands configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'EscalationBandsConfigError';
  }
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBand(value: unknown, path: string, problems: string[]): EscalationBand | null {
  if (!isRecord(value)) {
    problems.push(`${path} must be an object`);
    return null;
  }
  const before = problems.length;
  const text = (field: string): string => {
    const fieldValue = value[field];
    if (typeof fieldValue === 'string' && fieldValue.trim() !== '') return fieldValue;
    problems.push(`${path}.${field} must be a non-empty string`);
    return '';
  };
  const rate = (field: string): number => {
    const fieldValue = value[field];
    if (
      typeof fieldValue === 'number' &&
      Number.isFinite(fieldValue) &&
      fieldValue >= 0 &&
      fieldValue <= 100
    ) {
      return fieldValue;
    }
    problems.push(
      `${path}.${field} must be a number from 0 to 100, got ${JSON.stringify(fieldValue) ?? 'nothing'}`,
    );
    return 0;
  };
  const flag = (field: 'minExclusive' | 'maxInclusive'): boolean | undefined => {
    const fieldValue = value[field];
    if (fieldValue === undefined || typeof fieldValue === 'boolean') return fieldValue;
    problems.push(`${path}.${field} must be true or false when given`);
    return undefined;
  };
  const actionsValue = value['actions'];
  const actionsValid =
    Array.isArray(actionsValue) && actionsValue.every((action) => typeof action === 'string');
  if (!actionsValid) problems.push(`${path}.actions must be a list of strings`);
  const band: EscalationBand = {
    id: text('id'),
    label: text('label'),
    minAttendanceRate: rate('minAttendanceRate'),
    maxAttendanceRate: rate('maxAttendanceRate'),
    stage: text('stage'),
    actions: actionsValid ? [...(actionsValue as string[])] : [],
  };
  const minExclusive = flag('minExclusive');
  const maxInclusive = flag('maxInclusive');
  if (minExclusive !== undefined) band.minExclusive = minExclusive;
  if (maxInclusive !== undefined) band.maxInclusive = maxInclusive;
  return problems.length === before ? band : null;
}

/**
 * Reads an LA's escalation bands from parsed JSON: either a list of bands or `{ "bands": [...] }`. Throws an
 * `EscalationBandsConfigError` listing every problem (field by field, then overlaps and gaps).
 */
export function parseEscalationBandsConfig(json: unknown): EscalationBand[] {
  const list = isRecord(json) ? json['bands'] : json;
  const path = isRecord(json) ? 'bands' : 'config';
  if (!Array.isArray(list)) {
    throw new EscalationBandsConfigError([`${path} must be a list of escalation bands`]);
  }
  const problems: string[] = [];
  const bands = list.map((value, index) => readBand(value, `${path}[${index}]`, problems));
  if (problems.length > 0) throw new EscalationBandsConfigError(problems);
  const valid = bands.filter((band): band is EscalationBand => band !== null);
  const rangeProblems = validateEscalationBands(valid);
  if (rangeProblems.length > 0) throw new EscalationBandsConfigError(rangeProblems);
  return valid;
}
