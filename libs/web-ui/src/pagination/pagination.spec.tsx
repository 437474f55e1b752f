import { render, screen, within } from '@testing-library/react';
import { Pagination, pagesShown, type PageLinkProps } from './pagination.js';

const renderLink = (page: number, { children, ...props }: PageLinkProps) => (
  <a href={`?page=${page}`} {...props}>
    {children}
  </a>
);

describe(pagesShown.name, () => {
  it('shows the first, last, current and neighbouring pages with gaps between', () => {
    expect(pagesShown(1, 3)).toEqual([1, 2, 3]);
    expect(pagesShown(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagesShown(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe(Pagination.name, () => {
  it('links to the previous, next and numbered pages, marking the current one', () => {
    render(
      <Pagination currentPage={2} pageCount={4} label="Severe absentees pages" renderLink={renderLink} />,
    );
    const navigation = screen.getByRole('navigation', { name: 'Severe absentees pages' });
    const links = within(navigation).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Previous page', '?page=1'],
      ['1', '?page=1'],
      ['2', '?page=2'],
      ['3', '?page=3'],
      ['4', '?page=4'],
      ['Next page', '?page=3'],
    ]);
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Page 3' }).hasAttribute('aria-current')).toBe(false);
  });

  it('has no previous link on the first page, no next link on the last, and nothing for one page', () => {
    const { rerender } = render(
      <Pagination currentPage={1} pageCount={2} label="Pages" renderLink={renderLink} />,
    );
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next page' })).toBeTruthy();
    rerender(<Pagination currentPage={2} pageCount={2} label="Pages" renderLink={renderLink} />);
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    rerender(<Pagination currentPage={1} pageCount={1} label="Pages" renderLink={renderLink} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
