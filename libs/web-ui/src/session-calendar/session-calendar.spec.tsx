import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { SessionCalendar } from './session-calendar.js';
import type { SessionDay } from './session-day.js';

const present = { code: '/', category: 'present' };
const unexplained = { code: 'N', category: 'unauthorised-absence' };
const ill = { code: 'I', category: 'authorised-absence' };

// Friday 31 October, then Monday 3 to Wednesday 5 November 2025 and Monday 10 November.
const DAYS: SessionDay[] = [
  { date: '2025-11-03', am: present, pm: unexplained },
  { date: '2025-10-31', am: ill, pm: ill },
  { date: '2025-11-04', am: unexplained, pm: null },
  { date: '2025-11-05', am: present, pm: present },
  { date: '2025-11-10', am: present, pm: present },
];

const dayButton = (date: string) => document.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`);

describe(SessionCalendar.name, () => {
  it('draws a Monday-to-Friday grid per month with each session coloured by category and showing its code', () => {
    render(<SessionCalendar days={DAYS} />);
    const months = screen.getAllByRole('table');
    expect(months.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      'October 2025',
      'November 2025',
    ]);
    const november = months[1] as HTMLElement;
    expect(
      within(november)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    // 3 November is a Monday: the first cell of its row.
    const monday = dayButton('2025-11-03') as HTMLButtonElement;
    expect(monday.closest('td')?.cellIndex).toBe(0);
    const halves = monday.querySelectorAll('.app-session');
    expect([...halves].map((half) => [half.textContent, half.className])).toEqual([
      ['/', 'app-session app-session--am app-session--present'],
      ['N', 'app-session app-session--pm app-session--unauthorised'],
    ]);
    expect(
      screen.getByRole('button', {
        name: 'Monday 3 November 2025: morning /, Present; afternoon N, Unauthorised absence',
      }),
    ).toBe(monday);
    expect(
      screen.getByRole('button', {
        name: 'Tuesday 4 November 2025: morning N, Unauthorised absence; afternoon no mark',
      }),
    ).toBe(dayButton('2025-11-04'));
    // Days without marks are not buttons.
    expect(dayButton('2025-11-06')).toBeNull();
  });

  it('is one tab stop, moved by the arrow keys, Home and End, and reports the chosen day', () => {
    const chosen: string[] = [];
    render(<SessionCalendar days={DAYS} onSelectDay={(date) => chosen.push(date)} />);
    const focusable = screen.getAllByRole('button').filter((button) => button.tabIndex === 0);
    expect(focusable.map((button) => button.dataset['date'])).toEqual(['2025-11-10']);

    act(() => (dayButton('2025-11-10') as HTMLButtonElement).focus());
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(dayButton('2025-11-03'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(dayButton('2025-10-31'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(dayButton('2025-11-04'));
    // A week down from Tuesday 4th is Tuesday 11th, unmarked: the next marked day after it is none, so stay.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(dayButton('2025-11-04'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(dayButton('2025-10-31'));
    expect((dayButton('2025-10-31') as HTMLButtonElement).tabIndex).toBe(0);
    expect((dayButton('2025-11-10') as HTMLButtonElement).tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(dayButton('2025-11-10'));
    fireEvent.click(dayButton('2025-11-05') as HTMLButtonElement);
    expect(chosen).toEqual(['2025-11-05']);
  });

  it('starts the tab stop on the selected day and marks it pressed', () => {
    render(<SessionCalendar days={DAYS} selectedDate="2025-11-04" />);
    expect((dayButton('2025-11-04') as HTMLButtonElement).tabIndex).toBe(0);
    expect(dayButton('2025-11-04')?.getAttribute('aria-pressed')).toBe('true');
    expect(dayButton('2025-11-03')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('draws nothing without marks', () => {
    const { container } = render(<SessionCalendar days={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
