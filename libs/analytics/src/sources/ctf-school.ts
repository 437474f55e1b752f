import type { CtfHeader } from '../formats/ctf/ctf.types.js';
import type { FindUrnByLaestab } from './source-unit.js';

/** `9992001` from a CTF header's SourceSchool. */
export function sourceLaestab(header: CtfHeader): string {
  return `${header.sourceSchool.laCode}${header.sourceSchool.estab}`;
}

/** The URN of a CTF's sending school: the header's `SourceSchool/URN`, else its LAESTAB looked up. */
export async function sourceSchoolUrn(
  header: CtfHeader,
  findUrnByLaestab: FindUrnByLaestab,
): Promise<string | null> {
  return header.sourceSchool.urn ?? (await findUrnByLaestab(sourceLaestab(header)));
}

/** How a message names a CTF's sending school, e.g. `LAESTAB 9992001 (URN 900001)`. */
export function describeSourceSchool(header: CtfHeader): string {
  const urn = header.sourceSchool.urn === null ? '' : ` (URN ${header.sourceSchool.urn})`;
  return `LAESTAB ${sourceLaestab(header)}${urn}`;
}
