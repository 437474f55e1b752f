import { join } from 'node:path';
import { ExportValidationError } from './export-validation-error.js';
import { exportUnitsInFolder } from './export-folder-units.js';

describe(exportUnitsInFolder.name, () => {
  it('pairs each school export and orders the units by export date, then URN', () => {
    const units = exportUnitsInFolder('/exports', [
      '900002_20240914_marks.csv',
      'schools.csv',
      '900001_20240914_pupils.csv',
      '900002_20240914_pupils.csv',
      '900001_20240913_marks.csv',
      'README.txt',
      '900001_20240914_marks.csv',
      '900001_20240913_pupils.csv',
    ]);
    expect(units).toEqual([
      {
        urn: '900001',
        exportDate: '2024-09-13',
        pupilsPath: join('/exports', '900001_20240913_pupils.csv'),
        marksPath: join('/exports', '900001_20240913_marks.csv'),
      },
      expect.objectContaining({ urn: '900001', exportDate: '2024-09-14' }),
      expect.objectContaining({ urn: '900002', exportDate: '2024-09-14' }),
    ]);
  });

  it.each([
    [['900001_20240913_pupils.csv'], '900001_20240913_pupils.csv', /900001_20240913_marks.csv is missing/],
    [['900001_20240913_marks.csv'], '900001_20240913_marks.csv', /900001_20240913_pupils.csv is missing/],
    [
      ['900001_20240931_pupils.csv', '900001_20240931_marks.csv'],
      '900001_20240931_marks.csv',
      /2024-09-31 is not a real export date/,
    ],
  ])('rejects %j', (fileNames, file, message) => {
    const attempt = () => exportUnitsInFolder('/exports', fileNames);
    expect(attempt).toThrow(ExportValidationError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ file }));
  });
});
