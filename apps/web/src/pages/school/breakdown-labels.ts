import { DFE_ABSENCE_COLUMNS } from '@attendance/domain';
import type { Breakdown } from './school-search.js';

export const BREAKDOWN_LABELS: Readonly<Record<Breakdown, string>> = {
  yearGroup: 'Year group',
  senProvision: 'SEN provision',
  fsm: 'Free school meals',
  cin: 'Child in need (CIN)',
  cpp: 'Child protection plan (CPP)',
  cla: 'Child looked after (CLA)',
  sex: 'Sex',
  ethnicity: 'Ethnicity',
};

/** A group's value as a reader sees it: "Year 7" rather than "7", "Not recorded" rather than nothing. */
export function groupLabel(breakdown: Breakdown, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return 'Not recorded';
  if (breakdown === 'yearGroup' && /^\d+$/.test(key)) return `Year ${key}`;
  return key;
}

/** The DfE's description of a reason column (e.g. sess_auth_illness), from the domain's column list. */
export function reasonLabel(column: string): string {
  const description = DFE_ABSENCE_COLUMNS.find((candidate) => candidate.name === column)?.description;
  return description ? description.replace(/: sessions\.$/, '') : column;
}
