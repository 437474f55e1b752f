import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CmeWatchQuery, LatestImportRunQuery } from '../../graphql/cme-watch.query.js';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { CME_SORT_ORDERS, type CmeWatchSearch } from './cme-watch-search.js';

// Rows carry the school contact (three lines each): 25 rows keep a page readable.
export const CME_PAGE_LENGTH = 25;
/** How often the page asks whether a load has finished since it last fetched the list. */
export const DATA_VERSION_POLL_MS = 60_000;

/**
 * A token that changes whenever an export load finishes: the newest import run's id, status and finish time.
 * Polled every minute (a PostgreSQL read, no analytics), also while the tab is in the background.
 */
export function useDataVersion() {
  return useQuery({
    queryKey: ['cme-data-version'],
    queryFn: async ({ signal }) => {
      const [latest] = (await executeGraphql(LatestImportRunQuery, {}, { signal })).importRuns;
      return latest ? `${latest.id}|${latest.status}|${latest.finishedAt ?? ''}` : 'no-loads';
    },
    refetchInterval: DATA_VERSION_POLL_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

/**
 * One page of the CME list and the milestone counts. The data version is part of the key, so a finished load
 * refetches the list; the previous page stays on screen while the next loads. `dataVersion` undefined: not
 * known yet (wait for it); null: it could not be read (fetch anyway, without the automatic refresh).
 */
export function useCmeWatch(search: CmeWatchSearch, dataVersion: string | null | undefined) {
  return useQuery({
    queryKey: ['cme-watch', dataVersion, search.milestone, search.sort, search.page],
    queryFn: async ({ signal }) =>
      executeGraphql(
        CmeWatchQuery,
        {
          milestone: search.milestone ?? null,
          sort: CME_SORT_ORDERS[search.sort],
          limit: CME_PAGE_LENGTH,
          offset: (search.page - 1) * CME_PAGE_LENGTH,
        },
        { signal },
      ),
    enabled: dataVersion !== undefined,
    placeholderData: keepPreviousData,
  });
}
