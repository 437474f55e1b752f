// The names a drop folder's export files may have (README, "The nightly export formats"). Any other file is
// not an export and is left alone (schools.csv and the GIAS extract are read by school-sources.ts).

/** `<URN>_<YYYYMMDD>_pupils.csv`, `_marks.csv`, `_marks-string.csv`, and the generator's `_ctf.xml`. */
const URN_NAMED_FILE = /^(\d+)_(\d{4})(\d{2})(\d{2})_(pupils\.csv|marks\.csv|marks-string\.csv|ctf\.xml)$/;

/**
 * A CTF as schools' systems name it: `<LAESTAB>_CTF_<destination LAESTAB>_<nnn>.xml`, the first LAESTAB
 * (LA code and establishment number, 7 digits) being the sending school's. The name carries no URN or date:
 * both come from the file's header.
 */
const DFE_CTF_NAME = /^(\d{7})_CTF_.+_\d{3}\.xml$/i;

export type UrnNamedKind = 'pupils' | 'marks' | 'marks-string' | 'ctf';

const KIND_OF_SUFFIX: Readonly<Record<string, UrnNamedKind>> = {
  'pupils.csv': 'pupils',
  'marks.csv': 'marks',
  'marks-string.csv': 'marks-string',
  'ctf.xml': 'ctf',
};

export type ExportFileName =
  /** `exportDate` is YYYY-MM-DD as written: it may not be a real date. */
  | { naming: 'urn'; kind: UrnNamedKind; urn: string; exportDate: string }
  | { naming: 'dfe-ctf'; kind: 'ctf'; laestab: string };

/** What an export file's name says, or null for a file that is not an export. */
export function parseExportFileName(fileName: string): ExportFileName | null {
  const urnNamed = URN_NAMED_FILE.exec(fileName);
  if (urnNamed) {
    const [, urn = '', year, month, day, suffix = ''] = urnNamed;
    return {
      naming: 'urn',
      kind: KIND_OF_SUFFIX[suffix] as UrnNamedKind,
      urn,
      exportDate: `${year}-${month}-${day}`,
    };
  }
  const dfeCtf = DFE_CTF_NAME.exec(fileName);
  if (dfeCtf) return { naming: 'dfe-ctf', kind: 'ctf', laestab: dfeCtf[1] as string };
  return null;
}

/** `<URN>_<YYYYMMDD>_<suffix>`: the name a unit's file would have, for messages about a missing partner. */
export function urnNamedFile(urn: string, exportDate: string, suffix: string): string {
  return `${urn}_${exportDate.replaceAll('-', '')}_${suffix}`;
}

/**
 * The schools a folder's export files name, before anything is read: URNs from URN-named files, LAESTABs
 * from DfE-named CTFs. Used to pick a GIAS extract's establishments before units are formed.
 */
export function schoolsNamedByExportFiles(fileNames: readonly string[]): {
  urns: string[];
  laestabs: string[];
} {
  const urns = new Set<string>();
  const laestabs = new Set<string>();
  for (const fileName of fileNames) {
    const named = parseExportFileName(fileName);
    if (named?.naming === 'urn') urns.add(named.urn);
    else if (named?.naming === 'dfe-ctf') laestabs.add(named.laestab);
  }
  return { urns: [...urns].sort(), laestabs: [...laestabs].sort() };
}
