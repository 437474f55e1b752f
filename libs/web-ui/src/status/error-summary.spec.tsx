import { render, screen } from '@testing-library/react';
import { ErrorSummary } from './error-summary.js';

describe(ErrorSummary.name, () => {
  it('announces the problem as an alert with the GOV.UK default title', () => {
    render(
      <ErrorSummary>
        <p>The figures could not be loaded.</p>
      </ErrorSummary>,
    );

    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeDefined();
    expect(alert.textContent).toContain('The figures could not be loaded.');
  });
});
