import {
  DFE_CHARACTERISTIC_DIMENSIONS,
  DFE_TOTAL_CHARACTERISTIC,
  dfeAbsenceRow,
  dfeCharacteristicFor,
  dfeSchoolTypeForPhase,
  type DfeAbsenceRow,
  type DfeArea,
  type DfeCharacteristic,
  type DfeCharacteristicDimension,
  type DfeSchoolLabel,
  type DfeSchoolType,
  type DfeTimeIdentifier,
  type ExportSchoolPhase,
  type IsoDate,
} from '@attendance/domain';
import type { CohortGroup } from '../cohort-measures/cohort-measures.types.js';
import { queryCohortMeasures } from '../cohort-measures/query-cohort-measures.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { SCHOOLS_FOR_EXPORT_SQL } from './schools-for-export.sql.js';

export interface DfeAbsenceExportParams {
  /** The LA's codes and names as the DfE writes them. */
  area: DfeArea;
  /** Default the academic year to date, as for every figure. */
  from?: IsoDate;
  to?: IsoDate;
  /** Default 'Academic year' (a year-to-date export is labelled with the year it belongs to). */
  timeIdentifier?: DfeTimeIdentifier;
  scope?: AnalyticsScope;
}

/**
 * The statutory cohort's figures in the column layout of the DfE's published absence files
 * (@attendance/domain dfe-absence-layout): the LA's Total row and a row for each value of each characteristic,
 * then the same for every school. Unsuppressed counts: the file is for the LA's own analysts, like the DfE's
 * underlying data before publication; apply disclosure control before publishing it.
 */
export async function dfeAbsenceExportRows(
  store: AnalyticsStore,
  params: DfeAbsenceExportParams,
): Promise<DfeAbsenceRow[]> {
  const schools = await store.read((session) => session.all(SCHOOLS_FOR_EXPORT_SQL));
  const schoolLabels = new Map(
    schools.map((row) => [
      String(row['urn']),
      { label: { urn: String(row['urn']), name: String(row['name']) }, phase: String(row['phase']) },
    ]),
  );
  const query = { from: params.from, to: params.to, ...(params.scope ? { scope: params.scope } : {}) };
  const laRows: DfeAbsenceRow[] = [];
  const schoolRows = new Map<string, DfeAbsenceRow[]>();
  for (const [index, dimension] of DFE_CHARACTERISTIC_DIMENSIONS.entries()) {
    // By school and characteristic: the rows with every school (all[0]) are the LA's own.
    const result = await queryCohortMeasures(store, { ...query, dimensions: ['school', dimension] });
    const labelsFor = (school: DfeSchoolLabel | null, schoolType: DfeSchoolType) => ({
      academicYearStart: result.academicYear,
      timeIdentifier: params.timeIdentifier ?? ('Academic year' as const),
      area: params.area,
      school,
      schoolType,
    });
    for (const group of result.groups) {
      // Every characteristic's query has the same Total rows: take them once, from the first.
      if (group.all[1] && index > 0) continue;
      const characteristic = characteristicOf(dimension, group, 1);
      if (group.all[0]) {
        laRows.push(rowOf(group, { ...labelsFor(null, 'Total'), characteristic }));
        continue;
      }
      const urn = group.keys[0] as string;
      const school = schoolLabels.get(urn);
      if (!school) throw new Error(`School ${urn} has figures but is not in the store's schools`);
      const schoolType = dfeSchoolTypeForPhase(school.phase as ExportSchoolPhase);
      const row = rowOf(group, { ...labelsFor(school.label, schoolType), characteristic });
      schoolRows.set(urn, [...(schoolRows.get(urn) ?? []), row]);
    }
  }
  return [...laRows, ...[...schoolRows.keys()].sort().flatMap((urn) => schoolRows.get(urn) ?? [])];
}

function characteristicOf(
  dimension: DfeCharacteristicDimension,
  group: CohortGroup,
  position: number,
): DfeCharacteristic {
  return group.all[position]
    ? DFE_TOTAL_CHARACTERISTIC
    : dfeCharacteristicFor(dimension, group.keys[position]);
}

function rowOf(group: CohortGroup, labels: Parameters<typeof dfeAbsenceRow>[0]['labels']): DfeAbsenceRow {
  return dfeAbsenceRow({
    labels,
    counts: {
      enrolments: group.measures.enrolments,
      persistentlyAbsent: group.measures.persistentAbsentees,
      severelyAbsent: group.measures.severeAbsentees,
      totals: group.sessions,
    },
  });
}
