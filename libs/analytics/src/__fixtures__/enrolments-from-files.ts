import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { addMark, emptySessionCounts, type IsoDate, type SessionCounts } from '@attendance/domain';
import { readCsvRecords } from '../formats/shared/csv-records.js';

// The independent side of the property tests: a generated LA's CSV files read record by record in TypeScript
// and every mark in a period counted by the domain's addMark. No SQL of the product is involved.

export interface Enrolment {
  urn: string;
  phase: string;
  type: string;
  pupil: Record<string, string>;
  counts: SessionCounts;
}

/** Every enrolment's counts for the period, straight from the files (one export per school). */
export async function enrolmentsFromFiles(
  folder: string,
  period: { from: IsoDate; to: IsoDate },
): Promise<Enrolment[]> {
  const schools = new Map<string, { phase: string; type: string }>();
  for await (const { values } of readCsvRecords(join(folder, 'schools.csv'), { required: ['urn'] })) {
    schools.set(values['urn'] as string, {
      phase: values['phase'] as string,
      type: values['type'] as string,
    });
  }
  const enrolments: Enrolment[] = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('_pupils.csv')).sort()) {
    const urn = name.slice(0, name.indexOf('_'));
    const school = schools.get(urn);
    if (!school) throw new Error(`${name}: no school ${urn} in schools.csv`);
    const byUpn = new Map<string, Enrolment>();
    for await (const { values } of readCsvRecords(join(folder, name), { required: ['upn'] })) {
      const enrolment = { urn, ...school, pupil: { ...values }, counts: emptySessionCounts() };
      byUpn.set(values['upn'] as string, enrolment);
      enrolments.push(enrolment);
    }
    const marksFile = join(folder, name.replace('_pupils.csv', '_marks.csv'));
    for await (const { values } of readCsvRecords(marksFile, { required: ['upn', 'date', 'mark'] })) {
      const date = values['date'] as string;
      if (date < period.from || date > period.to) continue;
      const enrolment = byUpn.get(values['upn'] as string);
      if (!enrolment) throw new Error(`${marksFile}: a mark for a pupil not in the pupils file`);
      addMark(enrolment.counts, values['mark'] as string, date);
    }
  }
  return enrolments;
}
