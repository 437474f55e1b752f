import { addDays, type IsoDate } from '@attendance/domain';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  makeTempFolder,
  marksCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
  type MarkRow,
} from '../../__fixtures__/export-files.js';
import { loadExportFolder } from '../../loader/load-export-folder.js';
import { AnalyticsStore } from '../../store/analytics-store.js';

// Golden LAs are written by hand: schools.csv and each pupils file as literal CSV text, and each pupil's
// register as a grid a person can count, one token per session (AM then PM), days split by `|`:
//   `/ / | I / | / / | / / | Z Z`
// `/` is present (written `/` in the morning and `\` in the afternoon, as registers do); every other token is
// the register code as it appears in the marks file (`I`, `C2`, `#`, ...).

/** One week's register of one pupil at one school: the dates (Monday to Friday, or fewer) and the grid. */
export interface RegisterWeek {
  dates: readonly IsoDate[];
  grid: string;
}

export interface GoldenSchoolExport {
  urn: string;
  exportDate: IsoDate;
  pupilsCsv: string;
  registers: Record<string, readonly RegisterWeek[]>;
}

export interface GoldenLa {
  schoolsCsv: string;
  exports: readonly GoldenSchoolExport[];
}

/** Monday to Friday of the week starting on `monday`. */
export function schoolWeek(monday: IsoDate): IsoDate[] {
  return weekdays(monday, addDays(monday, 4));
}

/** The marks of one pupil's register weeks; the grid must hold exactly two tokens a date. */
export function registerMarks(upn: string, weeks: readonly RegisterWeek[]): MarkRow[] {
  return weeks.flatMap(({ dates, grid }) => {
    const tokens = grid.split(/\s+/).filter((token) => token !== '' && token !== '|');
    if (tokens.length !== dates.length * 2) {
      throw new Error(
        `Register of ${upn} from ${dates[0]}: expected ${dates.length * 2} sessions, got ${tokens.length}`,
      );
    }
    return dates.flatMap((date, day) =>
      (['AM', 'PM'] as const).map((session, half) => {
        const token = tokens[day * 2 + half] as string;
        const mark = token === '/' && session === 'PM' ? '\\' : token;
        return { upn, date, session, mark };
      }),
    );
  });
}

/** Writes the LA's schools.csv and each school's pupils and marks files into the folder. */
export async function writeGoldenLa(folder: string, la: GoldenLa): Promise<void> {
  await writeFile(join(folder, 'schools.csv'), la.schoolsCsv);
  for (const school of la.exports) {
    const marks = Object.entries(school.registers).flatMap(([upn, weeks]) => registerMarks(upn, weeks));
    await writeSchoolExport(folder, school.urn, school.exportDate, {
      pupils: school.pupilsCsv,
      marks: marksCsv(marks),
    });
  }
}

export interface LoadedGoldenLa {
  store: AnalyticsStore;
  close(): Promise<void>;
}

/** The LA's files loaded, as nightly ingestion loads a drop folder, into an in-memory store. */
export async function loadGoldenLa(la: GoldenLa): Promise<LoadedGoldenLa> {
  const folder = await makeTempFolder();
  await writeGoldenLa(folder, la);
  const store = await AnalyticsStore.open({ path: ':memory:' });
  try {
    await loadExportFolder(store, folder);
  } catch (error) {
    await store.close();
    await removeFolder(folder);
    throw error;
  }
  return {
    store,
    async close() {
      await store.close();
      await removeFolder(folder);
    },
  };
}
