import { registerCalendar, type IsoDate, type SchoolCalendar } from '@attendance/domain';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  pupilsCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
  writeSchoolsFile,
  type MarkRow,
} from '../../__fixtures__/export-files.js';
import { loadExportFolder } from '../../loader/load-export-folder.js';
import { AnalyticsStore } from '../../store/analytics-store.js';

// A hand-written school for the CME list's certified weeks: Fernside's summer term 2026 up to Wednesday
// 24 June, with a bank holiday (Monday 4 May: no marks at all, so four register days that week), an inset day
// (Wednesday 13 May: # for everyone, so four register days that week too) and the half term (25 to 29 May: no
// marks); the sixth half term starts on Tuesday 2 June. Every pupil is present (`/` in the morning, `\` in the afternoon) on every register day but the days
// listed; `-` is a session with no mark. The runs each pupil has on 24 June are counted by hand in the spec.

export const CME_WEEKS_AS_OF = '2026-06-24';
export const FERNSIDE = { urn: '990301', name: 'Fernside Primary School' };

export const CME_WEEKS_UPN = {
  ava: fixtureUpn(1),
  ben: fixtureUpn(2),
  cal: fixtureUpn(3),
  dee: fixtureUpn(4),
  eve: fixtureUpn(5),
  finn: fixtureUpn(6),
  gus: fixtureUpn(7),
  hana: fixtureUpn(8),
  ivy: fixtureUpn(9),
  jay: fixtureUpn(10),
} as const;

const BANK_HOLIDAY = '2026-05-04';
const INSET_DAY = '2026-05-13';

/** Fernside's register dates (the bank holiday has no marks; the inset day is # for everyone). */
const REGISTER_DATES: readonly IsoDate[] = [
  ...weekdays('2026-04-20', '2026-05-22'),
  ...weekdays('2026-06-01', CME_WEEKS_AS_OF),
].filter((date) => date !== BANK_HOLIDAY);

/** The same tokens on every register date from `from` to `to` but the inset day. */
function every(from: IsoDate, to: IsoDate, tokens: string): Record<IsoDate, string> {
  return Object.fromEntries(
    REGISTER_DATES.filter((d) => d >= from && d <= to && d !== INSET_DAY).map((d) => [d, tokens]),
  );
}

/** The pupils' days that are not `/ /` (and not the inset day's `# #`). */
const DAYS: Record<keyof typeof CME_WEEKS_UPN, Record<IsoDate, string>> = {
  // N from Thursday 23 April, through the bank holiday week and the inset day week.
  ava: every('2026-04-23', CME_WEEKS_AS_OF, 'N N'),
  // N from Monday 1 June; # all day on Wednesday 3 June and in the afternoon of Thursday 4 June (a closure for
  // his class only).
  ben: {
    ...every('2026-06-01', CME_WEEKS_AS_OF, 'N N'),
    '2026-06-03': '# #',
    '2026-06-04': 'N #',
  },
  // O from Tuesday 5 May, the first register day of the bank holiday week.
  cal: every('2026-05-05', CME_WEEKS_AS_OF, 'O O'),
  // N from Monday 11 May, the inset day week.
  dee: every('2026-05-11', CME_WEEKS_AS_OF, 'N N'),
  // N on the last three days only.
  eve: every('2026-06-22', CME_WEEKS_AS_OF, 'N N'),
  // N from Monday 27 April; no afternoon mark on Tuesday 19 May.
  finn: { ...every('2026-04-27', CME_WEEKS_AS_OF, 'N N'), '2026-05-19': 'N -' },
  // N on the last day only.
  gus: { [CME_WEEKS_AS_OF]: 'N N' },
  // A week's unauthorised holiday (G) from 18 May, then N from Monday 1 June.
  hana: { ...every('2026-05-18', '2026-05-22', 'G G'), ...every('2026-06-01', CME_WEEKS_AS_OF, 'N N') },
  // N on Monday 1 June, present on Tuesday 2 June (the sixth half term's first day: the week's summaries are
  // two rows, the Monday's all N), N from Wednesday 3 June.
  ivy: { '2026-06-01': 'N N', ...every('2026-06-03', CME_WEEKS_AS_OF, 'N N') },
  // N from 8 June, then an unauthorised holiday (G) on the last day: no run.
  jay: { ...every('2026-06-08', '2026-06-23', 'N N'), [CME_WEEKS_AS_OF]: 'G G' },
};

function marksOf(upn: string, days: Record<IsoDate, string>): MarkRow[] {
  return REGISTER_DATES.flatMap((date) => {
    const [am, pm] = (days[date] ?? (date === INSET_DAY ? '# #' : '/ /')).split(' ');
    return [
      { upn, date, session: 'AM' as const, mark: am as string },
      { upn, date, session: 'PM' as const, mark: pm === '/' ? '\\' : (pm as string) },
    ].filter(({ mark }) => mark !== '-');
  });
}

export interface CmeWeeksLa {
  store: AnalyticsStore;
  marks: MarkRow[];
  /** Fernside's own register (registerCalendar over its marks). */
  calendar: SchoolCalendar;
  close(): Promise<void>;
}

export async function openCmeWeeksLa(): Promise<CmeWeeksLa> {
  const folder = await makeTempFolder();
  const marks = Object.entries(DAYS).flatMap(([name, days]) =>
    marksOf(CME_WEEKS_UPN[name as keyof typeof CME_WEEKS_UPN], days),
  );
  await writeSchoolsFile(folder, [{ ...FERNSIDE, phase: 'Primary', type: 'Community school' }]);
  await writeSchoolExport(folder, FERNSIDE.urn, CME_WEEKS_AS_OF, {
    pupils: pupilsCsv(Object.values(CME_WEEKS_UPN).map((upn) => ({ upn, dateOfBirth: '2016-03-01' }))),
    marks: marksCsv(marks),
  });
  const store = await AnalyticsStore.open({ path: ':memory:' });
  await loadExportFolder(store, folder);
  return {
    store,
    marks,
    calendar: registerCalendar(marks),
    async close() {
      await store.close();
      await removeFolder(folder);
    },
  };
}
