import './session-calendar.css';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../format/format-date.js';
import { addDaysIso, monthsSpanned, monthWeekRows } from './month-grid.js';
import { sessionCategoryStyle } from './session-categories.js';
import type { SessionDay, SessionMark } from './session-day.js';

export interface SessionCalendarProps {
  /** Every date with a mark, any order. */
  days: readonly SessionDay[];
  /** Called when a day is activated (click, Enter or Space). */
  onSelectDay?: (date: string) => void;
  /** A day shown as selected (e.g. from the page's URL). */
  selectedDate?: string | undefined;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

function describeMark(session: string, mark: SessionMark | null): string {
  return mark
    ? `${session} ${mark.code}, ${sessionCategoryStyle(mark.category).label}`
    : `${session} no mark`;
}

/** What a screen reader announces for a day: its date and both sessions, codes and categories in words. */
export function describeSessionDay(day: SessionDay, weekdayIndex: number): string {
  const weekday = WEEKDAY_NAMES[weekdayIndex] ?? '';
  return `${weekday} ${formatDate(day.date)}: ${describeMark('morning', day.am)}; ${describeMark('afternoon', day.pm)}`;
}

function Half({ mark, half }: { mark: SessionMark | null; half: 'am' | 'pm' }) {
  const className = mark ? sessionCategoryStyle(mark.category).className : 'app-session--none';
  return (
    <span className={`app-session app-session--${half} ${className}`} aria-hidden="true">
      {mark?.code ?? ''}
    </span>
  );
}

/**
 * The session calendar heat-map: a grid per month (Monday to Friday), each marked day split into its morning
 * and afternoon, coloured by the mark's DfE category and showing the code itself. The whole calendar is one
 * stop in the tab order (a roving tab index): the arrow keys move a day (left, right) or a week (up, down),
 * Home and End go to the first and last marked day, Enter or Space selects the day.
 */
export function SessionCalendar({ days, onSelectDay, selectedDate }: SessionCalendarProps) {
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const dates = useMemo(() => [...byDate.keys()].sort(), [byDate]);
  const [focusDate, setFocusDate] = useState<string | undefined>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const hintId = useId();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return null;
  const tabStop =
    focusDate !== undefined && byDate.has(focusDate)
      ? focusDate
      : selectedDate !== undefined && byDate.has(selectedDate)
        ? selectedDate
        : last;

  const moveTo = (date: string | undefined) => {
    if (date === undefined) return;
    setFocusDate(date);
    buttons.current.get(date)?.focus();
  };
  /** The nearest marked day from `date` in the direction `step` (+1 later, -1 earlier), `date` included. */
  const nearest = (date: string, step: 1 | -1): string | undefined =>
    step === 1 ? dates.find((d) => d >= date) : dates.findLast((d) => d <= date);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const moves: Record<string, () => string | undefined> = {
      ArrowRight: () => nearest(addDaysIso(date, 1), 1),
      ArrowLeft: () => nearest(addDaysIso(date, -1), -1),
      ArrowDown: () => nearest(addDaysIso(date, 7), 1),
      ArrowUp: () => nearest(addDaysIso(date, -7), -1),
      Home: () => first,
      End: () => last,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move());
  };

  return (
    <div className="app-session-calendar">
      <p className="govuk-hint" id={hintId}>
        Each day shows the morning mark on the left and the afternoon mark on the right. Tab to the calendar,
        then use the arrow keys to move between days, and Enter to choose a day.
      </p>
      <div className="app-session-calendar__months">
        {monthsSpanned(first, last).map((month) => (
          <table key={month} className="app-session-calendar__month">
            <caption className="govuk-body-s govuk-!-font-weight-bold">{monthLabel(month)}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((weekday, index) => (
                  <th key={weekday} scope="col" abbr={WEEKDAY_NAMES[index]}>
                    {weekday}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeekRows(month).map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((date, weekdayIndex) => {
                    const day = date === null ? undefined : byDate.get(date);
                    if (date === null || day === undefined) {
                      return (
                        <td key={weekdayIndex} className="app-session-calendar__empty">
                          {date === null ? (
                            ''
                          ) : (
                            <span className="app-session-calendar__date">{Number(date.slice(8))}</span>
                          )}
                        </td>
                      );
                    }
                    return (
                      <td key={weekdayIndex}>
                        <button
                          type="button"
                          ref={(element) => {
                            if (element) buttons.current.set(date, element);
                            else buttons.current.delete(date);
                          }}
                          className="app-session-calendar__day"
                          tabIndex={date === tabStop ? 0 : -1}
                          aria-label={describeSessionDay(day, weekdayIndex)}
                          aria-describedby={hintId}
                          aria-pressed={selectedDate === undefined ? undefined : date === selectedDate}
                          data-date={date}
                          onFocus={() => setFocusDate(date)}
                          onKeyDown={(event) => onKeyDown(event, date)}
                          onClick={() => onSelectDay?.(date)}
                        >
                          <span className="app-session-calendar__date" aria-hidden="true">
                            {Number(date.slice(8))}
                          </span>
                          <span className="app-session-calendar__halves">
                            <Half mark={day.am} half="am" />
                            <Half mark={day.pm} half="pm" />
                          </span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
