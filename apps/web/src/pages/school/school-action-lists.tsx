import { formatCount, GovukTable, LabelledSelect, LoadingMessage, Pagination } from '@attendance/web-ui';
import { Link, useNavigate } from '@tanstack/react-router';
import {
  ACTION_LIST_DEFINITIONS,
  actionListDefinition,
  effectiveSort,
  LIST_PAGE_LENGTH,
} from './action-lists.js';
import type { SchoolSearch } from './school-search.js';
import { useSchoolActionList } from './use-school-page.js';

export interface SchoolActionListsProps {
  urn: string;
  search: SchoolSearch;
}

/**
 * The school's action lists: a link per list (so each list, order and page has its own address), the open
 * list's order and a page of its pupils, each linking to the pupil's page by the store's id, never the UPN.
 */
export function SchoolActionLists({ urn, search }: SchoolActionListsProps) {
  const navigate = useNavigate({ from: '/schools/$urn' });
  const definition = actionListDefinition(search.list);
  const sort = effectiveSort(definition, search.sort);
  const { data, error, isPending } = useSchoolActionList(urn, search.list, sort, search.page, search);
  const pageCount = data ? Math.ceil(data.length / LIST_PAGE_LENGTH) : 0;

  return (
    <>
      <h2 className="govuk-heading-m">Action lists</h2>
      <p className="govuk-body">
        Absentees, illness and part-time timetables cover the period; band crossings, the penalty-notice
        threshold, children missing education and early warning are drawn up on its last day.
      </p>
      <nav aria-label="Action lists">
        <ul className="govuk-list app-action-list-links">
          {ACTION_LIST_DEFINITIONS.map((list) => (
            <li key={list.id}>
              <Link
                to="/schools/$urn"
                params={{ urn }}
                search={(previous) => ({ ...previous, list: list.id, sort: undefined, page: 1 })}
                className="govuk-link"
                aria-current={list.id === search.list ? 'page' : undefined}
              >
                {list.id === search.list ? <strong>{list.title}</strong> : list.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h3 className="govuk-heading-s">{definition.title}</h3>
      <p className="govuk-body">{definition.description}</p>
      <div className="govuk-form-group">
        <LabelledSelect
          id="list-sort"
          label="Order"
          value={sort}
          options={definition.sorts}
          onChange={(chosen) =>
            void navigate({ search: (previous) => ({ ...previous, sort: chosen, page: 1 }) })
          }
        />
      </div>

      {isPending ? <LoadingMessage text={`Loading ${definition.title.toLowerCase()}…`} /> : null}
      {error ? <p className="govuk-body">The list could not be loaded. {error.message}</p> : null}
      {data && data.length === 0 ? <p className="govuk-body">{definition.empty}</p> : null}
      {data && data.length > 0 ? (
        <>
          <p className="govuk-body">
            {formatCount(data.length)} {data.length === 1 ? 'pupil' : 'pupils'}, page {search.page} of{' '}
            {formatCount(Math.max(pageCount, 1))}.
          </p>
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label={definition.title}>
            <GovukTable
              caption={definition.title}
              captionStyle="visually-hidden"
              columns={[{ header: 'Pupil (UPN)' }, { header: 'Year group' }, ...definition.columns]}
            >
              {data.rows.map((row) => (
                <tr key={row.pupilId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <Link
                      to="/schools/$urn/pupils/$pupilId"
                      params={{ urn, pupilId: String(row.pupilId) }}
                      className="govuk-link"
                    >
                      {row.upn}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{row.yearGroup ?? 'Not recorded'}</td>
                  {row.cells.map((cell, index) => (
                    <td
                      key={definition.columns[index]?.header ?? index}
                      className={`govuk-table__cell${definition.columns[index]?.numeric ? ' govuk-table__cell--numeric' : ''}`}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </GovukTable>
          </div>
          <Pagination
            currentPage={search.page}
            pageCount={pageCount}
            label={`${definition.title} pages`}
            renderLink={(page, { children, ...props }) => (
              <Link
                to="/schools/$urn"
                params={{ urn }}
                search={(previous) => ({ ...previous, page })}
                {...props}
              >
                {children}
              </Link>
            )}
          />
        </>
      ) : null}
    </>
  );
}
