import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFinding } from '@attendance/persistence';
import { describeFinding } from './unit-findings.js';

export const QUARANTINE_FOLDER = 'quarantine';

/**
 * Moves a rejected unit's files out of the drop folder into `<folder>/quarantine/`, with a reason file beside
 * them, so the next run does not try them again and whoever fixes them knows why they were refused.
 * Returns the quarantine folder.
 */
export async function quarantineUnit(
  dropFolder: string,
  unitName: string,
  files: readonly string[],
  findings: readonly ImportFinding[],
  runId: string,
): Promise<string> {
  const target = join(dropFolder, QUARANTINE_FOLDER);
  await mkdir(target, { recursive: true });
  for (const file of files) await rename(file, join(target, basename(file)));
  const reason = [
    `Rejected by import run ${runId} at ${new Date().toISOString()}.`,
    `Nothing from these files was loaded; the school's earlier data is unchanged.`,
    `Fix the problems below and put the files back in the drop folder to load them again.`,
    '',
    ...findings.map(describeFinding),
    '',
  ].join('\n');
  await writeFile(join(target, `${unitName}.reason.txt`), reason);
  return target;
}
