// An independent computation of the LA overview straight from the export CSV files, written without the
// product's SQL or its rules library, so the two can check each other. Rules: DfE "Pupil absence in schools in
// England" methodology, as summarised in shared/domain/reference.md.
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ATTENDANCE = new Set(['/', '\\', 'L', 'K', 'V', 'P', 'W', 'B', 'J']);
const AUTHORISED = new Set(['C1', 'M', 'J1', 'S', 'C2', 'C', 'T', 'R', 'I', 'E', 'H', 'F']);
const UNAUTHORISED = new Set(['G', 'N', 'O', 'U']);
const NOT_COUNTED = new Set(['D', 'X', 'Q', 'Y', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z', '#']);

export interface IndependentMeasures {
  enrolments: number;
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  persistentAbsentees: number;
  severeAbsentees: number;
  overallAbsenceRate: number | null;
}

interface SessionTally {
  attended: number;
  authorised: number;
  unauthorised: number;
}

interface ExportFiles {
  urn: string;
  exportDate: string;
  pupils: string;
  marks: string;
}

type Row = Record<string, string>;

export function computeOverviewFromExports(folder: string): {
  periodStart: string;
  periodEnd: string;
  headline: IndependentMeasures;
  bySchool: Map<string, IndependentMeasures>;
  weekly: Map<string, { possible: number; absent: number }>;
} {
  // Each school's exports in date order: a later export replaces the marks for the dates it covers.
  const marksBySchool = new Map<string, Map<string, string>>(); // urn -> "upn|date|session" -> mark
  const pupilsBySchool = new Map<string, Map<string, Row>>();
  for (const files of listExports(folder)) {
    const marks = readCsv(join(folder, files.marks));
    const dates = marks.map((row) => row['date'] as string).sort();
    const [first, last] = [dates[0] ?? '', dates[dates.length - 1] ?? ''];
    const schoolMarks = marksBySchool.get(files.urn) ?? new Map<string, string>();
    for (const key of [...schoolMarks.keys()]) {
      const date = key.split('|')[1] as string;
      if (date >= first && date <= last) schoolMarks.delete(key);
    }
    for (const row of marks)
      schoolMarks.set(`${row['upn']}|${row['date']}|${row['session']}`, row['mark'] as string);
    marksBySchool.set(files.urn, schoolMarks);
    pupilsBySchool.set(
      files.urn,
      new Map(readCsv(join(folder, files.pupils)).map((row) => [row['upn'] as string, row])),
    );
  }

  const allDates = [...marksBySchool.values()].flatMap((marks) =>
    [...marks.keys()].map((key) => key.split('|')[1] as string),
  );
  const periodEnd = allDates.reduce((latest, date) => (date > latest ? date : latest), '');
  const startYear = Number(periodEnd.slice(0, 4)) - (periodEnd.slice(5) < '08-01' ? 1 : 0);
  const periodStart = `${startYear}-08-01`;

  const headlineTallies: SessionTally[] = [];
  const bySchool = new Map<string, IndependentMeasures>();
  const weekly = new Map<string, { possible: number; absent: number }>();
  for (const [urn, marks] of marksBySchool) {
    const pupils = pupilsBySchool.get(urn) ?? new Map<string, Row>();
    const tallies = new Map<string, SessionTally>();
    for (const [key, mark] of marks) {
      const [upn, date] = key.split('|') as [string, string];
      if (date < periodStart || date > periodEnd) continue;
      const pupil = pupils.get(upn);
      if (!pupil || !inStatutoryCohort(pupil['date_of_birth'] as string, startYear)) continue;
      const tally = tallies.get(upn) ?? { attended: 0, authorised: 0, unauthorised: 0 };
      const category = categorise(mark);
      if (category === 'not-counted') continue;
      tally[category] += 1;
      tallies.set(upn, tally);
      const week = weekly.get(mondayOf(date)) ?? { possible: 0, absent: 0 };
      week.possible += 1;
      if (category !== 'attended') week.absent += 1;
      weekly.set(mondayOf(date), week);
    }
    const schoolTallies = [...tallies.values()].filter((t) => t.attended + t.authorised + t.unauthorised > 0);
    headlineTallies.push(...schoolTallies);
    bySchool.set(urn, summarise(schoolTallies));
  }
  return { periodStart, periodEnd, headline: summarise(headlineTallies), bySchool, weekly };
}

function summarise(tallies: SessionTally[]): IndependentMeasures {
  const measures: IndependentMeasures = {
    enrolments: tallies.length,
    possibleSessions: 0,
    attendedSessions: 0,
    authorisedSessions: 0,
    unauthorisedSessions: 0,
    persistentAbsentees: 0,
    severeAbsentees: 0,
    overallAbsenceRate: null,
  };
  for (const tally of tallies) {
    const possible = tally.attended + tally.authorised + tally.unauthorised;
    const absent = tally.authorised + tally.unauthorised;
    measures.possibleSessions += possible;
    measures.attendedSessions += tally.attended;
    measures.authorisedSessions += tally.authorised;
    measures.unauthorisedSessions += tally.unauthorised;
    if (absent * 10 >= possible) measures.persistentAbsentees += 1;
    if (absent * 2 >= possible) measures.severeAbsentees += 1;
  }
  const absent = measures.authorisedSessions + measures.unauthorisedSessions;
  measures.overallAbsenceRate = measures.possibleSessions ? (100 * absent) / measures.possibleSessions : null;
  return measures;
}

function categorise(mark: string): keyof SessionTally | 'not-counted' {
  if (ATTENDANCE.has(mark)) return 'attended';
  if (AUTHORISED.has(mark)) return 'authorised';
  if (UNAUTHORISED.has(mark)) return 'unauthorised';
  if (NOT_COUNTED.has(mark)) return 'not-counted';
  throw new Error(`Unexpected mark ${mark} in generated data`);
}

/** Aged 5 to 15 on 31 August before the academic year that starts in `startYear`. */
function inStatutoryCohort(dateOfBirth: string, startYear: number): boolean {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const hadBirthdayBy31August = month < 8 || (month === 8 && day <= 31);
  const age = startYear - year - (hadBirthdayBy31August ? 0 : 1);
  return age >= 5 && age <= 15;
}

function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

function listExports(folder: string): ExportFiles[] {
  const pattern = /^(\d{6})_(\d{8})_pupils\.csv$/;
  return readdirSync(folder)
    .map((name) => pattern.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([name, urn, stamp]) => ({
      urn: urn as string,
      exportDate: stamp as string,
      pupils: name,
      marks: `${urn}_${stamp}_marks.csv`,
    }))
    .sort((a, b) => a.urn.localeCompare(b.urn) || a.exportDate.localeCompare(b.exportDate));
}

function readCsv(path: string): Row[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Row[];
}
