import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { readCsvHeader, splitCsvLine } from './csv-header.js';

describe(splitCsvLine.name, () => {
  it.each([
    ['upn,date,session,mark', ['upn', 'date', 'session', 'mark']],
    ['"upn","date"', ['upn', 'date']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['a,,b,', ['a', '', 'b', '']],
  ])('%s', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });
});

describe(readCsvHeader.name, () => {
  let folder: string;

  beforeAll(async () => {
    folder = await makeTempFolder();
  });

  afterAll(async () => {
    await removeFolder(folder);
  });

  it.each([
    ['a plain header', 'upn,date\nA,B\n', ['upn', 'date']],
    ['a byte order mark and CRLF line ends', '\uFEFFupn,date\r\nA,B\r\n', ['upn', 'date']],
    ['a header with no line end', 'upn,date', ['upn', 'date']],
    ['an empty file', '', []],
  ])('reads %s', async (_case, contents, header) => {
    const path = join(folder, 'file.csv');
    await writeFile(path, contents);
    expect(await readCsvHeader(path)).toEqual(header);
  });

  it('reads a header longer than one read chunk', async () => {
    const columns = Array.from({ length: 10_000 }, (_, index) => `column_${index}`);
    const path = join(folder, 'wide.csv');
    await writeFile(path, `${columns.join(',')}\n1\n`);
    expect(await readCsvHeader(path)).toEqual(columns);
  });
});
