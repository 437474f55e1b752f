import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { ExportValidationError } from '../loader/export-validation-error.js';
import { schoolsNamedByExportFiles } from './export-file-names.js';
import { sourceUnitsInFolder } from './source-units-in-folder.js';

/** A CTF holding only its header: discovery reads nothing else. */
function ctfHeaderOnly(school: { lea?: string; estab?: string; urn?: string }, dateTime?: string): string {
  const urn = school.urn === undefined ? '' : `<URN>${school.urn}</URN>`;
  const date = dateTime === undefined ? '' : `<DateTime>${dateTime}</DateTime>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
<Header><CTFversion>25.0</CTFversion>${date}
<SourceSchool><LEA>${school.lea ?? '999'}</LEA><Estab>${school.estab ?? '2003'}</Estab>${urn}</SourceSchool>
</Header>
<CTFpupilData></CTFpupilData>
</CTfile>
`;
}

describe(sourceUnitsInFolder.name, () => {
  let folder: string;
  const laestabs: Record<string, string> = { '9992004': '900004' };
  const findUrnByLaestab = async (laestab: string) => laestabs[laestab] ?? null;
  const unitsOf = async (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
    return sourceUnitsInFolder(folder, Object.keys(files), { findUrnByLaestab });
  };

  beforeEach(async () => {
    folder = await makeTempFolder();
  });
  afterEach(async () => {
    await removeFolder(folder);
  });

  it('forms units of every format, ordered by export date then URN, ignoring other files', async () => {
    const units = await unitsOf({
      'schools.csv': '',
      'edubasealldata20240913.csv': '',
      'manifest.json': '',
      '900002_20240913_marks-string.csv': '',
      '900002_20240913_pupils.csv': '',
      '900001_20240913_pupils.csv': '',
      '900001_20240913_marks.csv': '',
      '900001_20240906_ctf.xml': '',
      // DfE naming: the school and date come from the header (URN given, or LAESTAB looked up).
      '9992003_CTF_999LLLL_001.xml': ctfHeaderOnly({ urn: '900003' }, '2024-09-12T17:30:00'),
      '9992004_CTF_999LLLL_007.xml': ctfHeaderOnly({ estab: '2004' }, '2024-09-13T17:30:00'),
    });
    expect(units).toEqual([
      {
        urn: '900001',
        exportDate: '2024-09-06',
        format: 'ctf',
        files: [join(folder, '900001_20240906_ctf.xml')],
      },
      {
        urn: '900003',
        exportDate: '2024-09-12',
        format: 'ctf',
        files: [join(folder, '9992003_CTF_999LLLL_001.xml')],
      },
      {
        urn: '900001',
        exportDate: '2024-09-13',
        format: 'csv-pair',
        files: [join(folder, '900001_20240913_pupils.csv'), join(folder, '900001_20240913_marks.csv')],
      },
      {
        urn: '900002',
        exportDate: '2024-09-13',
        format: 'marks-string',
        files: [join(folder, '900002_20240913_pupils.csv'), join(folder, '900002_20240913_marks-string.csv')],
      },
      {
        urn: '900004',
        exportDate: '2024-09-13',
        format: 'ctf',
        files: [join(folder, '9992004_CTF_999LLLL_007.xml')],
      },
    ]);
  });

  it.each([
    [
      'a marks file and a marks-string file for one export',
      {
        '900001_20240913_pupils.csv': '',
        '900001_20240913_marks.csv': '',
        '900001_20240913_marks-string.csv': '',
      },
      '900001_20240913_marks-string.csv',
      /Both 900001_20240913_marks.csv and 900001_20240913_marks-string.csv hold the marks of school 900001's export of 2024-09-13: keep one/,
    ],
    [
      'a CTF and a CSV pair for one export',
      { '900001_20240913_pupils.csv': '', '900001_20240913_marks.csv': '', '900001_20240913_ctf.xml': '' },
      '900001_20240913_ctf.xml',
      /holds school 900001's export of 2024-09-13 more than once/,
    ],
    [
      'two CTFs of one school for one date',
      {
        '9992003_CTF_999LLLL_001.xml': ctfHeaderOnly({ urn: '900003' }, '2024-09-13T08:00:00'),
        '9992003_CTF_999LLLL_002.xml': ctfHeaderOnly({ urn: '900003' }, '2024-09-13T18:00:00'),
      },
      '9992003_CTF_999LLLL_001.xml',
      /more than once \(9992003_CTF_999LLLL_001.xml, 9992003_CTF_999LLLL_002.xml\)/,
    ],
    [
      'a pupils file without marks',
      { '900001_20240913_pupils.csv': '' },
      '900001_20240913_pupils.csv',
      /900001_20240913_marks.csv \(or 900001_20240913_marks-string.csv\) is missing/,
    ],
    [
      'a marks-string file without pupils',
      { '900001_20240913_marks-string.csv': '' },
      '900001_20240913_marks-string.csv',
      /partner file 900001_20240913_pupils.csv is missing/,
    ],
    [
      'a date that is not real',
      { '900001_20240931_ctf.xml': '' },
      '900001_20240931_ctf.xml',
      /2024-09-31 is not a real export date/,
    ],
    [
      'a CTF named by LAESTAB whose school is unknown',
      { '9992005_CTF_999LLLL_001.xml': ctfHeaderOnly({ estab: '2005' }, '2024-09-13T18:00:00') },
      '9992005_CTF_999LLLL_001.xml',
      /LAESTAB 9992005 without a URN, and no single school with that LAESTAB/,
    ],
    [
      'a CTF whose name and header name different schools',
      { '9992003_CTF_999LLLL_001.xml': ctfHeaderOnly({ estab: '2004' }, '2024-09-13T18:00:00') },
      '9992003_CTF_999LLLL_001.xml',
      /source school is LAESTAB 9992004, but the file name starts with LAESTAB 9992003/,
    ],
    [
      'a CTF named by LAESTAB without a header DateTime',
      { '9992003_CTF_999LLLL_001.xml': ctfHeaderOnly({ urn: '900003' }) },
      '9992003_CTF_999LLLL_001.xml',
      /Expected the header DateTime/,
    ],
    [
      'a CTF named by LAESTAB whose header is not XML',
      { '9992003_CTF_999LLLL_001.xml': '<CTfile><Header><SourceSchool></Header>' },
      '9992003_CTF_999LLLL_001.xml',
      /XML is not well-formed/,
    ],
  ])('rejects %s, naming the file', async (_name, files, file, message) => {
    const error = await unitsOf(files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportValidationError);
    expect(error).toMatchObject({ file });
    expect((error as ExportValidationError).issues[0]?.message).toMatch(message);
  });

  it('reports every problem in the folder at once', async () => {
    const error = await unitsOf({
      '900001_20240913_pupils.csv': '',
      '900002_20240931_marks.csv': '',
      '9992009_CTF_999LLLL_001.xml': '<CTfile/>',
    }).catch((caught: unknown) => caught);
    expect((error as ExportValidationError).issues.map((issue) => [issue.file, issue.problem])).toEqual([
      ['900002_20240931_marks.csv', 'bad-file-name'],
      ['9992009_CTF_999LLLL_001.xml', 'missing-element'],
      ['900001_20240913_pupils.csv', 'missing-file'],
    ]);
  });
});

describe(schoolsNamedByExportFiles.name, () => {
  it('lists the URNs and LAESTABs export file names give, before anything is read', () => {
    expect(
      schoolsNamedByExportFiles([
        '900002_20240913_marks-string.csv',
        '900001_20240913_pupils.csv',
        '900001_20240906_ctf.xml',
        '9992003_CTF_999LLLL_001.xml',
        'schools.csv',
      ]),
    ).toEqual({ urns: ['900001', '900002'], laestabs: ['9992003'] });
  });
});
