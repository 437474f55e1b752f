import { writeFile } from 'node:fs/promises';
import { collect, useTempFolder } from '../__fixtures__/temp-folder.js';
import { FormatReadError } from '../shared/format-read-error.js';
import {
  readGiasEstablishmentsFile,
  type GiasSkippedEstablishment,
} from './read-gias-establishments-file.js';

const files = useTempFolder();
const FILE = 'edubasealldata20240913.csv';
const HEADER =
  'URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Postcode';
const EXTRACT = [
  HEADER,
  '900001,999,Synthetic,2001,"Elm Primary, Northside",Community school,Open,Primary,AB1 2CD',
  '900002,999,Synthetic,4001,Oak Academy,Academy converter,"Open, but proposed to close",Secondary,',
  '900003,999,Synthetic,7001,Ash School,Community special school,Open,Not applicable,',
  '900004,999,Synthetic,2002,Birch Free School,Free schools,Proposed to open,Middle deemed primary,',
  '900005,999,Synthetic,1001,Willow Nursery School,Local authority nursery school,Open,Nursery,',
  '900006,999,Synthetic,2003,Old School,Community school,Closed,Primary,',
  '800001,998,Elsewhere,2001,Far School,Community school,Open,All-through,',
].join('\n');

describe(readGiasEstablishmentsFile.name, () => {
  it("maps an LA's open establishments to schools.csv rows and reports the ones with no export phase", async () => {
    const skipped: GiasSkippedEstablishment[] = [];
    const path = await files.write(FILE, EXTRACT);
    const rows = await collect(
      readGiasEstablishmentsFile(path, {
        laCode: '999',
        openOnly: true,
        onSkipped: (item) => skipped.push(item),
      }),
    );
    expect(rows.map(({ source, ...row }) => ({ ...row, line: source.line }))).toEqual([
      {
        urn: '900001',
        laestab: '9992001',
        name: 'Elm Primary, Northside',
        phase: 'Primary',
        type: 'Community school',
        line: 2,
      },
      {
        urn: '900002',
        laestab: '9994001',
        name: 'Oak Academy',
        phase: 'Secondary',
        type: 'Academy converter',
        line: 3,
      },
      {
        urn: '900003',
        laestab: '9997001',
        name: 'Ash School',
        phase: 'Special',
        type: 'Community special school',
        line: 4,
      },
      {
        urn: '900004',
        laestab: '9992002',
        name: 'Birch Free School',
        phase: 'Primary',
        type: 'Free school',
        line: 5,
      },
    ]);
    expect(skipped).toEqual([
      {
        urn: '900005',
        name: 'Willow Nursery School',
        reason: 'no export phase for "Nursery" (Local authority nursery school)',
        source: { file: FILE, line: 6 },
      },
    ]);
  });

  it('keeps every establishment when no selection is given', async () => {
    const rows = await collect(readGiasEstablishmentsFile(await files.write(FILE, EXTRACT)));
    expect(rows.map((row) => row.urn)).toEqual(['900001', '900002', '900003', '900004', '900006', '800001']);
  });

  it('selects on raw values before checking them, so an unwanted malformed row cannot stop the read', async () => {
    const malformed = "999999,999,S,,Children Centre,Children's centre,Closed,Not applicable,";
    const path = await files.write(FILE, `${EXTRACT}\n${malformed}\n`);
    const keys: string[] = [];
    const rows = await collect(
      readGiasEstablishmentsFile(path, {
        include: ({ urn, laCode, establishmentNumber, status }) => {
          keys.push(`${urn} ${laCode}${establishmentNumber} ${status}`);
          return status === 'Open' || urn === '900006';
        },
      }),
    );
    expect(rows.map((row) => row.urn)).toEqual(['900001', '900003', '900006', '800001']);
    expect(keys).toContain('999999 999 Closed');
    await expect(collect(readGiasEstablishmentsFile(path))).rejects.toThrow(/EstablishmentNumber/);
  });

  it('reads a Windows-1252 download when told to', async () => {
    const line = '900001,999,S,2001,École Saint-Denis,Community school,Open,Primary,';
    const path = await files.write(FILE, '');
    await writeFile(path, Buffer.from(`${HEADER}\n${line}\n`, 'latin1'));
    const [row] = await collect(readGiasEstablishmentsFile(path, { encoding: 'latin1' }));
    expect(row?.name).toBe('École Saint-Denis');
  });

  it.each([
    [
      'a missing column',
      EXTRACT.replace('EstablishmentNumber', 'EstabNo'),
      'missing-column',
      `${FILE}, line 1, field "EstablishmentNumber": expected a column`,
    ],
    [
      'a malformed URN',
      EXTRACT.replace('900002,', '90002,'),
      'bad-value',
      `${FILE}, line 3, field "URN": expected 6 digits, got "90002"`,
    ],
    [
      'a missing establishment number',
      EXTRACT.replace(',2002,', ',,'),
      'missing-value',
      `${FILE}, line 5, field "EstablishmentNumber": expected a value`,
    ],
  ])('rejects %s in a selected row', async (_name, text, problem, message) => {
    const path = await files.write(FILE, text);
    const error = await collect(readGiasEstablishmentsFile(path, { laCode: '999' })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FormatReadError);
    expect(error).toMatchObject({ problem, file: FILE });
    expect((error as Error).message).toContain(message);
  });
});
