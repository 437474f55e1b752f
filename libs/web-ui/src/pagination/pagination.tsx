import type { ReactNode } from 'react';

/** What a page link needs besides its target: the app renders it with its router's Link. */
export interface PageLinkProps {
  className: string;
  children: ReactNode;
  rel?: 'prev' | 'next';
  'aria-label'?: string;
  'aria-current'?: 'page';
}

export interface PaginationProps {
  /** 1-based. */
  currentPage: number;
  pageCount: number;
  /** Names the navigation landmark, e.g. "Persistent absentees pages": a page may hold several lists. */
  label: string;
  renderLink: (page: number, props: PageLinkProps) => ReactNode;
}

// GOV.UK pagination. Links rather than buttons, so each page has an address (the app keeps the page in the
// URL) and opens in a new tab. Long lists show the first, last, current and neighbouring pages with an
// ellipsis between, as the Design System recommends.

/** The page numbers shown, with null for an ellipsis. */
export function pagesShown(currentPage: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, currentPage - 1, currentPage, currentPage + 1, pageCount]);
  const pages = [...wanted].filter((page) => page >= 1 && page <= pageCount).sort((a, b) => a - b);
  return pages.flatMap((page, index) => {
    const previous = pages[index - 1];
    return previous !== undefined && page - previous > 1 ? [null, page] : [page];
  });
}

export function Pagination({ currentPage, pageCount, label, renderLink }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {currentPage > 1 ? (
        <div className="govuk-pagination__prev">
          {renderLink(currentPage - 1, {
            className: 'govuk-link govuk-pagination__link',
            rel: 'prev',
            children: (
              <span className="govuk-pagination__link-title">
                Previous<span className="govuk-visually-hidden"> page</span>
              </span>
            ),
          })}
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pagesShown(currentPage, pageCount).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
              &ctdot;
            </li>
          ) : (
            <li
              key={page}
              className={`govuk-pagination__item${page === currentPage ? ' govuk-pagination__item--current' : ''}`}
            >
              {renderLink(page, {
                className: 'govuk-link govuk-pagination__link',
                'aria-label': `Page ${page}`,
                ...(page === currentPage ? { 'aria-current': 'page' as const } : {}),
                children: String(page),
              })}
            </li>
          ),
        )}
      </ul>
      {currentPage < pageCount ? (
        <div className="govuk-pagination__next">
          {renderLink(currentPage + 1, {
            className: 'govuk-link govuk-pagination__link',
            rel: 'next',
            children: (
              <span className="govuk-pagination__link-title">
                Next<span className="govuk-visually-hidden"> page</span>
              </span>
            ),
          })}
        </div>
      ) : null}
    </nav>
  );
}
