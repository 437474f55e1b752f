import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { MANIFEST_FILE, writeSyntheticLaExports } from '@attendance/synthetic-la';

// Generated exports are reused while the manifest shows the same options: generating 95 million marks takes
// a while and is not what is measured.

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function sameOptions(wanted, written) {
  return written !== undefined && Object.entries(wanted).every(([key, value]) => written[key] === value);
}

/** The synthetic LA's exports in `folder`, generated unless already there; returns its manifest. */
export async function ensureGeneratedLa(options, folder, log) {
  const existing = await readJson(join(folder, MANIFEST_FILE));
  if (sameOptions(options, existing?.options)) {
    log(`reusing ${folder}`);
    return existing;
  }
  await rm(folder, { recursive: true, force: true });
  log(`generating ${options.pupils} pupils in ${options.schools} schools into ${folder}`);
  return writeSyntheticLaExports(options, folder);
}

/**
 * One night's exports: every school's pupils file and the marks of `day` only, cut from a full LA generated
 * with the same seed up to that day (so the new day continues the year already loaded).
 */
export async function ensureOneDayExports(nextYearFolder, day, folder, log) {
  const marker = join(folder, 'one-day.json');
  const source = await readJson(join(nextYearFolder, MANIFEST_FILE));
  const made = await readJson(marker);
  if (made && source && made.day === day && made.sourceMarks === source.totals.marks) {
    log(`reusing ${folder}`);
    return made;
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  log(`cutting ${day} out of ${nextYearFolder} into ${folder}`);
  await copyFile(join(nextYearFolder, 'schools.csv'), join(folder, 'schools.csv'));
  let marks = 0;
  for (const file of (await readdir(nextYearFolder)).sort()) {
    if (file.endsWith('_pupils.csv')) await copyFile(join(nextYearFolder, file), join(folder, file));
    if (file.endsWith('_marks.csv'))
      marks += await copyMarksOfDay(join(nextYearFolder, file), join(folder, file), day);
  }
  const summary = { day, marks, sourceMarks: source.totals.marks };
  await writeFile(marker, `${JSON.stringify(summary)}\n`);
  return summary;
}

async function copyMarksOfDay(from, to, day) {
  const output = createWriteStream(to);
  const lines = createInterface({ input: createReadStream(from), crlfDelay: Infinity });
  let header = true;
  let kept = 0;
  const dayField = `,${day},`;
  for await (const line of lines) {
    if (header || line.includes(dayField)) {
      if (!output.write(`${line}\n`)) await new Promise((resolve) => output.once('drain', resolve));
      if (!header) kept += 1;
    }
    header = false;
  }
  output.end();
  await finished(output);
  return kept;
}
