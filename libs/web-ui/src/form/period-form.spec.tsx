import { fireEvent, render, screen, within } from '@testing-library/react';
import { periodError, PeriodForm } from './period-form.js';

function input(label: 'From' | 'To'): HTMLInputElement {
  return within(screen.getByRole('group', { name: 'Period' })).getByLabelText(label);
}

function choose(from: string, to: string) {
  fireEvent.change(input('From'), { target: { value: from } });
  fireEvent.change(input('To'), { target: { value: to } });
  fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));
}

describe(periodError.name, () => {
  it('needs both dates, the last on or after the first', () => {
    expect(periodError('', '2025-10-31')).toEqual({
      field: 'from',
      message: 'Enter the first date of the period',
    });
    expect(periodError('2025-10-01', '')).toEqual({
      field: 'to',
      message: 'Enter the last date of the period',
    });
    expect(periodError('2025-10-02', '2025-10-01')?.field).toBe('to');
    expect(periodError('2025-10-01', '2025-10-01')).toBeNull();
  });
});

describe(PeriodForm.name, () => {
  const link = <a href="/somewhere">Show the academic year to date</a>;

  it('starts at the period the figures cover, without the way back to a default it already shows', () => {
    render(
      <PeriodForm
        period={{}}
        periodStart="2025-09-01"
        periodEnd="2025-09-19"
        onChoose={vi.fn()}
        defaultPeriodLink={link}
      />,
    );
    expect([input('From').value, input('To').value]).toEqual(['2025-09-01', '2025-09-19']);
    expect(screen.queryByRole('link', { name: 'Show the academic year to date' })).toBeNull();
  });

  it('tells the page a valid period, and shows the chosen one with the way back to the default', () => {
    const onChoose = vi.fn();
    render(
      <PeriodForm
        period={{ from: '2025-09-08', to: '2025-09-12' }}
        periodStart="2025-09-08"
        periodEnd="2025-09-12"
        onChoose={onChoose}
        defaultPeriodLink={link}
      />,
    );
    expect([input('From').value, input('To').value]).toEqual(['2025-09-08', '2025-09-12']);
    expect(screen.getByRole('link', { name: 'Show the academic year to date' })).toBeTruthy();

    choose('2025-10-01', '2025-10-31');
    expect(onChoose).toHaveBeenCalledWith({ from: '2025-10-01', to: '2025-10-31' });
  });

  it('refuses a last date before the first, saying which and why, without telling the page', () => {
    const onChoose = vi.fn();
    render(<PeriodForm period={{}} periodStart="2025-09-01" periodEnd="2025-09-19" onChoose={onChoose} />);

    choose('2025-09-12', '2025-09-08');
    const message = screen.getByText('The last date must be the same as or after the first date');
    expect(input('To').getAttribute('aria-describedby')).toBe(message.closest('p')?.id);
    expect(input('From').hasAttribute('aria-describedby')).toBe(false);
    expect(onChoose).not.toHaveBeenCalled();
  });
});
