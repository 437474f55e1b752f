import {
  ErrorSummary,
  formatCount,
  formatDate,
  LabelledSelect,
  LoadingMessage,
  MilestoneSummary,
  Pagination,
} from '@attendance/web-ui';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { CME_SORT_LABELS, CME_SORTS, type CmeSort } from './cme-watch-search.js';
import { CmeWatchTable } from './cme-watch-table.js';
import { CME_PAGE_LENGTH, useCmeWatch, useDataVersion } from './use-cme-watch.js';

const route = getRouteApi('/cme');

/**
 * The CME watch: children at each milestone of consecutive unexplained absence across the LA, the list with
 * who to contact at each school, refreshed when a load finishes (the page polls the latest import run).
 */
export function CmeWatchPage() {
  usePageTitle('Children missing education watch');
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/cme' });
  const version = useDataVersion();
  const dataVersion = version.isPending ? undefined : (version.data ?? null);
  const { data, error, isPending, isFetching } = useCmeWatch(search, dataVersion);
  const list = data?.cmeMilestoneList;
  const pageCount = list ? Math.max(1, Math.ceil(list.length / CME_PAGE_LENGTH)) : 1;

  return (
    <>
      <h1 className="govuk-heading-l">Children missing education watch</h1>
      <p className="govuk-body">
        Children of compulsory school age whose current run of consecutive school days of unexplained absence
        (codes N and O) has reached day 3, 6, 10 or 20. The list refreshes by itself after every load of
        schools&apos; exports.
      </p>
      {error ? (
        <ErrorSummary>
          <p className="govuk-body">The CME list could not be loaded. {error.message}</p>
        </ErrorSummary>
      ) : null}
      {isPending && !error ? <LoadingMessage text="Loading the CME list…" /> : null}
      {data && list ? (
        <>
          <p className="govuk-body" data-testid="cme-data-as-of">
            {list.dataAsOf ? (
              <>
                Data as of <strong>{formatDate(list.dataAsOf)}</strong>
                {list.asOf && list.asOf !== list.dataAsOf ? (
                  <>, list drawn up on {formatDate(list.asOf)}</>
                ) : null}
                .
              </>
            ) : (
              'No attendance data has been loaded yet.'
            )}
            {isFetching ? <span className="govuk-visually-hidden"> Refreshing.</span> : null}
          </p>
          <MilestoneSummary
            reaches={[
              { days: 3, reached: data.day3.length },
              { days: 6, reached: data.day6.length },
              { days: 10, reached: data.day10.length },
              { days: 20, reached: data.day20.length },
            ]}
            selected={search.milestone}
            renderFilterLink={(days, children) => (
              <Link
                from="/cme"
                to="/cme"
                search={(previous) => ({ ...previous, milestone: days, page: 1 })}
                className="govuk-link"
              >
                {children}
              </Link>
            )}
          />

          <h2 className="govuk-heading-m">
            {search.milestone
              ? `Children at day ${search.milestone} or beyond`
              : 'Every child at a milestone'}
          </h2>
          <div className="govuk-form-group app-inline-filters">
            <LabelledSelect
              id="cme-milestone"
              label="Milestone"
              value={String(search.milestone ?? '')}
              options={[
                { value: '', label: 'Every milestone (day 3 or beyond)' },
                ...[3, 6, 10, 20].map((days) => ({ value: String(days), label: `Day ${days} or beyond` })),
              ]}
              onChange={(milestone) =>
                void navigate({
                  search: (previous) => ({
                    ...previous,
                    milestone: milestone ? Number(milestone) : undefined,
                    page: 1,
                  }),
                })
              }
            />
            <LabelledSelect
              id="cme-sort"
              label="Order"
              value={search.sort}
              options={CME_SORTS.map((sort) => ({ value: sort, label: CME_SORT_LABELS[sort] }))}
              onChange={(sort) =>
                void navigate({ search: (previous) => ({ ...previous, sort: sort as CmeSort, page: 1 }) })
              }
            />
          </div>
          {list.length === 0 ? (
            <p className="govuk-body">
              No child has reached {search.milestone ? `day ${search.milestone}` : 'a milestone'}.
            </p>
          ) : (
            <>
              <p className="govuk-body">
                {formatCount(list.length)} {list.length === 1 ? 'child' : 'children'}, page {search.page} of{' '}
                {formatCount(pageCount)}.
              </p>
              <CmeWatchTable pupils={list.pupils} />
              <Pagination
                currentPage={search.page}
                pageCount={pageCount}
                label="CME list pages"
                renderLink={(page, { children, ...props }) => (
                  <Link from="/cme" to="/cme" search={(previous) => ({ ...previous, page })} {...props}>
                    {children}
                  </Link>
                )}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
