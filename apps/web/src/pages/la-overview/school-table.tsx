import {
  formatCount,
  LoadingMessage,
  Pagination,
  RetryableError,
  SortableTable,
  type SortState,
} from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { LaOverviewSearch } from './la-overview-search.js';
import type { LaOverview } from './la-overview.types.js';
import { schoolColumns } from './school-columns.js';
import { SchoolFilters, type SchoolFilterValues } from './school-filters.js';
import { SCHOOL_PAGE_LENGTH } from './school-page-variables.js';
import { useLaOverviewSchools } from './use-la-overview.js';

export interface SchoolTableProps {
  /** How many schools the LA has, and each one's phase and type (the filters offer every one). */
  schoolCount: LaOverview['schoolCount'];
  filterOptions: LaOverview['schoolFilterOptions'];
  /** Filters, order and page, from the URL. */
  search: LaOverviewSearch;
  onSearchChange: (change: Partial<LaOverviewSearch>) => void;
}

const sortedNames = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));

export function SchoolTable({ schoolCount, filterOptions, search, onSearchChange }: SchoolTableProps) {
  const phases = useMemo(() => sortedNames(filterOptions.map((school) => school.phase)), [filterOptions]);
  const types = useMemo(() => sortedNames(filterOptions.map((school) => school.type)), [filterOptions]);

  if (schoolCount === 0) {
    return <p className="govuk-body">No schools have been loaded yet.</p>;
  }
  return (
    <>
      <SchoolFilters
        phases={phases}
        types={types}
        values={{ phase: search.phase, type: search.type }}
        onChange={(values: SchoolFilterValues) => onSearchChange({ ...values, page: 1 })}
      />
      <SchoolTablePage schoolCount={schoolCount} search={search} onSearchChange={onSearchChange} />
    </>
  );
}

type SchoolTablePageProps = Omit<SchoolTableProps, 'filterOptions'>;

/** The page of schools the URL asks for, sorted, filtered and paged by the API. */
function SchoolTablePage({ schoolCount, search, onSearchChange }: SchoolTablePageProps) {
  const { data, error, isPending, isFetching, isPlaceholderData, refetch } = useLaOverviewSchools(search);

  if (isPending) return <LoadingMessage text="Loading the schools…" />;
  if (error) {
    return (
      <RetryableError
        message={`The schools could not be loaded. ${error.message}`}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  }
  // While another page loads, `data` is still the page shown: described as itself, not as the one asked for.
  const matching = data.schoolCount;
  const pageCount = Math.ceil(matching / SCHOOL_PAGE_LENGTH);
  const shownPage = data.offset / SCHOOL_PAGE_LENGTH + 1;
  const first = data.offset + 1;
  const last = data.offset + data.schools.length;
  const pastLastPage = matching > 0 && data.schools.length === 0;
  const sort: SortState = { columnKey: search.sort, direction: search.direction };
  return (
    <div aria-busy={isPlaceholderData}>
      <p className="govuk-body" role="status">
        Showing {formatCount(matching)} of {formatCount(schoolCount)} schools.
        {pageCount > 1 && data.schools.length > 0
          ? ` Page ${formatCount(shownPage)} of ${formatCount(pageCount)}: schools ${formatCount(first)} to ${formatCount(last)}.`
          : ''}
        {isPlaceholderData ? ' Loading the schools asked for…' : ''}
      </p>
      <p className="govuk-body">
        Select a column heading with arrows to sort the schools by it. Select it again to reverse the order.
        The 4-week change is attendance over each school&apos;s latest four school weeks minus the four
        before; the flags and latest data are as of the latest mark loaded.
      </p>
      {matching === 0 ? <p className="govuk-body">No schools match these filters.</p> : null}
      {pastLastPage ? (
        <p className="govuk-body">
          There are no schools on page {formatCount(shownPage)}.{' '}
          <Link from="/" to="/" search={(previous) => ({ ...previous, page: 1 })} className="govuk-link">
            Go to the first page
          </Link>
        </p>
      ) : null}
      {data.schools.length > 0 ? (
        <SortableTable
          caption="Attendance by school"
          captionVisuallyHidden
          columns={schoolColumns}
          rows={data.schools}
          rowKey={(school) => school.urn}
          sort={sort}
          rowsInOrder
          onSortChange={(next) =>
            onSearchChange({
              sort: next.columnKey as LaOverviewSearch['sort'],
              direction: next.direction,
              page: 1,
            })
          }
        />
      ) : null}
      {/* Past the last page, its previous-page link would lead to another empty page: the link above instead. */}
      {pastLastPage ? null : (
        <Pagination
          currentPage={search.page}
          pageCount={pageCount}
          label="Schools pages"
          renderLink={(page, { children, ...props }) => (
            <Link from="/" to="/" search={(previous) => ({ ...previous, page })} {...props}>
              {children}
            </Link>
          )}
        />
      )}
    </div>
  );
}
