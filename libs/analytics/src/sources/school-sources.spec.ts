import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { ExportValidationError } from '../loader/export-validation-error.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { loadSchoolSources, type SchoolSourcesOptions } from './school-sources.js';

const GIAS = 'edubasealldata20240913.csv';
const HEADER =
  'URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Postcode';
const EXTRACT = [
  HEADER,
  '900001,999,Synthetic,2001,"Elm Primary, Northside",Community school,Open,Primary,AB1 2CD',
  '900002,999,Synthetic,4001,Oak Academy,Academy converter,"Open, but proposed to close",Secondary,',
  '900003,999,Synthetic,7001,Ash School,Community special school,Open,Not applicable,',
  '900004,999,Synthetic,2002,Birch Free School,Free schools,Proposed to open,Primary,',
  '900005,999,Synthetic,1001,Willow Nursery School,Local authority nursery school,Open,Nursery,',
  '900006,999,Synthetic,2003,Old School,Community school,Closed,Primary,',
  '900007,999,Synthetic,2004,Older School,Community school,Closed,Primary,',
  // Closed establishments of other kinds often lack an establishment number: never read, never an error.
  "900008,999,Synthetic,,Children Centre,Children's centre,Closed,Not applicable,",
  '800001,998,Elsewhere,2001,Far School,Community school,Open,All-through,',
  '',
].join('\n');

describe(loadSchoolSources.name, () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeEach(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
  });
  afterEach(async () => {
    await store.close();
    await removeFolder(folder);
  });

  const load = async (
    files: Record<string, string | Buffer>,
    options: Partial<SchoolSourcesOptions> = {},
  ) => {
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
    return loadSchoolSources(store, folder, Object.keys(files), {
      unitUrns: ['900001'],
      workDir: folder,
      ...options,
    });
  };
  const schools = () =>
    store.read(async (session) =>
      (await session.all('SELECT urn, laestab, name, phase, type FROM schools ORDER BY urn')).map((row) =>
        Object.values(row).join(','),
      ),
    );

  it("loads the GIAS establishments of the exports' LAs: open ones, and closed ones an export names", async () => {
    const result = await load({ [GIAS]: EXTRACT }, { unitUrns: ['900001', '900006'] });
    expect(await schools()).toEqual([
      '900001,9992001,Elm Primary, Northside,Primary,Community school',
      '900002,9994001,Oak Academy,Secondary,Academy converter',
      '900003,9997001,Ash School,Special,Community special school',
      '900004,9992002,Birch Free School,Primary,Free school',
      '900006,9992003,Old School,Primary,Community school',
    ]);
    expect(result.files).toEqual([{ file: GIAS, schoolRows: 5 }]);
    expect(result.warnings).toEqual([
      {
        file: GIAS,
        line: 6,
        column: 'URN',
        value: '900005',
        problem: 'bad-value',
        message:
          'Willow Nursery School (URN 900005) is not loaded as a school: no export phase for "Nursery" (Local authority nursery school)',
      },
    ]);
    // The converted extract was removed.
    expect(await readdir(folder)).toEqual([GIAS]);
  });

  it('then loads schools.csv, whose rows win', async () => {
    const result = await load({
      [GIAS]: EXTRACT,
      'schools.csv':
        'urn,laestab,name,phase,type\n900001,9992001,Elm Primary School,Primary,Academy converter\n',
    });
    expect(result.files).toEqual([
      { file: GIAS, schoolRows: 4 },
      { file: 'schools.csv', schoolRows: 1 },
    ]);
    expect((await schools())[0]).toBe('900001,9992001,Elm Primary School,Primary,Academy converter');
  });

  it('takes the LA from a CTF LAESTAB, or as given, and uses the latest extract', async () => {
    await load(
      { 'edubasealldata20240101.csv': `${HEADER}\n`, [GIAS]: EXTRACT },
      { unitUrns: [], unitLaestabs: ['9982001'] },
    );
    expect(await schools()).toEqual(['800001,9982001,Far School,All-through,Community school']);
    await load({ [GIAS]: EXTRACT }, { unitUrns: [], laCode: '999' });
    expect(await schools()).toHaveLength(5);
  });

  it('reads a Windows-1252 extract as the DfE publishes it', async () => {
    const line = '900001,999,S,2001,École Saint-Denis,Community school,Open,Primary,';
    await load({ [GIAS]: Buffer.from(`${HEADER}\n${line}\n`, 'latin1') });
    expect(await schools()).toEqual(['900001,9992001,École Saint-Denis,Primary,Community school']);
  });

  it('names the GIAS line and column of a problem found after conversion', async () => {
    const twice = `${EXTRACT}900001,999,Synthetic,2009,Elm Again,Community school,Open,Primary,\n`;
    const error = await load({ [GIAS]: twice }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportValidationError);
    expect((error as ExportValidationError).issues).toEqual([
      {
        file: GIAS,
        line: 11,
        column: 'URN',
        value: '900001',
        problem: 'duplicate-school',
        message: 'School 900001 is listed more than once (first on line 2)',
      },
    ]);
    expect(await schools()).toEqual([]);
  });

  it('names the GIAS line and column of a value the reader refuses', async () => {
    const bad = EXTRACT.replace('900002,999,Synthetic,4001', '900002,999,Synthetic,40X1');
    await expect(load({ [GIAS]: bad })).rejects.toMatchObject({
      file: GIAS,
      line: 3,
      column: 'EstablishmentNumber',
      value: '40X1',
      problem: 'bad-value',
    });
  });

  it('needs schools.csv or a GIAS extract', async () => {
    await expect(load({ 'other.csv': '' })).rejects.toMatchObject({
      file: 'schools.csv',
      problem: 'missing-file',
      message: expect.stringMatching(/has no schools\.csv or GIAS extract/),
    });
  });
});
