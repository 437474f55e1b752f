import { render, screen } from '@testing-library/react';
import { PageLayout } from './page-layout.js';

describe(PageLayout.name, () => {
  it('puts the content in the main landmark that the skip link targets', () => {
    render(
      <PageLayout serviceName="Attendance Insight">
        <h1>Overview</h1>
      </PageLayout>,
    );

    const main = screen.getByRole('main');
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink.getAttribute('href')).toBe(`#${main.id}`);
    expect(main.querySelector('h1')?.textContent).toBe('Overview');
  });

  it('names the service in the header without the GOV.UK logo', () => {
    render(<PageLayout serviceName="Attendance Insight">content</PageLayout>);

    const banner = screen.getByRole('banner');
    expect(banner.textContent).toBe('Attendance Insight');
    expect(banner.querySelector('svg')).toBeNull();
  });

  it.each([
    { wide: false, expected: 'govuk-width-container' },
    { wide: true, expected: 'govuk-width-container app-width-container--wide' },
  ])('lines the header up with the content when wide is $wide', ({ wide, expected }) => {
    render(
      <PageLayout serviceName="Attendance Insight" wide={wide}>
        content
      </PageLayout>,
    );

    const headerContainer = screen.getByRole('banner').querySelector('.govuk-generic-header__container');
    expect(headerContainer?.className).toBe(`govuk-generic-header__container ${expected}`);
    expect(screen.getByRole('main').parentElement?.className).toBe(expected);
  });

  it('shows the service navigation between the header and the main content, only when given', () => {
    const { rerender } = render(
      <PageLayout serviceName="Attendance Insight" navigation={<nav aria-label="Menu">links</nav>}>
        content
      </PageLayout>,
    );

    const section = screen.getByRole('region', { name: 'Service information' });
    expect(section.querySelector('nav')?.textContent).toBe('links');
    expect(section.compareDocumentPosition(screen.getByRole('main'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    rerender(<PageLayout serviceName="Attendance Insight">content</PageLayout>);
    expect(screen.queryByRole('region', { name: 'Service information' })).toBeNull();
  });
});
