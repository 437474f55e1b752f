import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder, removeFolder } from '../../__fixtures__/export-files.js';
import { CsvRowWriter } from './csv-row-writer.js';

describe(CsvRowWriter.name, () => {
  let folder: string;
  beforeEach(async () => {
    folder = await makeTempFolder();
  });
  afterEach(async () => {
    await removeFolder(folder);
  });

  it('quotes what needs quoting and keeps every record on one line, so lines count rows', async () => {
    const path = join(folder, 'rows.csv');
    const writer = new CsvRowWriter(path, ['a', 'b']);
    writer.push(['O\'Neil, "Ada"', 'two\r\nlines']);
    writer.push(['plain', '']);
    await writer.close();
    expect(await readFile(path, 'utf8')).toBe('a,b\n"O\'Neil, ""Ada""",two lines\nplain,\n');
  });

  it('reports a file it cannot write', async () => {
    await writeFile(join(folder, 'taken'), '');
    const writer = new CsvRowWriter(join(folder, 'taken', 'rows.csv'), ['a']);
    await expect(writer.close()).rejects.toThrow(/ENOTDIR/);
  });
});
