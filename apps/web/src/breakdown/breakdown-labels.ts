import {
  DFE_ABSENCE_COLUMNS,
  DFE_CHARACTERISTIC_DIMENSIONS,
  dfeCharacteristicFor,
  type DfeCharacteristicDimension,
} from '@attendance/domain';
import type { MeasureDimension } from '../graphql/generated/graphql.js';

// How the pages name the API's breakdown dimensions and their groups (the school page's breakdown, the
// analyst workspace's table, chart and downloads).

export const BREAKDOWN_LABELS: Readonly<Record<MeasureDimension, string>> = {
  yearGroup: 'Year group',
  senProvision: 'SEN provision',
  fsm: 'Free school meals',
  cin: 'Child in need (CIN)',
  cpp: 'Child protection plan (CPP)',
  cla: 'Child looked after (CLA)',
  sex: 'Sex',
  ethnicity: 'Ethnicity',
  eal: 'English as an additional language',
  phase: 'Phase',
  schoolType: 'School type',
  school: 'School',
};

/** A group's value as a reader sees it: "Year 7" rather than "7", "Not recorded" rather than nothing. */
export function groupLabel(breakdown: MeasureDimension, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return 'Not recorded';
  if (breakdown === 'yearGroup' && /^\d+$/.test(key)) return `Year ${key}`;
  return key;
}

const isCharacteristic = (dimension: MeasureDimension): dimension is DfeCharacteristicDimension =>
  (DFE_CHARACTERISTIC_DIMENSIONS as readonly string[]).includes(dimension);

/**
 * A group's value in the DfE's words where the DfE names it (the domain's vocabulary of its absence files), for
 * DfE-style figures: "FSM eligible" rather than "Y", "SEN support" rather than "K", "Female" rather than "F";
 * otherwise as groupLabel gives it (a phase, a school type, a value the DfE has no group for, "Not recorded").
 */
export function dfeGroupLabel(breakdown: MeasureDimension, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '' || !isCharacteristic(breakdown)) {
    return groupLabel(breakdown, key);
  }
  try {
    return dfeCharacteristicFor(breakdown, key).breakdown;
  } catch {
    // A value the DfE has no group for (e.g. an unusual year group code) is shown as the school sent it.
    return groupLabel(breakdown, key);
  }
}

/** The DfE's description of a reason column (e.g. sess_auth_illness), from the domain's column list. */
export function reasonLabel(column: string): string {
  const description = DFE_ABSENCE_COLUMNS.find((candidate) => candidate.name === column)?.description;
  return description ? description.replace(/: sessions\.$/, '') : column;
}
