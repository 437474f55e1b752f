import {
  absenceGroupFigures,
  emptySessionCounts,
  publishOneWayTable,
  publishTwoWayTable,
  type GroupFigures,
  type PublishedGroup,
} from '@attendance/domain';
import type { CohortGroup, CohortMeasuresResult } from '../cohort-measures/cohort-measures.types.js';
import { MEASURE_DIMENSION_DEFINITIONS } from '../cohort-measures/measure-dimensions.js';

// A breakdown as an aggregate-only audience may see it: the domain's disclosure rules applied to the whole
// table at once (groups, subtotals and total together, so no suppressed cell can be recomputed from its
// siblings). Analytics gives only the groups that have enrolments; a two-way table needs its full grid, so a
// missing combination is a cell of zero enrolments (and is suppressed like any small cell).

export interface PublishedCohortRow {
  /** As in the breakdown: per dimension the group's value, null for "every value" (`all`) or not recorded. */
  keys: (string | null)[];
  all: boolean[];
  figures: PublishedGroup;
}

export interface PublishOptions {
  /** Schools whose export is missing or stale: figures resting on them are marked `u`. */
  staleSchools: readonly string[];
  /** The schools every row rests on (a school's own table); otherwise only a `school` dimension names them. */
  schoolsOfEveryRow?: readonly string[];
  /** Adds each DfE reason column and its rate: a reason split, so the table is sensitive. */
  reasons?: boolean;
}

const keyText = (keys: readonly (string | null)[], all: readonly boolean[]) =>
  keys.map((key, index) => (all[index] ? 'Total' : (key ?? 'Unclassified'))).join(' x ');

function groupFigures(
  result: CohortMeasuresResult,
  keys: (string | null)[],
  all: boolean[],
  group: CohortGroup | undefined,
  options: PublishOptions,
): GroupFigures {
  const schoolIndex = result.dimensions.indexOf('school');
  const schools =
    options.schoolsOfEveryRow ??
    (schoolIndex >= 0 && !all[schoolIndex] && keys[schoolIndex] ? [keys[schoolIndex]] : undefined);
  return absenceGroupFigures(
    keyText(keys, all),
    {
      enrolments: group?.measures.enrolments ?? 0,
      totals: group?.sessions ?? emptySessionCounts(),
      persistentlyAbsent: group?.measures.persistentAbsentees ?? 0,
      severelyAbsent: group?.measures.severeAbsentees ?? 0,
    },
    { reasons: options.reasons ?? false, ...(schools ? { schools } : {}) },
  );
}

/** Whether a breakdown's cells need the larger minimum group size (SEN, social care, ethnicity, reasons). */
export function isSensitiveBreakdown(result: CohortMeasuresResult, reasons: boolean): boolean {
  return reasons || result.dimensions.some((dimension) => MEASURE_DIMENSION_DEFINITIONS[dimension].sensitive);
}

/** Every row of a one- or two-way breakdown, its figures after primary and secondary suppression. */
export function publishCohortMeasures(
  result: CohortMeasuresResult,
  options: PublishOptions,
): PublishedCohortRow[] {
  const sensitive = isSensitiveBreakdown(result, options.reasons ?? false);
  const disclosure = { staleSchools: options.staleSchools };
  const find = (keys: (string | null)[], all: boolean[]) =>
    result.groups.find((group) =>
      group.all.every((value, index) => value === all[index] && (value || group.keys[index] === keys[index])),
    );
  const valuesOf = (index: number) => [
    ...new Set(result.groups.filter((group) => !group.all[index]).map((group) => group.keys[index] ?? null)),
  ];
  const figuresOf = (keys: (string | null)[], all: boolean[]) =>
    groupFigures(result, keys, all, find(keys, all), options);

  if (result.dimensions.length === 1) {
    const values = valuesOf(0);
    const published = publishOneWayTable(
      {
        groups: values.map((value) => figuresOf([value], [false])),
        total: figuresOf([null], [true]),
        sensitive,
      },
      disclosure,
    );
    return [
      ...values.map((value, index) => ({ keys: [value], all: [false], figures: published.groups[index]! })),
      { keys: [null], all: [true], figures: published.total },
    ];
  }

  const rows = valuesOf(0);
  const columns = valuesOf(1);
  const published = publishTwoWayTable(
    {
      cells: rows.map((row) => columns.map((column) => figuresOf([row, column], [false, false]))),
      rowTotals: rows.map((row) => figuresOf([row, null], [false, true])),
      columnTotals: columns.map((column) => figuresOf([null, column], [true, false])),
      grandTotal: figuresOf([null, null], [true, true]),
      sensitive,
    },
    disclosure,
  );
  return [
    ...rows.flatMap((row, r) =>
      columns.map((column, c) => ({
        keys: [row, column],
        all: [false, false],
        figures: published.cells[r]![c]!,
      })),
    ),
    ...rows.map((row, r) => ({ keys: [row, null], all: [false, true], figures: published.rowTotals[r]! })),
    ...columns.map((column, c) => ({
      keys: [null, column],
      all: [true, false],
      figures: published.columnTotals[c]!,
    })),
    { keys: [null, null], all: [true, true], figures: published.grandTotal },
  ];
}
