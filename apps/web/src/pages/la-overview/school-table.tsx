import { formatCount, SortableTable, type SortState } from '@attendance/web-ui';
import { useMemo } from 'react';
import type { LaOverviewSearch } from './la-overview-search.js';
import type { SchoolSummary } from './la-overview.types.js';
import { schoolColumns } from './school-columns.js';
import { SchoolFilters, type SchoolFilterValues } from './school-filters.js';

export interface SchoolTableProps {
  schools: readonly SchoolSummary[];
  /** Filters and order, from the URL. */
  search: LaOverviewSearch;
  onSearchChange: (change: Partial<LaOverviewSearch>) => void;
}

const sortedNames = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));

export function SchoolTable({ schools, search, onSearchChange }: SchoolTableProps) {
  const phases = useMemo(() => sortedNames(schools.map((school) => school.phase)), [schools]);
  const types = useMemo(() => sortedNames(schools.map((school) => school.type)), [schools]);
  const shown = useMemo(
    () =>
      schools.filter(
        (school) =>
          (search.phase === undefined || school.phase === search.phase) &&
          (search.type === undefined || school.type === search.type),
      ),
    [schools, search.phase, search.type],
  );

  if (schools.length === 0) {
    return <p className="govuk-body">No schools have been loaded yet.</p>;
  }
  const sort: SortState = { columnKey: search.sort, direction: search.direction };
  return (
    <>
      <SchoolFilters
        phases={phases}
        types={types}
        values={{ phase: search.phase, type: search.type }}
        onChange={(values: SchoolFilterValues) => onSearchChange(values)}
      />
      <p className="govuk-body" role="status">
        Showing {formatCount(shown.length)} of {formatCount(schools.length)} schools.
      </p>
      <p className="govuk-body">
        Select a column heading to sort the schools by it. Select it again to reverse the order. The 4-week
        change is attendance over each school&apos;s latest four school weeks minus the four before; the flags
        and latest data are as of the latest mark loaded.
      </p>
      {shown.length === 0 ? (
        <p className="govuk-body">No schools match these filters.</p>
      ) : (
        <SortableTable
          caption="Attendance by school"
          captionVisuallyHidden
          columns={schoolColumns}
          rows={shown}
          rowKey={(school) => school.urn}
          sort={sort}
          onSortChange={(next) =>
            onSearchChange({
              sort: next.columnKey as LaOverviewSearch['sort'],
              direction: next.direction,
            })
          }
        />
      )}
    </>
  );
}
