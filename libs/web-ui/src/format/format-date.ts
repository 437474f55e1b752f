// Dates from the API are calendar dates (YYYY-MM-DD, sometimes followed by a time). They are formatted in UTC
// so that a user's time zone can never move a date to the day before.
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})/;

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

function parseIsoDate(isoDate: string): Date | undefined {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** GOV.UK style date, e.g. "8 September 2025"; text that is not an ISO date is shown unchanged. */
export function formatDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? longDateFormat.format(date) : isoDate;
}

/** Abbreviated month for narrow table columns, e.g. "8 Sept 2025"; text that is not an ISO date is unchanged. */
export function formatShortDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? shortDateFormat.format(date) : isoDate;
}

/** Day and abbreviated month for chart axes, e.g. "8 Sept"; text that is not an ISO date is shown unchanged. */
export function formatDayMonth(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? dayMonthFormat.format(date) : isoDate;
}
