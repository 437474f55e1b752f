// Month grids of school days: registers are taken Monday to Friday (the loader refuses weekend marks), so a
// week is a row of five weekdays, with null for days of the row outside the month. Dates are handled in UTC
// so a user's time zone cannot move a day.

const DAY_MS = 86_400_000;

function toDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDaysIso(isoDate: string, days: number): string {
  return toIso(new Date(toDate(isoDate).getTime() + days * DAY_MS));
}

/** The month (YYYY-MM) of each month from the first date's to the last date's, in order. */
export function monthsSpanned(firstDate: string, lastDate: string): string[] {
  const months: string[] = [];
  let year = Number(firstDate.slice(0, 4));
  let month = Number(firstDate.slice(5, 7));
  const last = lastDate.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/** The weekday rows (Monday to Friday) of a month (YYYY-MM); null where a row's day is in another month. */
export function monthWeekRows(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const weekday = (toDate(first).getUTCDay() + 6) % 7; // 0 = Monday
  let monday = addDaysIso(first, -weekday);
  const rows: (string | null)[][] = [];
  while (monday.slice(0, 7) <= month) {
    const row = [0, 1, 2, 3, 4].map((offset) => addDaysIso(monday, offset));
    if (row.some((day) => day.slice(0, 7) === month)) {
      rows.push(row.map((day) => (day.slice(0, 7) === month ? day : null)));
    }
    monday = addDaysIso(monday, 7);
  }
  return rows;
}
